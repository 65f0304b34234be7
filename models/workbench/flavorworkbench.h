#pragma once

#include "domainxml/builder.h"
#include "domainxml/schemavalidator.h"
#include "flavors/usedevice.h"
#include "hosts/hostregistry.h"
#include "workbench/capacityrunner.h"

#include <QObject>

#include <optional>

class FlavorDocument;
class Settings;

namespace workbench {

class ComputeProfiles;

// "This flavor on that host": the one owner of the target host and of everything computed for
// the current flavor of the document (its library, current flavor and Nova release) on the open
// hosts. Every change of an input (an edit, another flavor or release, a host's new snapshot,
// another target host, a compute profile) schedules one update for the next event-loop turn,
// however many arrive in this one: the domain XML of the target host is built once, its schema
// check and the capacity of every open host start once (both off the GUI thread), and the
// results come out as signals. The flavor's own findings are the document's (checked once per
// edit) and are handed to the XML build and to capacity instead of being checked again.
class FlavorWorkbench : public QObject
{
    Q_OBJECT
public:
    FlavorWorkbench(FlavorDocument *document, hosts::HostRegistry *hosts, Settings *settings, QObject *parent = nullptr);
    ~FlavorWorkbench() override;

    FlavorDocument *document() const { return m_doc; }
    hosts::HostRegistry *hosts() const { return m_hosts; }
    ComputeProfiles *profiles() const { return m_profiles; }

    QString targetHost() const { return m_target; }
    const hosts::HostEntry *targetEntry() const { return m_hosts->entry(m_target); }
    void setTargetHost(const QString &id);

    // "Use in flavor": the device joins the current flavor (a new flavor when there is none), as
    // one undoable edit. False when the document is read-only.
    bool useDevice(const inventory::Device &device, const flavors::DeviceUseOptions &options);

    // The domain XML of the current flavor on the target host; nullopt when either is missing.
    const std::optional<domainxml::BuildResult> &preview() const { return m_preview; }
    QString previewHostName() const { return m_previewHost; }
    // libvirt's schema verdict on preview()'s document; nullopt while checking or without one.
    const std::optional<SchemaValidator::Result> &schema() const { return m_schema; }
    bool schemaChecking() const { return m_schemaChecking; }

    // The latest capacity results (of capacityFlavor(), on every open host with a snapshot).
    const QList<HostResult> &capacity() const { return m_capacity->results(); }
    // The same for the current flavor: empty while none are known for it.
    QList<HostResult> currentCapacity() const;
    QString capacityFlavor() const { return m_capacity->flavorName(); }
    bool capacityBusy() const { return m_capacity->isBusy(); }
    // The target host's verdict for the current flavor; null while none is known for it.
    const HostResult *targetResult() const;
    struct HostFindings
    {
        QString hostName;
        QList<rules::Finding> findings;
    };
    // The one list of findings of the current flavor on the target host (hostfit::findingsOnHost:
    // the flavor's, the domain XML build's and the host verdict's, as vdeckctl lint --snapshot
    // prints them); an empty value (no host name) when there is no target verdict, and then the
    // document's own findings are the list; nullopt while a run for the current flavor may still
    // bring it (keep what is shown).
    std::optional<HostFindings> targetFindings() const;

    // An update is scheduled, or a schema check or a capacity run is in flight.
    bool pending() const;

Q_SIGNALS:
    void targetHostChanged(const QString &id);
    // The target host's snapshot to show: after targetHostChanged, and whenever the target host
    // has a new one (null when no host is the target).
    void targetSnapshotChanged(const QString &id, const inventory::HostSnapshot &snapshot);
    void previewChanged();
    void schemaChanged();
    void capacityChanged();
    void problem(const QString &message); // a saved compute profile that cannot be used

private:
    enum Work { Preview = 1, Capacity = 2 };
    void schedule(int work);
    void update();
    void buildPreview();
    void checkSchema();
    void requestCapacity();

    FlavorDocument *m_doc;
    hosts::HostRegistry *m_hosts;
    ComputeProfiles *m_profiles;
    CapacityRunner *m_capacity;
    QString m_target;
    int m_scheduled = 0;
    std::optional<domainxml::BuildResult> m_preview;
    QString m_previewHost;
    std::optional<SchemaValidator::Result> m_schema;
    bool m_schemaChecking = false;
    quint64 m_schemaGeneration = 0;
};

} // namespace workbench
