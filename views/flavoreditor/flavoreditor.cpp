#include "flavoreditor/flavoreditor.h"

#include "viewutil.h"

#include "document/flavordocument.h"
#include "flavoreditor/computeform.h"
#include "flavoreditor/numamapseditor.h"
#include "flavoreditor/portseditor.h"
#include "flavoreditor/rawspecseditor.h"
#include "flavoreditor/specform.h"
#include "flavors/vgputype.h"
#include "rules/cpumaxkeys.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>

FlavorEditor::FlavorEditor(FlavorDocument *doc, QWidget *parent)
    : QTabWidget(parent)
    , m_doc(doc)
    , m_compute(new ComputeForm(doc, this))
    , m_numaMaps(new NumaMapsEditor(doc, this))
    , m_ports(new PortsEditor(doc, this))
    , m_vgpuType(new QLineEdit(this))
    , m_raw(new RawSpecsEditor(doc, this))
{
    setObjectName(QStringLiteral("flavorEditor"));
    m_vgpuType->setObjectName(QStringLiteral("vgpuType"));
    m_vgpuType->setPlaceholderText(tr("custom trait, e.g. CUSTOM_NVIDIA_11"));
    connect(m_vgpuType, &QLineEdit::editingFinished, this, [this] {
        const QString trait = m_vgpuType->text();
        m_doc->editCurrent(tr("Set vGPU type"), [&trait](flavors::Flavor &f) { flavors::setVgpuTypeTrait(f, trait); });
    });

    addTab(scrolled(m_compute), tr("Compute"));
    m_forms = {cpuForm(), memoryForm(), devicesForm()};
    addTab(scrolled(m_forms.at(0)), tr("CPU"));
    addTab(scrolled(m_forms.at(1)), tr("Memory"));
    addTab(scrolled(m_forms.at(2)), tr("Devices"));
    widget(count() - 1)->setObjectName(QStringLiteral("devicesTab"));
    addTab(m_raw, tr("Raw"));
    setUsesScrollButtons(false); // every tab in view: the pane's minimum holds them (issue 20)

    const bool readOnly = doc->isReadOnly();
    m_compute->setReadOnly(readOnly);
    for (SpecForm *f : std::as_const(m_forms))
        f->setReadOnly(readOnly);
    m_numaMaps->setReadOnly(readOnly);
    m_ports->setReadOnly(readOnly);
    m_vgpuType->setReadOnly(readOnly);
    m_raw->setReadOnly(readOnly);
    if (readOnly)
        viewutil::styleReadOnlyFields(this);

    connect(doc, &FlavorDocument::currentChanged, this, &FlavorEditor::reload);
    connect(doc, &FlavorDocument::flavorEdited, this, &FlavorEditor::reload);
    connect(doc, &FlavorDocument::libraryChanged, this, &FlavorEditor::reload);
    reload();
}

QWidget *FlavorEditor::scrolled(QWidget *content)
{
    auto *area = new QScrollArea(this);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

SpecForm *FlavorEditor::cpuForm()
{
    auto *f = new SpecForm(m_doc, this);
    f->beginSection(tr("Pinning"));
    f->addSpec(QStringLiteral("hw:cpu_policy"), tr("CPU policy"));
    f->addSpec(QStringLiteral("hw:cpu_thread_policy"), tr("Thread policy"));
    f->addSpec(QStringLiteral("hw:emulator_threads_policy"), tr("Emulator threads"));
    f->addSpec(QStringLiteral("hw:cpu_dedicated_mask"), tr("Dedicated mask (mixed)"));
    f->beginSection(tr("Realtime"));
    f->addSpec(QStringLiteral("hw:cpu_realtime"), tr("Realtime"));
    f->addSpec(QStringLiteral("hw:cpu_realtime_mask"), tr("Realtime mask"));
    f->addSpec(QStringLiteral("hw:pmu"), tr("Virtual PMU"));
    f->beginSection(tr("Topology"));
    f->addSpec(QStringLiteral("hw:cpu_sockets"), tr("Sockets"));
    f->addSpec(QStringLiteral("hw:cpu_cores"), tr("Cores"));
    f->addSpec(QStringLiteral("hw:cpu_threads"), tr("Threads"));
    addCpuMaxRows(f);
    f->finish();
    return f;
}

// The CPU maxima: the flavor keys nova/virt/hardware.py reads (hw:cpu_max_*) where the release's
// registry lists them (32 and later); before that no flavor spelling both passes validation and
// works (rules/cpumaxkeys.h), so the form says so and offers the image properties instead.
void FlavorEditor::addCpuMaxRows(SpecForm *f)
{
    const QStringList labels{tr("Max sockets"), tr("Max cores"), tr("Max threads")};
    const QList<rules::CpuMaxKey> &keys = rules::cpuMaxKeys();
    for (qsizetype i = 0; i < keys.size(); ++i)
        f->addSpec(keys.at(i).read, labels.at(i));
    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("cpuMaxNote"));
    note->setWordWrap(true);
    f->addWide(note, {QStringLiteral("cpuMaxNote")});
    for (qsizetype i = 0; i < keys.size(); ++i)
        f->addImageProperty(keys.at(i).imageProperty, tr("%1 (image)").arg(labels.at(i)), {});
    const auto follow = [this, f, note] {
        const flavors::ExtraSpecCatalog &catalog = m_doc->catalog();
        const bool works = rules::cpuMaxKeyWorks(rules::cpuMaxKeys().first(), catalog);
        for (const rules::CpuMaxKey &k : rules::cpuMaxKeys()) {
            f->setKeyRowVisible(k.read, works);
            f->setKeyRowVisible(k.imageProperty, !works);
        }
        note->setText(works ? QString()
                            : tr("Nova %1 reads hw:cpu_max_sockets, hw:cpu_max_cores and hw:cpu_max_threads, but its "
                                 "registry refuses them (400 at microversion 2.86 and later) and lists hw:max_cpu_* "
                                 "instead, which nothing reads: no flavor key limits the CPU topology and passes "
                                 "validation. Set the image properties below on the image, or set hw:cpu_max_* at "
                                 "microversion 2.85 or earlier.")
                                  .arg(catalog.novaVersion()));
        f->setKeyRowVisible(QStringLiteral("cpuMaxNote"), !works);
    };
    connect(m_doc, &FlavorDocument::releaseChanged, this, follow);
    follow();
}

