#include "pages/devicespage.h"

#include "core/runthen.h"
#include "actionpolicy.h"
#include "itemmodels/devicefilterproxy.h"
#include "itemmodels/devicetreemodel.h"
#include "probe/novadevicespec.h"
#include "viewutil.h"
#include "widgets/devicedetails.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace inventory;

namespace {

QString kindLabel(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Pf: return DevicesPage::tr("SR-IOV PFs");
    case DeviceKind::Vf: return DevicesPage::tr("SR-IOV VFs");
    case DeviceKind::Vdpa: return DevicesPage::tr("vDPA devices");
    case DeviceKind::Net: return DevicesPage::tr("Network interfaces");
    case DeviceKind::Gpu: return DevicesPage::tr("GPUs (mdev parents)");
    case DeviceKind::Mdev: return DevicesPage::tr("Mediated devices");
    case DeviceKind::Pci: return DevicesPage::tr("Other PCI devices");
    case DeviceKind::Other: break;
    }
    return DevicesPage::tr("Other devices");
}

} // namespace

DevicesPage::DevicesPage(QWidget *parent, AppMode mode)
    : Page(parent)
    , m_model(new DeviceTreeModel(this))
    , m_proxy(new DeviceFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_numa(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_details(new DeviceDetails(this))
    , m_copyAddress(new QAction(tr("Copy &Address"), this))
    , m_copyXml(new QAction(tr("Copy &XML"), this))
    , m_useInFlavor(isReadOnly(mode) ? nullptr : actionpolicy::markWrites(new QAction(tr("&Use in Flavor"), this)))
{
    m_filter->setObjectName(QStringLiteral("deviceFilter"));
    m_filter->setPlaceholderText(tr("Filter devices by name, address, driver or product"));
    m_kind->setObjectName(QStringLiteral("deviceKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (DeviceKind k : allKinds()) {
        m_kind->addItem(QIcon(QStringLiteral(":/icons/device-%1.svg").arg(kindName(k))), kindLabel(k), kindName(k));
        if (k == DeviceKind::Gpu)
            m_kind->addItem(tr("mdev types"), QStringLiteral("mdev_type"));
    }
    m_numa->setObjectName(QStringLiteral("deviceNumaFilter"));
    m_numa->addItem(tr("All NUMA nodes"), -1);
    m_tree->setObjectName(QStringLiteral("deviceTree"));
    viewutil::setupFilteredView(m_tree, m_model, m_proxy, m_filter);
    m_tree->setAlternatingRowColors(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Who uses a device, and what nova.conf makes of it, are read next to what it is, not after
    // the wide vendor column.
    m_tree->header()->moveSection(DeviceTreeModel::GuestColumn, DeviceTreeModel::DriverColumn + 1);
    m_tree->header()->moveSection(DeviceTreeModel::PciColumn, DeviceTreeModel::DriverColumn + 2);

    m_copyAddress->setObjectName(QStringLiteral("actionCopyAddress"));
    m_copyXml->setObjectName(QStringLiteral("actionCopyXml"));
    m_tree->addActions({m_copyAddress, m_copyXml});
    if (m_useInFlavor) { // it edits the flavor library: not in auditor mode (docs/design/conventions.md)
        m_useInFlavor->setObjectName(QStringLiteral("actionUseInFlavor"));
        m_useInFlavor->setToolTip(tr("Add the port or resource request this device needs to the current flavor"));
        m_tree->addAction(m_useInFlavor);
        connect(m_useInFlavor, &QAction::triggered, this, &DevicesPage::useInFlavor);
    }
    connect(m_copyAddress, &QAction::triggered, this, &DevicesPage::copyAddress);
    connect(m_copyXml, &QAction::triggered, this, &DevicesPage::copyXml);

    // After a filter change the details show what the tree shows: a device the filter hid is not
    // left on display (issue 20).
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_kind->currentData().toString();
        m_proxy->setMdevTypesOnly(name == QLatin1String("mdev_type"));
        m_proxy->setKind(kindFromName(name));
        m_tree->expandAll();
        showCurrent();
    });
    connect(m_numa, &QComboBox::currentIndexChanged, this, [this] {
        const int node = m_numa->currentData().toInt();
        m_proxy->setNumaNode(node < 0 ? std::nullopt : std::optional<int>(node));
        m_tree->expandAll();
        showCurrent();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        m_tree->expandAll();
        showCurrent();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_resetting)
            showCurrentSoon();
        else
            showCurrent();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!m_updating)
            return; // a reset or a filter change expands everything anyway
        for (int r = first; r <= last; ++r)
            expandSmall(m_proxy->index(r, 0, parent));
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_numa);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("devicesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    showCurrent();
}

QString DevicesPage::title() const
{
    return tr("Devices");
}

QIcon DevicesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-devices.svg"));
}

QList<QAction *> DevicesPage::deviceActions() const
{
    return m_tree->actions();
}

void DevicesPage::setSnapshot(const HostSnapshot &snapshot, const std::optional<hostfacts::HostFacts> &facts, const QString &hostId)
{
    m_facts = facts;
    m_showsPartial = false;
    if (!hostId.isEmpty() && hostId == m_hostId && !snapshot.isNull() && !m_model->snapshot().isNull()) {
        // Should the current device go, its parent becomes current.
        const QModelIndex up = m_proxy->mapToSource(m_tree->currentIndex()).parent();
        QString fallback = up.data(DeviceTreeModel::DeviceNameRole).toString();
        if (fallback.isEmpty())
            fallback = up.data(DeviceTreeModel::ParentDeviceRole).toString();
        m_updating = true;
        m_model->updateSnapshot(snapshot);
        m_updating = false;
        updateNumaFilter();
        if (!m_tree->currentIndex().isValid() && !selectDevice(fallback))
            selectFirstOfKind(DeviceKind::Pf);
        showCurrent(); // the current device itself may have changed
        return;
    }
    m_hostId = hostId;
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    QString device = current.data(DeviceTreeModel::DeviceNameRole).toString();
    if (device.isEmpty())
        device = current.data(DeviceTreeModel::ParentDeviceRole).toString();
    const quint64 generation = ++m_rowsGeneration; // a build still running for an earlier host is dropped
    m_rowsPending = false;
    if (snapshot.graph().size() < kRowsAsideFrom) {
        showRows(DeviceTreeModel::buildRows(snapshot), device);
        return;
    }
    // A large host: its rows are built on the thread pool (tens of milliseconds for 20,000
    // devices) while the tree is empty and the GUI responsive; a newer host or snapshot wins.
    m_rowsPending = true;
    m_model->setSnapshot({});
    runThen(this, [snapshot] { return std::make_shared<DeviceTreeModel::Rows>(DeviceTreeModel::buildRows(snapshot)); }, [this, generation, device](const std::shared_ptr<DeviceTreeModel::Rows> &rows) {
            if (generation != m_rowsGeneration)
                return;
            m_rowsPending = false;
            showRows(std::move(*rows), device);
        });
}

// Another host's rows: shown, expanded, the device that was current (or the first PF) selected;
// its details follow kDetailsDelayMs later (showCurrentSoon()), so that the highlighted XML of a
// large PF does not join the rows' turn and first paint.
void DevicesPage::showRows(DeviceTreeModel::Rows rows, const QString &device)
{
    m_resetting = true;
    m_model->setRows(std::move(rows));
    updateNumaFilter();
    for (int r = 0; r < m_proxy->rowCount(); ++r) { // top-level rows (libvirt's "computer") always
        const QModelIndex top = m_proxy->index(r, 0);
        m_tree->expand(top);
        for (int c = 0; c < m_proxy->rowCount(top); ++c)
            expandSmall(m_proxy->index(c, 0, top));
    }
    if (!selectDevice(device) && !selectFirstOfKind(DeviceKind::Pf))
        showCurrentSoon();
    m_resetting = false;
    // Never narrower than the column's title, in any language (the tree scrolls sideways).
    QHeaderView *header = m_tree->header();
    const QList<int> widths{330, 110, 110, 50, 95, 330, 220, 120, 200};
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 6;
    for (int c = 0; c < widths.size(); ++c) {
        const int title = header->fontMetrics().horizontalAdvance(m_proxy->headerData(c, Qt::Horizontal).toString()) + margins;
        header->resizeSection(c, std::max(widths.at(c), title));
    }
}

namespace {
constexpr int kExpandLimit = 64;
}

// Expands a row and, below it, every row with at most kExpandLimit children: a PF with hundreds
// of VFs starts collapsed (its row says how many), so laying out the tree of a 20,000-device host
// does not stall the GUI. Filters still expand everything they show.
void DevicesPage::expandSmall(const QModelIndex &index)
{
    const int rows = m_proxy->rowCount(index);
    if (rows == 0 || rows > kExpandLimit)
        return;
    m_tree->expand(index);
    for (int r = 0; r < rows; ++r)
        expandSmall(m_proxy->index(r, 0, index));
}

// Each parent's expansion is decided once, when its first children arrive: top-level rows are
// expanded, deeper parents too unless they arrive with more than kExpandLimit children. Later
// batches never expand or collapse a row again, so what the user expanded, collapsed or
// selected survives every batch (issue 20: the root used to collapse once it passed the limit).
void DevicesPage::appendDevices(const HostSnapshot &partial)
{
    const QMetaObject::Connection expand = connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree,
                                                   [this](const QModelIndex &parent, int first, int last) {
        const int rows = m_proxy->rowCount(parent);
        if (!parent.isValid() || rows != last - first + 1)
            return; // the top level, or a parent that had rows already
        if (!parent.parent().isValid() || rows <= kExpandLimit)
            m_tree->expand(parent);
    });
    m_showsPartial |= m_model->appendDevices(partial);
    disconnect(expand);
}

