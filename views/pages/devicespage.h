#pragma once

#include "core/appmode.h"
#include "flavors/usedevice.h"
#include "inventory/hostsnapshot.h"
#include "itemmodels/devicetreemodel.h"
#include "page.h"
#include "hostfacts/hostfacts.h"

#include <optional>

class DeviceDetails;
class DeviceFilterProxy;
class QAction;
class QComboBox;
class QLineEdit;
class QTreeView;

// Devices: the logical device tree of the selected host (PF -> VFs -> vDPA/netdevs,
// mdev parents -> types -> mdevs), filters, and the selected device's details and raw XML.
// Columns and details name the guest that uses a device and, once the host's nova.conf [pci] is
// known, the device_spec that claims it, the aliases, Placement and conflicts.
// Context actions: copy address, copy XML, use in flavor (vDPA device, VF, mdev type).
class DevicesPage : public Page
{
    Q_OBJECT
public:
    // In auditor mode there is no "Use in Flavor" (the library is read-only).
    explicit DevicesPage(QWidget *parent = nullptr, AppMode mode = AppMode::Operator);
    QString id() const override { return QStringLiteral("devices"); }
    QString title() const override;
    QIcon icon() const override;

    // A snapshot of host `hostId`. Another host: the tree is rebuilt and expanded (parents of
    // more than 64 rows start collapsed). The same host (a node-device event, a new capture):
    // only the rows that differ change, so selection and expansion stay; new rows come expanded. facts give VF ports their physnet when nova.conf
    // names one.
    void setSnapshot(const inventory::HostSnapshot &snapshot, const std::optional<hostfacts::HostFacts> &facts = {},
                     const QString &hostId = {});
    // While the shown host loads: its devices so far are appended to the tree, no reset. A parent
    // is expanded when its first rows arrive (not when they are more than 64, but top-level rows
    // always) and never again touched, so the user's expansion and selection survive every batch;
    // the complete snapshot follows through setSnapshot().
    void appendDevices(const inventory::HostSnapshot &partial);
    // What the host's nova.conf [pci] makes of its PCI devices (workbench::PciWorkbench): the
    // Nova PCI column and the details. known = false: no configuration is known for the host.
    void setPciReport(const std::optional<pci::PciReport> &report, bool known);
    // Rows of a capture still running (or one that failed): not the host's last complete state.
    bool showsPartial() const { return m_showsPartial; }
    void setKindFilter(const QString &kind); // "" for all, else inventory::kindName()
    bool selectDevice(const QString &name);
    QTreeView *tree() const { return m_tree; }
    DeviceTreeModel *model() const { return m_model; }
    // A large host's rows are being built off the GUI thread (setSnapshot of another host), or
    // the details of the device selected in a new host are still to come (showCurrentSoon()).
    bool showPending() const { return m_rowsPending || m_detailsQueued; }
    static constexpr int kRowsAsideFrom = 2000; // devices
    QList<QAction *> deviceActions() const;

Q_SIGNALS:
    // "Use in flavor": apply flavors::useDevice(flavor, device, options) to the current flavor.
    void useInFlavorRequested(const inventory::Device &device, const flavors::DeviceUseOptions &options);

private:
    void showCurrent();
    void showCurrentSoon(); // once, kDetailsDelayMs later
    static constexpr int kDetailsDelayMs = 10;
    void showRows(DeviceTreeModel::Rows rows, const QString &device);
    void expandSmall(const QModelIndex &index);
    bool selectFirstOfKind(inventory::DeviceKind kind);
    void updateNumaFilter();
    void copyAddress();
    void copyXml();
    void useInFlavor();
    const inventory::GraphNode *currentNode() const;
    flavors::DeviceUseOptions currentUse(const inventory::GraphNode **node) const;

    DeviceTreeModel *m_model;
    DeviceFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_numa;
    QTreeView *m_tree;
    DeviceDetails *m_details;
    QAction *m_copyAddress;
    QAction *m_copyXml;
    QAction *m_useInFlavor;
    std::optional<hostfacts::HostFacts> m_facts;
    QString m_hostId;
    bool m_showsPartial = false;
    bool m_updating = false;
    bool m_resetting = false;     // setSnapshot() of another host
    bool m_detailsQueued = false; // showCurrentSoon()
    bool m_rowsPending = false;
    quint64 m_rowsGeneration = 0; // of the latest setSnapshot() of another host
};
