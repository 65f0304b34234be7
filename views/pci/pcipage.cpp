#include "pcipage.h"

#include "core/runthen.h"
#include "pcicomposer.h"

#include "rules/release.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QTreeWidget>

namespace {
enum Column { Address, Ids, DevType, Spec, Aliases, ResourceClass, Traits, ColumnCount };
}

PciPage::PciPage(QWidget *parent)
    : Page(parent), m_source(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_devices(new QTreeWidget(this)), m_findings(new QTreeWidget(this)), m_composer(new PciComposer(this))
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

    connect(m_composer, &PciComposer::confChanged, this, &PciPage::evaluate);
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

void PciPage::setSnapshot(const inventory::HostSnapshot &snapshot, const QString &hostId)
{
    const bool otherHost = hostId != m_hostId;
    m_snapshot = snapshot;
    m_hostId = hostId;
    if (otherHost) {
        const pci::NovaConf conf = snapshot.hostFacts() ? pci::NovaConf::fromFacts(*snapshot.hostFacts()) : pci::NovaConf();
        m_composer->setHost(pci::PciHost::fromGraph(snapshot.graph()), conf, pci::PciRelease{m_releaseMajor});
    }
    m_source->setText(snapshot.isNull() ? tr("No host open")
                                        : tr("%1, Nova release of the tool bar: nova.conf %2").arg(snapshot.identity().hostname,
                                                                     snapshot.hostFacts() ? tr("as probed, edited in Compose") : tr("not probed; write it in Compose")));
    evaluate();
}

void PciPage::setRelease(int major)
{
    if (major == m_releaseMajor)
        return;
    m_releaseMajor = major;
    evaluate();
}

void PciPage::evaluate()
{
    const pci::PciRelease release{m_releaseMajor};
    m_composer->setRelease(release);
    const quint64 generation = ++m_generation;
    m_pending = true;
    const inventory::DeviceGraph graph = m_snapshot.graph();
    const pci::NovaConf conf = m_composer->conf();
    runThen(this, [graph, conf, release] {
        return pci::evaluate(pci::PciHost::fromGraph(graph), conf, release);
    }, [this, generation](const pci::PciReport &report) {
        Q_ASSERT(QThread::currentThread() == thread());
        if (generation != m_generation)
            return; // a newer edit, release or host
        m_pending = false;
        show(report);
    });
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
