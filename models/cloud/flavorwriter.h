#pragma once

#include "cloud/cloudclient.h"
#include "cloud/pushplan.h"
#include "core/appmode.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace cloud {

struct StepResult
{
    enum class Status { Done, Failed, NotRun };
    PushStep step;
    Status status = Status::NotRun;
    std::optional<CloudError> error;
    QJsonObject toJson() const;
};

// What a push did, call by call: every step done, the one that failed (with the cloud's
// answer) and those not run after it. Running the push again (diff, plan, apply) finishes it:
// each step is planned from what the cloud holds now.
struct PushReport
{
    QList<StepResult> results;
    bool complete() const;
    int count(StepResult::Status status) const;
    QJsonObject toJson() const;
};

// The only code that writes flavors to a cloud. It exists in operator mode only: forMode()
// gives none in auditor mode, so an auditor's vDeck has no call that could write.
class FlavorWriter
{
public:
    static std::optional<FlavorWriter> forMode(AppMode mode, CloudClient &client);

    // Applies the steps in order and stops at the first that fails. cloudIds: flavor name -> id
    // in the cloud (from the pull the plan was made from). onStep sees each result as it comes.
    PushReport apply(const PushPlan &plan, QHash<QString, QString> cloudIds, const std::function<void(const StepResult &)> &onStep = {});

private:
    explicit FlavorWriter(CloudClient &client) : m_client(&client) {}
    CloudReply run(const PushStep &step, QHash<QString, QString> &ids);

    CloudClient *m_client;
};

} // namespace cloud
