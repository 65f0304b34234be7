#pragma once

#include "hostfacts/hostfacts.h"
#include "rules/finding.h"

#include <QTextStream>

// Plain-text renderings for vdeckctl; JSON comes from hostfacts::json and probe::auditFindingJson.
namespace factsprinter {

void printFacts(QTextStream &out, const hostfacts::HostFacts &facts);
void printFindings(QTextStream &out, const QList<rules::Finding> &findings);

} // namespace factsprinter
