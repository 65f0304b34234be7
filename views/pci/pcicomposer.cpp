#include "pcicomposer.h"

#include "workbench/pciworkbench.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>

namespace {
// The sections of a nova.conf the composer edits, as "key = value" lines.
QString confText(const pci::NovaConf &conf)
{
    QStringList lines;
    for (const QString &section : conf.sections()) {
        if (section != QLatin1String("pci") && section != QLatin1String("devices") && section != QLatin1String("filter_scheduler")
            && !section.startsWith(QLatin1String("mdev_")) && !section.startsWith(QLatin1String("vgpu_")))
            continue;
        if (!lines.isEmpty())
            lines << QString();
        lines << QStringLiteral("[%1]").arg(section);
        for (const pci::ConfValue &v : conf.values()) {
            if (v.section == section)
                lines << QStringLiteral("%1 = %2").arg(v.key, QString(v.value).replace(QLatin1Char('\n'), QLatin1String("\n  ")));
        }
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QPlainTextEdit *readOnlyText(const QString &name, QWidget *parent)
{
    auto *t = new QPlainTextEdit(parent);
    t->setObjectName(name);
    t->setReadOnly(true);
    t->setLineWrapMode(QPlainTextEdit::NoWrap);
    return t;
}
}

PciComposer::PciComposer(workbench::PciWorkbench *pci, QWidget *parent)
    : QWidget(parent), m_pci(pci), m_deviceLabel(new QLabel(this)), m_aliasName(new QLineEdit(this)), m_numaPolicy(new QComboBox(this)),
      m_allVfs(new QCheckBox(tr("Every VF of its PF"), this)), m_physnet(new QLineEdit(this)), m_resourceClass(new QLineEdit(this)),
      m_traits(new QLineEdit(this)), m_add(new QPushButton(tr("Add to nova.conf"), this)), m_editor(new QPlainTextEdit(this)),
      m_status(new QLabel(this)), m_compute(readOnlyText(QStringLiteral("computeSnippet"), this)),
      m_controller(readOnlyText(QStringLiteral("controllerSnippet"), this)), m_debounce(new QTimer(this))
{
    m_aliasName->setObjectName(QStringLiteral("aliasName"));
    m_aliasName->setPlaceholderText(tr("no alias"));
    m_numaPolicy->addItems({QStringLiteral("legacy"), QStringLiteral("preferred"), QStringLiteral("required"), QStringLiteral("socket")});
    m_physnet->setPlaceholderText(tr("none (a Neutron SR-IOV port needs one)"));
    m_resourceClass->setPlaceholderText(tr("none (PCI in Placement: CUSTOM_...)"));
    m_traits->setPlaceholderText(tr("none (comma separated)"));
    m_editor->setObjectName(QStringLiteral("confEditor"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status->setObjectName(QStringLiteral("confStatus"));
    m_status->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addDevice"));
    m_add->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Device:"), m_deviceLabel);
    form->addRow(QString(), m_allVfs);
    form->addRow(tr("Alias name:"), m_aliasName);
    form->addRow(tr("NUMA policy:"), m_numaPolicy);
    form->addRow(tr("physical_network:"), m_physnet);
    form->addRow(tr("resource_class:"), m_resourceClass);
    form->addRow(tr("traits:"), m_traits);
    form->addRow(QString(), m_add);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(new QLabel(tr("nova.conf entries ([pci], [devices], [mdev_*], [filter_scheduler]):"), left));
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_status);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(new QLabel(tr("Compute nodes:"), right));
    rightLayout->addWidget(m_compute, 1);
    rightLayout->addWidget(new QLabel(tr("API and scheduler nodes:"), right));
    rightLayout->addWidget(m_controller, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &PciComposer::reparse);
    connect(m_add, &QPushButton::clicked, this, &PciComposer::addCurrentDevice);
    connect(m_pci, &workbench::PciWorkbench::confReplaced, this, &PciComposer::startOver);
    connect(m_pci, &workbench::PciWorkbench::reportChanged, this, &PciComposer::updateSnippets); // the release too
    startOver();
}

void PciComposer::startOver()
{
    m_debounce->stop(); // an edit of the previous host's text is not this host's configuration
    setCurrentDevice({});
    setEditorText(confText(m_pci->conf()));
    m_status->clear();
    updateSnippets();
}

const pci::NovaPciDevice *PciComposer::device(const QString &address) const
{
    const pci::DeviceClaim *claim = m_pci->report() ? m_pci->report()->device(address) : nullptr;
    return claim ? &claim->device : nullptr;
}

void PciComposer::setCurrentDevice(const QString &address)
{
    const pci::NovaPciDevice *d = device(address);
    m_device = d ? address : QString();
    m_deviceLabel->setText(d ? QStringLiteral("%1 (%2, %3:%4)").arg(d->address, pci::devTypeName(d->devType), d->vendorId, d->productId) : tr("pick a device on the first tab"));
    m_allVfs->setEnabled(d && !d->parentAddress.isEmpty());
    m_add->setEnabled(d != nullptr);
}

bool PciComposer::addCurrentDevice()
{
    const pci::NovaPciDevice *d = device(m_device);
    if (!d)
        return false;
    const pci::PciRelease release = m_pci->release();
    pci::SpecChoice choice;
    choice.allVfsOfPf = m_allVfs->isEnabled() && m_allVfs->isChecked();
    choice.physicalNetwork = m_physnet->text().trimmed();
    choice.resourceClass = m_resourceClass->text().trimmed();
    choice.traits = m_traits->text().trimmed();
    pci::ConfEntries entries = pci::importEntries(m_pci->conf(), release);
    entries.specs.append(pci::composeDeviceSpec(*d, choice, release));
    if (!m_aliasName->text().trimmed().isEmpty())
        entries.aliases.append(pci::composeAlias(m_aliasName->text().trimmed(), *d, m_numaPolicy->currentText(), choice, release));
    entries.reportInPlacement = entries.reportInPlacement || !choice.resourceClass.isEmpty();
    const pci::Snippets s = pci::composeSnippets(entries.specs, entries.aliases, entries.mdevs, entries.reportInPlacement, release);
    QString text = s.compute.section(QLatin1Char('\n'), 1); // without the comment line
    if (s.controller.contains(QLatin1String("pci_in_placement")))
        text += QStringLiteral("\n[filter_scheduler]\npci_in_placement = True\n");
    setEditorText(text);
    reparse();
    return true;
}

void PciComposer::setEditorText(const QString &text)
{
    m_settingText = true;
    m_editor->setPlainText(text);
    m_settingText = false;
}

void PciComposer::reparse()
{
    QString error;
    const std::optional<pci::NovaConf> conf = pci::NovaConf::parse(m_editor->toPlainText(), tr("nova.conf"), &error);
    if (!conf) {
        m_status->setText(error);
        return;
    }
    m_status->clear();
    m_pci->setConf(*conf);
    updateSnippets();
}

void PciComposer::updateSnippets()
{
    const pci::PciRelease release = m_pci->release();
    const pci::ConfEntries e = pci::importEntries(m_pci->conf(), release);
    const pci::Snippets s = pci::composeSnippets(e.specs, e.aliases, e.mdevs, e.reportInPlacement, release);
    m_compute->setPlainText(s.compute);
    m_controller->setPlainText(s.controller);
    if (!e.errors.isEmpty())
        m_status->setText(e.errors.join(QLatin1Char('\n')));
}