SpecForm *FlavorEditor::memoryForm()
{
    auto *f = new SpecForm(m_doc, this);
    f->beginSection(tr("Pages"));
    f->addSpec(QStringLiteral("hw:mem_page_size"), tr("Page size"),
               {QStringLiteral("small"), QStringLiteral("large"), QStringLiteral("any"), QStringLiteral("2048"), QStringLiteral("1GB")});
    f->addSpec(QStringLiteral("hw:locked_memory"), tr("Locked memory"));
    f->beginSection(tr("NUMA"));
    f->addSpec(QStringLiteral("hw:numa_nodes"), tr("NUMA nodes"));
    f->addSpec(QStringLiteral("hw:pci_numa_affinity_policy"), tr("PCI NUMA affinity"));
    f->addWide(m_numaMaps, NumaMapsEditor::allKeys());
    f->finish();
    return f;
}

SpecForm *FlavorEditor::devicesForm()
{
    auto *f = new SpecForm(m_doc, this);
    f->beginSection(tr("vIOMMU"));
    f->addSpec(QStringLiteral("hw:viommu_model"), tr("vIOMMU model"));
    f->addImageProperty(QStringLiteral("hw_machine_type"), tr("Machine type (image)"),
                        {QStringLiteral("q35"), QStringLiteral("pc"), QStringLiteral("virt")});
    f->beginSection(tr("vGPU"));
    f->addSpec(QStringLiteral("resources:VGPU"), tr("vGPU count"));
    f->addRow(tr("vGPU type"), m_vgpuType);
    f->beginSection(tr("Networking"));
    f->addSpec(QStringLiteral("hw:vif_multiqueue_enabled"), tr("Multiqueue"));
    f->addWide(m_ports);
    f->finish();
    return f;
}

void FlavorEditor::reload()
{
    const flavors::Flavor *flavor = m_doc->current();
    setEnabled(flavor != nullptr);
    if (!flavor)
        return;
    m_compute->load(*flavor);
    for (SpecForm *f : std::as_const(m_forms))
        f->load(*flavor);
    m_numaMaps->load(*flavor);
    m_ports->load(*flavor);
    if (!m_vgpuType->hasFocus())
        m_vgpuType->setText(flavors::vgpuTypeTrait(*flavor));
    m_raw->load(*flavor);
}

void FlavorEditor::showDevicesTab()
{
    setCurrentWidget(findChild<QWidget *>(QStringLiteral("devicesTab")));
}

bool FlavorEditor::focusKeys(const QStringList &keys)
{
    for (const QString &key : keys) {
        QString formKey = key;
        if (key.startsWith(QLatin1String("hw_")) && key != QLatin1String("hw_machine_type"))
            formKey = QStringLiteral("hw:") + key.mid(3); // the image property's flavor twin
        for (const QString &k : {formKey, key}) { // the twin's row is hidden where it does not work
            for (int i = 0; i < m_forms.size(); ++i) {
                if (QWidget *field = m_forms.at(i)->fieldFor(k); field && !field->isHidden()) {
                    setCurrentIndex(i + 1);
                    field->setFocus(Qt::OtherFocusReason);
                    return true;
                }
            }
        }
    }
    for (const QString &key : keys) {
        if (m_raw->selectKey(key)) {
            setCurrentWidget(m_raw);
            return true;
        }
    }
    return false;
}
