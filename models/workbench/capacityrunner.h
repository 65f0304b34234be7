#pragma once

#include "domainxml/computeprofile.h"
#include "flavors/flavor.h"
#include "hostfit/hostcheck.h"
#include "inventory/hostsnapshot.h"
#include "rules/finding.h"
#include "rules/release.h"

#include <QObject>

#include <optional>

namespace workbench {

// One open host to check a flavor against.
struct HostInput
{
    QString id;   // the host registry's id
    QString name;
    inventory::HostSnapshot snapshot;
    domainxml::ComputeProfile profile;
};

struct HostResult
{
    QString id;
    QString name;
    hostfit::HostVerdict verdict;
};

// Checks one flavor against every open host off the GUI thread (the thread pool). At most one
// run is in flight: a request made meanwhile replaces any waiting one and starts when the
// running one ends, whose results are then dropped as stale. resultsReady() carries only
// results for the latest request.
class CapacityRunner : public QObject
{
    Q_OBJECT
public:
    explicit CapacityRunner(QObject *parent = nullptr);

    // An empty flavor name clears the results at once. `flavorFindings` are rules::checkFlavor's
    // findings for the flavor and release (the flavor's demand is then made once, not per host).
    void request(const flavors::Flavor &flavor, const QList<HostInput> &hosts, rules::NovaRelease release,
                 const std::optional<QList<rules::Finding>> &flavorFindings = std::nullopt);
    const QList<HostResult> &results() const { return m_results; }
    const HostResult *result(const QString &hostId) const;
    QString flavorName() const { return m_resultsFlavor; }
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void resultsReady();

private:
    struct Request
    {
        flavors::Flavor flavor;
        QList<HostInput> hosts;
        rules::NovaRelease release;
        std::optional<QList<rules::Finding>> flavorFindings;
    };
    void start(const Request &request);
    void finished(const QString &flavorName, const QList<HostResult> &results);

    bool m_running = false;
    std::optional<Request> m_pending;
    QList<HostResult> m_results;
    QString m_resultsFlavor;
};

} // namespace workbench
