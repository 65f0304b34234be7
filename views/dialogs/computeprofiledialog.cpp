#include "dialogs/computeprofiledialog.h"

#include "dialogs/filechooser.h"
#include "domainxml/hostnuma.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum AliasColumn { AliasName, AliasVendor, AliasProduct, AliasType, AliasColumns };

QComboBox *queueSizes(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(ComputeProfileDialog::tr("unset"), 0);
    for (const int size : {256, 512, 1024})
        box->addItem(QString::number(size), size);
    return box;
}

std::optional<int> queueSize(const QComboBox *box)
{
    const int v = box->currentData().toInt();
    return v ? std::optional<int>(v) : std::nullopt;
}

void selectQueueSize(QComboBox *box, const std::optional<int> &size)
{
    const int index = box->findData(size.value_or(0));
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ComputeProfileDialog::ComputeProfileDialog(const QString &hostName, const inventory::HostSnapshot &host,
                                           const domainxml::ComputeProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_dedicated(new QLineEdit(this))
    , m_shared(new QLineEdit(this))
    , m_virtType(new QComboBox(this))
    , m_cpuMode(new QComboBox(this))
    , m_cpuModels(new QLineEdit(this))
    , m_machineType(new QLineEdit(this))
    , m_rtPriority(new QSpinBox(this))
    , m_rxQueue(queueSizes(this))
    , m_txQueue(queueSizes(this))
    , m_fileBacked(new QSpinBox(this))
    , m_aliases(new QTableWidget(0, AliasColumns, this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_files(std::make_shared<DialogFileChooser>())
{
    setObjectName(QStringLiteral("computeProfileDialog"));
    setWindowTitle(tr("Compute Profile of %1").arg(hostName));
    auto *intro = new QLabel(tr("The nova.conf values of this compute host that change the domain XML Nova writes. "
                                "Empty fields keep Nova's defaults."),
                             this);
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);

    auto *load = m_buttons->addButton(tr("Load…"), QDialogButtonBox::ActionRole);
    load->setObjectName(QStringLiteral("loadProfile"));
    auto *save = m_buttons->addButton(tr("Save As…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveProfile"));
    connect(load, &QPushButton::clicked, this, &ComputeProfileDialog::load);
    connect(save, &QPushButton::clicked, this, &ComputeProfileDialog::saveAs);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(computeGroup());
    layout->addWidget(libvirtGroup());
    layout->addWidget(pciGroup(), 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setProfile(profile);
    for (QLineEdit *e : {m_dedicated, m_shared, m_cpuModels, m_machineType})
        connect(e, &QLineEdit::textChanged, this, &ComputeProfileDialog::check);
    for (QComboBox *c : {m_virtType, m_cpuMode, m_rxQueue, m_txQueue})
        connect(c, &QComboBox::currentIndexChanged, this, &ComputeProfileDialog::check);
    for (QSpinBox *s : {m_rtPriority, m_fileBacked})
        connect(s, &QSpinBox::valueChanged, this, &ComputeProfileDialog::check);
    connect(m_aliases, &QTableWidget::itemChanged, this, &ComputeProfileDialog::check);
    check();
}

QWidget *ComputeProfileDialog::computeGroup()
{
    auto *box = new QGroupBox(QStringLiteral("[compute]"), this);
    auto *form = new QFormLayout(box);
    m_dedicated->setObjectName(QStringLiteral("cpu_dedicated_set"));
    m_shared->setObjectName(QStringLiteral("cpu_shared_set"));
    m_dedicated->setPlaceholderText(tr("unset, e.g. 2-15,34-47"));
    m_shared->setPlaceholderText(tr("unset, e.g. 0-1,32-33"));
    form->addRow(QStringLiteral("cpu_dedicated_set"), m_dedicated);
    form->addRow(QStringLiteral("cpu_shared_set"), m_shared);
    return box;
}

QWidget *ComputeProfileDialog::libvirtGroup()
{
    auto *box = new QGroupBox(QStringLiteral("[libvirt]"), this);
    auto *form = new QFormLayout(box);
    m_virtType->setObjectName(QStringLiteral("virt_type"));
    m_virtType->addItems({QStringLiteral("kvm"), QStringLiteral("qemu"), QStringLiteral("lxc"), QStringLiteral("parallels")});
    m_cpuMode->setObjectName(QStringLiteral("cpu_mode"));
    m_cpuMode->addItem(tr("unset (by architecture)"), QString());
    for (const char *mode : {"host-model", "host-passthrough", "custom", "none"})
        m_cpuMode->addItem(QLatin1String(mode), QLatin1String(mode));
    m_cpuModels->setObjectName(QStringLiteral("cpu_models"));
    m_cpuModels->setPlaceholderText(tr("comma-separated, for cpu_mode=custom"));
    m_machineType->setObjectName(QStringLiteral("hw_machine_type"));
    m_machineType->setPlaceholderText(tr("e.g. x86_64=q35"));
    m_rtPriority->setObjectName(QStringLiteral("realtime_scheduler_priority"));
    m_rtPriority->setRange(1, 99);
    m_rxQueue->setObjectName(QStringLiteral("rx_queue_size"));
    m_txQueue->setObjectName(QStringLiteral("tx_queue_size"));
    m_fileBacked->setObjectName(QStringLiteral("file_backed_memory"));
    m_fileBacked->setRange(0, 1 << 30);
    m_fileBacked->setSuffix(tr(" MiB"));
    m_fileBacked->setSpecialValueText(tr("off"));
    form->addRow(QStringLiteral("virt_type"), m_virtType);
    form->addRow(QStringLiteral("cpu_mode"), m_cpuMode);
    form->addRow(QStringLiteral("cpu_models"), m_cpuModels);
    form->addRow(QStringLiteral("hw_machine_type"), m_machineType);
    form->addRow(QStringLiteral("realtime_scheduler_priority"), m_rtPriority);
    form->addRow(QStringLiteral("rx_queue_size"), m_rxQueue);
    form->addRow(QStringLiteral("tx_queue_size"), m_txQueue);
    form->addRow(QStringLiteral("file_backed_memory"), m_fileBacked);
    return box;
}

QWidget *ComputeProfileDialog::pciGroup()
{
    auto *box = new QGroupBox(QStringLiteral("[pci] alias"), this);
    auto *layout = new QVBoxLayout(box);
    m_aliases->setObjectName(QStringLiteral("pciAliases"));
    m_aliases->setHorizontalHeaderLabels({tr("name"), QStringLiteral("vendor_id"), QStringLiteral("product_id"), QStringLiteral("device_type")});
    m_aliases->horizontalHeader()->setStretchLastSection(true);
    m_aliases->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add Alias"), box);
    add->setObjectName(QStringLiteral("addAlias"));
    auto *remove = new QPushButton(tr("Remove Alias"), box);
    remove->setObjectName(QStringLiteral("removeAlias"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_aliases->rowCount();
        m_aliases->insertRow(row);
        m_aliases->setCurrentCell(row, AliasName);
        m_aliases->editItem(m_aliases->item(row, AliasName));
        check();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_aliases->currentRow() >= 0)
            m_aliases->removeRow(m_aliases->currentRow());
        check();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(m_aliases);
    layout->addLayout(buttons);
    return box;
}

void ComputeProfileDialog::setProfile(const domainxml::ComputeProfile &p)
{
    m_dedicated->setText(p.cpuDedicatedSet);
    m_shared->setText(p.cpuSharedSet);
    m_virtType->setCurrentText(p.virtType);
    const int mode = m_cpuMode->findData(p.cpuMode.value_or(QString()));
    m_cpuMode->setCurrentIndex(mode < 0 ? 0 : mode);
    m_cpuModels->setText(p.cpuModels.join(QStringLiteral(",")));
    m_machineType->setText(p.hwMachineType);
    m_rtPriority->setValue(p.realtimeSchedulerPriority);
    selectQueueSize(m_rxQueue, p.rxQueueSize);
    selectQueueSize(m_txQueue, p.txQueueSize);
    m_fileBacked->setValue(p.fileBackedMemory);
    const QSignalBlocker block(m_aliases);
    m_aliases->setRowCount(0);
    for (auto it = p.pciAliases.cbegin(); it != p.pciAliases.cend(); ++it) {
        const int row = m_aliases->rowCount();
        m_aliases->insertRow(row);
        const QString values[AliasColumns] = {it.key(), it->vendorId, it->productId, it->deviceType};
        for (int c = 0; c < AliasColumns; ++c)
            m_aliases->setItem(row, c, new QTableWidgetItem(values[c]));
    }
}

std::optional<domainxml::ComputeProfile> ComputeProfileDialog::profile(QString *error) const
{
    domainxml::ComputeProfile p;
    p.cpuDedicatedSet = m_dedicated->text().trimmed();
    p.cpuSharedSet = m_shared->text().trimmed();
    p.virtType = m_virtType->currentText();
    if (const QString mode = m_cpuMode->currentData().toString(); !mode.isEmpty())
        p.cpuMode = mode;
    for (const QString &m : m_cpuModels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.cpuModels.append(m.trimmed());
    p.hwMachineType = m_machineType->text().trimmed();
    p.realtimeSchedulerPriority = m_rtPriority->value();
    p.rxQueueSize = queueSize(m_rxQueue);
    p.txQueueSize = queueSize(m_txQueue);
    p.fileBackedMemory = m_fileBacked->value();
    QString why;
    for (int row = 0; row < m_aliases->rowCount(); ++row) {
        const QString name = cell(m_aliases, row, AliasName);
        if (name.isEmpty()) {
            why = tr("[pci] alias in row %1 needs a name").arg(row + 1);
            break;
        }
        if (p.pciAliases.contains(name)) {
            why = tr("[pci] alias '%1' is defined twice").arg(name);
            break;
        }
        p.pciAliases.insert(name, domainxml::PciAlias{cell(m_aliases, row, AliasVendor).toLower(), cell(m_aliases, row, AliasProduct).toLower(),
                                                      cell(m_aliases, row, AliasType)});
    }
    // The builder's own check: nova-compute refuses CPU sets that are malformed or name CPUs the
    // host does not have.
    if (why.isEmpty() && !m_host.isNull())
        domainxml::hostNumaTopology(m_host, p, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return p;
}

void ComputeProfileDialog::check()
{
    QString error;
    const bool ok = profile(&error).has_value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_status->setText(ok ? QString() : error);
    m_status->setVisible(!ok);
}

void ComputeProfileDialog::setFileChooser(std::shared_ptr<FileChooser> chooser)
{
    m_files = std::move(chooser);
}

void ComputeProfileDialog::load()
{
    m_files->openFile(this, tr("Load Compute Profile"), tr("Compute profiles (*.json);;All files (*)"),
                      [self = QPointer<ComputeProfileDialog>(this)](const QString &path) {
                          if (!self || path.isEmpty())
                              return;
                          QString error;
                          if (const std::optional<domainxml::ComputeProfile> p = domainxml::loadProfile(path, &error)) {
                              self->setProfile(*p);
                              self->check();
                          } else {
                              self->m_status->setText(error);
                              self->m_status->setVisible(true);
                          }
                      });
}

void ComputeProfileDialog::saveAs()
{
    QString error;
    const std::optional<domainxml::ComputeProfile> p = profile(&error);
    if (!p)
        return;
    m_files->saveFile(this, tr("Save Compute Profile"), QStringLiteral("compute-profile.json"), tr("Compute profiles (*.json)"),
                      [self = QPointer<ComputeProfileDialog>(this), profile = *p](const QString &path) {
                          if (!self || path.isEmpty())
                              return;
                          QString error;
                          if (!domainxml::saveProfile(profile, path, &error)) {
                              self->m_status->setText(error);
                              self->m_status->setVisible(true);
                          }
                      });
}