void DevicesPage::setPciReport(const std::optional<pci::PciReport> &report, bool known)
{
    m_model->setPciReport(report, known);
    showCurrent(); // the details of the current device follow
}

bool DevicesPage::selectFirstOfKind(DeviceKind kind)
{
    for (const GraphNode &node : m_model->snapshot().graph().nodes()) {
        if (node.kind == kind)
            return selectDevice(node.name());
    }
    return false;
}

// The NUMA nodes of the host as the filter's choices; an event that leaves them as they were
// (nearly all) does not rebuild (and repaint) the combo box.
void DevicesPage::updateNumaFilter()
{
    QList<int> nodes{-1};
    for (int node : m_model->snapshot().graph().byNumaNode().keys()) {
        if (node >= 0)
            nodes.append(node);
    }
    QList<int> shown;
    for (int i = 0; i < m_numa->count(); ++i)
        shown.append(m_numa->itemData(i).toInt());
    if (nodes == shown)
        return;
    const int chosen = m_numa->currentData().toInt();
    QSignalBlocker block(m_numa);
    m_numa->clear();
    for (int node : std::as_const(nodes))
        m_numa->addItem(node < 0 ? tr("All NUMA nodes") : tr("NUMA node %1").arg(node), node);
    m_numa->setCurrentIndex(std::max(0, m_numa->findData(chosen)));
}

