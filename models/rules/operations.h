#pragma once

#include "flavors/flavor.h"
#include "rules/release.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rules {

enum class Operation {
    LiveMigrate, ColdMigrate, Resize, Evacuate, Shelve, Unshelve, Suspend, Resume, Rescue, Rebuild,
    InterfaceAttach, InterfaceDetach, Snapshot, VolumeDetach
};
QList<Operation> allOperations();
QString operationName(Operation op); // "live-migrate", ...

enum class Verdict { Allowed, Blocked, Caveat };
QString verdictName(Verdict v); // "allowed", "blocked", "caveat"

struct OperationVerdict
{
    Operation operation = Operation::LiveMigrate;
    Verdict verdict = Verdict::Allowed;
    int httpStatus = 0;  // for Blocked: what the API answers
    QString reason;
    QString workaround;
    QJsonObject toJson() const;
    friend bool operator==(const OperationVerdict &, const OperationVerdict &) = default;
};

// docs/design/nova.md section 3: lifecycle operations for an instance of this flavor with these ports.
// `minComputeService` is the lowest nova-compute service version in the cloud when known
// (0: unknown, assume an upgrade may be in progress).
QList<OperationVerdict> operationsMatrix(const flavors::Flavor &flavor, NovaRelease release, int minComputeService = 0);

} // namespace rules
