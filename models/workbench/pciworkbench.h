#pragma once

#include "inventory/hostsnapshot.h"
#include "pci/novaconf.h"
#include "pci/pcirelease.h"
#include "pci/pcireport.h"

#include <QObject>
#include <QString>

#include <optional>

namespace workbench {

// The one owner of the target host's nova.conf [pci] configuration and of what Nova makes of it
// (pci::evaluate, off the GUI thread): the PCI passthrough page shows and edits it (its composer),
// the devices page shows each device's claim in a column and in the details.
// The configuration is the host's probed nova.conf, or the composer's text once edited; a host
// that was not probed has none known (Source::None) until one is written.
class PciWorkbench : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Probed, Edited };

    explicit PciWorkbench(QObject *parent = nullptr);

    // The target host's snapshot. Another host, or the same host probed anew (other host facts):
    // its probed nova.conf replaces the configuration (confReplaced) unless one was edited for
    // it. A node-device event (the same host and facts) keeps the configuration.
    void setHost(const QString &hostId, const inventory::HostSnapshot &snapshot);
    // The Nova release of the tool bar (FlavorDocument::release()).
    void setRelease(int major);
    // nova.conf as edited in the composer: the configuration from now on (Source::Edited).
    void setConf(const pci::NovaConf &conf);

    const QString &hostId() const { return m_hostId; }
    const inventory::HostSnapshot &snapshot() const { return m_snapshot; }
    const pci::NovaConf &conf() const { return m_conf; }
    Source source() const { return m_source; }
    bool confKnown() const { return m_source != Source::None; }
    pci::PciRelease release() const { return m_release; }
    // The latest evaluation of this host; nullopt while the first one runs.
    const std::optional<pci::PciReport> &report() const { return m_report; }
    // An evaluation is running: report() is not yet of the latest host, configuration and release.
    bool pending() const { return m_pending; }

Q_SIGNALS:
    void confReplaced();  // conf() is the host's own now (another host, or a new probe)
    void reportChanged(); // report() changed (a new evaluation, or none for another host)

private:
    void evaluate();

    QString m_hostId;
    inventory::HostSnapshot m_snapshot;
    pci::NovaConf m_conf;
    Source m_source = Source::None;
    pci::PciRelease m_release;
    std::optional<pci::PciReport> m_report;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace workbench
