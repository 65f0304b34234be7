#pragma once

#include "cloud/cloudconfig.h"
#include "cloud/computeapi.h"
#include "cloud/deployedlint.h"
#include "cloud/flavordiff.h"
#include "cloud/flavorwriter.h"
#include "cloud/pushplan.h"

#include <QJsonObject>
#include <QTextStream>

// How `vdeckctl cloud` prints clouds, verdicts, diffs, plans and push results.
namespace cloudprint {

QJsonObject configJson(const cloud::CloudConfig &config); // no secrets
QString header(const cloud::CloudConfig &config, const cloud::ComputeVersion &version, rules::NovaRelease judgedAs);
QJsonObject headerJson(const cloud::CloudConfig &config, const cloud::ComputeVersion &version, rules::NovaRelease judgedAs);

void printVerdict(QTextStream &out, const cloud::FlavorVerdict &verdict);
QJsonObject verdictJson(const cloud::FlavorVerdict &verdict);
void printDiff(QTextStream &out, const cloud::FlavorDiff &diff);
void printPlan(QTextStream &out, const QString &cloudName, const cloud::PushPlan &plan);
void printStep(QTextStream &out, const cloud::StepResult &result);
void printReport(QTextStream &out, const cloud::PushReport &report);

} // namespace cloudprint