void DevicesPage::setKindFilter(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

bool DevicesPage::selectDevice(const QString &name)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfDevice(name));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

const GraphNode *DevicesPage::currentNode() const
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const QString name = index.data(DeviceTreeModel::DeviceNameRole).toString();
    return name.isEmpty() ? nullptr : m_model->snapshot().graph().node(name);
}

flavors::DeviceUseOptions DevicesPage::currentUse(const GraphNode **node) const
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    flavors::DeviceUseOptions options;
    const DeviceGraph &graph = m_model->snapshot().graph();
    options.mdevType = index.data(DeviceTreeModel::MdevTypeRole).toString();
    *node = options.mdevType.isEmpty() ? currentNode() : graph.node(index.data(DeviceTreeModel::ParentDeviceRole).toString());
    if (!*node || !m_facts)
        return options;
    const GraphNode *vf = (*node)->device.isVdpa() ? graph.node((*node)->logicalParent) : *node;
    if (vf && vf->device.pci && vf->device.pci->physFunction)
        options.physnet = probe::physnetForVf(*m_facts, vf->device.pci->address.toString(), vf->device.pci->physFunction->toString());
    return options;
}

// A timer, not a queued call: Qt delivers posted events in one batch with the pending repaint,
// so a queued call would join the new rows' first paint in one stall; a timer runs after it.
void DevicesPage::showCurrentSoon()
{
    if (m_detailsQueued)
        return;
    m_detailsQueued = true;
    QTimer::singleShot(kDetailsDelayMs, Qt::PreciseTimer, this, &DevicesPage::showCurrent);
}

void DevicesPage::showCurrent()
{
    m_detailsQueued = false;
    const GraphNode *node = nullptr;
    const flavors::DeviceUseOptions use = currentUse(&node);
    m_copyAddress->setEnabled(node && node->device.pci);
    m_copyXml->setEnabled(node != nullptr);
    if (m_useInFlavor)
        m_useInFlavor->setEnabled(node && flavors::canUseDevice(node->device, use));
    if (!node) {
        m_details->clear();
        return;
    }
    if (use.mdevType.isEmpty()) {
        m_details->showDevice(*m_model, *node);
        return;
    }
    for (const MdevType &t : node->device.mdevTypes) {
        if (t.id == use.mdevType)
            m_details->showMdevType(*node, t);
    }
}

void DevicesPage::copyAddress()
{
    if (const GraphNode *node = currentNode(); node && node->device.pci)
        viewutil::copyToClipboard(node->device.pci->address.toString());
}

void DevicesPage::copyXml()
{
    const GraphNode *node = nullptr;
    currentUse(&node);
    if (node)
        viewutil::copyToClipboard(node->device.rawXml);
}

void DevicesPage::useInFlavor()
{
    const GraphNode *node = nullptr;
    const flavors::DeviceUseOptions options = currentUse(&node);
    if (node && flavors::canUseDevice(node->device, options))
        Q_EMIT useInFlavorRequested(node->device, options);
}
