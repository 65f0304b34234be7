#include "flavoreditor/computeform.h"

#include "document/flavordocument.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using flavors::Flavor;

namespace {
void setSpin(QSpinBox *s, int value)
{
    const QSignalBlocker block(s);
    if (s->value() != value)
        s->setValue(value);
}
void setLine(QLineEdit *l, const QString &text)
{
    if (l->text() != text) {
        l->setText(text);
        l->setCursorPosition(0);
    }
}
}

ComputeForm::ComputeForm(FlavorDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_name(new QLineEdit(this))
    , m_vcpus(spin(QStringLiteral("computeVcpus"), 4096, QString(), &Flavor::vcpus, tr("Set vCPUs")))
    , m_ram(new QSpinBox(this))
    , m_disk(spin(QStringLiteral("computeDisk"), 1'000'000, tr(" GB"), &Flavor::diskGb, tr("Set root disk")))
    , m_ephemeral(spin(QStringLiteral("computeEphemeral"), 1'000'000, tr(" GB"), &Flavor::ephemeralGb, tr("Set ephemeral disk")))
    , m_swap(spin(QStringLiteral("computeSwap"), 1'000'000, tr(" MB"), &Flavor::swapMb, tr("Set swap")))
    , m_public(new QCheckBox(tr("Visible to every project"), this))
    , m_description(new QLineEdit(this))
{
    m_vcpus->setMinimum(1);
    m_name->setObjectName(QStringLiteral("computeName"));
    m_ram->setObjectName(QStringLiteral("computeRam"));
    m_ram->setRange(1, 64 * 1024 * 1024);
    m_ram->setSingleStep(1024);
    m_ram->setSuffix(tr(" MB"));
    m_public->setObjectName(QStringLiteral("computePublic"));
    m_description->setObjectName(QStringLiteral("computeDescription"));
    m_description->setPlaceholderText(tr("What this flavor is for"));
    for (const auto &connectEdit : std::as_const(m_pendingEdits))
        connectEdit();
    m_pendingEdits.clear();

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty() && !(m_doc->library().find(text.trimmed()) && m_doc->current()->name != text.trimmed()))
            m_doc->editCurrent(tr("Rename flavor"), [&text](Flavor &f) { f.name = text.trimmed(); }, QStringLiteral("name"));
    });
    connect(m_ram, &QSpinBox::valueChanged, this, [this](int v) {
        m_doc->editCurrent(tr("Set RAM"), [v](Flavor &f) { f.ramMb = v; }, QStringLiteral("ramMb"));
    });
    connect(m_public, &QCheckBox::toggled, this, [this](bool on) {
        m_doc->editCurrent(tr("Set public"), [on](Flavor &f) { f.isPublic = on; });
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_doc->editCurrent(tr("Set description"), [&text](Flavor &f) { f.description = text; }, QStringLiteral("description"));
    });

    auto *box = new QGroupBox(tr("Nova flavor"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("vCPUs"), m_vcpus);
    form->addRow(tr("RAM"), m_ram);
    form->addRow(tr("Root disk"), m_disk);
    form->addRow(tr("Ephemeral disk"), m_ephemeral);
    form->addRow(tr("Swap"), m_swap);
    form->addRow(tr("Public"), m_public);
    form->addRow(tr("Description"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addStretch(1);
}

QSpinBox *ComputeForm::spin(const QString &name, int max, const QString &suffix, int Flavor::*field, const QString &undoText)
{
    auto *s = new QSpinBox(this);
    s->setObjectName(name);
    s->setRange(0, max);
    s->setSuffix(suffix);
    // Connected at the end of the constructor: setting ranges must not edit the flavor.
    m_pendingEdits.append([this, s, field, undoText, name] {
        connect(s, &QSpinBox::valueChanged, this, [this, field, undoText, name](int v) {
            m_doc->editCurrent(undoText, [field, v](Flavor &f) { f.*field = v; }, name);
        });
    });
    return s;
}

void ComputeForm::load(const Flavor &f)
{
    setLine(m_name, f.name);
    setSpin(m_vcpus, f.vcpus);
    setSpin(m_ram, int(std::min<qint64>(f.ramMb, m_ram->maximum())));
    setSpin(m_disk, f.diskGb);
    setSpin(m_ephemeral, f.ephemeralGb);
    setSpin(m_swap, f.swapMb);
    const QSignalBlocker block(m_public);
    m_public->setChecked(f.isPublic);
    setLine(m_description, f.description);
}

void ComputeForm::setReadOnly(bool readOnly)
{
    for (QSpinBox *s : {m_vcpus, m_ram, m_disk, m_ephemeral, m_swap})
        s->setReadOnly(readOnly);
    m_name->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_public->setEnabled(!readOnly);
}
