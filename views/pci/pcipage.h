#pragma once

#include "inventory/hostsnapshot.h"
#include "page.h"
#include "pci/novaconf.h"
#include "pci/pcireport.h"

class PciComposer;
class QLabel;
class QTabWidget;
class QTreeWidget;

// PCI passthrough of the selected host: every PCI device with the [pci] device_spec that claims
// it, the aliases that can request it, its dev_type and Placement resource class and traits (as
// the tool bar's Nova release matches, pci::evaluate, off the GUI thread); the conflicts; the
// composer of device_spec/alias/mdev snippets. (The day-2 check is on the host's details:
// DriftPanel on the hosts page.)
// nova.conf is the host's probed one, or the composer's text once edited.
class PciPage : public Page
{
    Q_OBJECT
public:
    explicit PciPage(QWidget *parent = nullptr);
    ~PciPage() override;
    QString id() const override { return QStringLiteral("pci"); }
    QString title() const override;
    QIcon icon() const override;

    void setSnapshot(const inventory::HostSnapshot &snapshot, const QString &hostId);
    // The Nova release of the tool bar (FlavorDocument::release()).
    void setRelease(int major);
    int releaseMajor() const { return m_releaseMajor; }
    bool selectDevice(const QString &address);

    QTreeWidget *devices() const { return m_devices; }
    QTreeWidget *findings() const { return m_findings; }
    PciComposer *composer() const { return m_composer; }
    bool pending() const { return m_pending; }

Q_SIGNALS:
    void reportShown(); // a new evaluation is on screen (tests wait for it)

private:
    void evaluate();
    void show(const pci::PciReport &report);

    QLabel *m_source;
    int m_releaseMajor = 31;
    QTabWidget *m_tabs;
    QTreeWidget *m_devices;
    QTreeWidget *m_findings;
    PciComposer *m_composer;
    inventory::HostSnapshot m_snapshot;
    QString m_hostId;
    quint64 m_generation = 0;
    bool m_pending = false;
};
