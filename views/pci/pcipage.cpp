#include "pcipage.h"

#include "pcicomposer.h"

#include "workbench/pciworkbench.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>

namespace {
enum Column { Address, Ids, DevType, Spec, Aliases, ResourceClass, Traits, ColumnCount };
}

PciPage::PciPage(workbench::PciWorkbench *pci, QWidget *parent)
    : Page(parent), m_pci(pci), m_source(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_devices(new QTreeWidget(this)), m_findings(new QTreeWidget(this)), m_composer(new PciComposer(pci, this))
{
    setObjectName(QStringLiteral("pciPage"));
    m_source->setObjectName(QStringLiteral("pciSource"));

    m_devices->setObjectName(QStringLiteral("pciDevices"));
    m_devices->setRootIsDecorated(false);
    m_devices->setUniformRowHeights(true);
    m_devices->setHeaderLabels({tr("Address"), tr("Vendor:product"), tr("dev_type"), tr("device_spec"), tr("Aliases"), tr("Resource class"), tr("Traits")});
    m_devices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->setObjectName(QStringLiteral("pciFindings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setHeaderLabels({tr("Severity"), tr("Code"), tr("Message"), tr("Fix")});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_devices);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 3);

    m_tabs->addTab(split, tr("Devices and specs"));
    m_tabs->addTab(m_composer, tr("Compose"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_tabs, 1);

    connect(m_pci, &workbench::PciWorkbench::confReplaced, this, &PciPage::showSource);
    connect(m_pci, &workbench::PciWorkbench::reportChanged, this, [this] {
        showSource(); // an edit makes the source "edited"
        if (m_pci->report()) {
            show(*m_pci->report());
        } else { // another host, being evaluated: not the previous host's rows meanwhile
            m_devices->clear();
            m_findings->clear();
        }
    });
    showSource();
    connect(m_devices, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_composer->setCurrentDevice(item ? item->text(Address) : QString());
    });
}

PciPage::~PciPage() = default;

QString PciPage::title() const
{
    return tr("PCI passthrough");
}

QIcon PciPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/device-vf.svg"));
}

int PciPage::releaseMajor() const
{
    return m_pci->release().major;
}

bool PciPage::pending() const
{
    return m_pci->pending();
}

void PciPage::showSource()
{
    const inventory::HostSnapshot &snapshot = m_pci->snapshot();
    QString conf;
    switch (m_pci->source()) {
    case workbench::PciWorkbench::Source::None: conf = tr("not probed; write it in Compose"); break;
    case workbench::PciWorkbench::Source::Probed: conf = tr("as probed, edited in Compose"); break;
    case workbench::PciWorkbench::Source::Edited: conf = tr("as edited in Compose"); break;
    }
    m_source->setText(snapshot.isNull() ? tr("No host open") : tr("%1, Nova release of the tool bar: nova.conf %2").arg(snapshot.identity().hostname, conf));
}

void PciPage::show(const pci::PciReport &report)
{
    const QString current = m_devices->currentItem() ? m_devices->currentItem()->text(Address) : QString();
    m_devices->clear();
    QList<QTreeWidgetItem *> rows;
    for (const pci::DeviceClaim &c : report.devices) {
        auto *item = new QTreeWidgetItem;
        item->setText(Address, c.device.address);
        item->setText(Ids, c.device.vendorId + QLatin1Char(':') + c.device.productId);
        item->setText(DevType, pci::devTypeName(c.device.devType));
        item->setText(Spec, c.spec < 0 ? tr("not claimed") : tr("#%1 (%2)").arg(c.spec).arg(report.specs.at(c.spec).origin));
        if (c.spec >= 0)
            item->setToolTip(Spec, report.specs.at(c.spec).text);
        item->setText(Aliases, c.aliases.join(QStringLiteral(", ")));
        item->setText(ResourceClass, c.placement.reported ? c.placement.resourceClass : QString());
        item->setText(Traits, c.placement.traits.join(QStringLiteral(", ")));
        rows.append(item);
    }
    m_devices->addTopLevelItems(rows);
    selectDevice(current);
    m_findings->clear();
    for (const rules::Finding &f : report.findings)
        m_findings->addTopLevelItem(new QTreeWidgetItem({rules::severityName(f.severity), f.code, f.message, f.fix}));
    Q_EMIT reportShown();
}

bool PciPage::selectDevice(const QString &address)
{
    const QList<QTreeWidgetItem *> found = m_devices->findItems(address, Qt::MatchExactly, Address);
    if (found.isEmpty())
        return false;
    m_devices->setCurrentItem(found.first());
    return true;
}
