#pragma once

#include "probe/auditfinding.h"
#include "hostfacts/hostfacts.h"

#include <QTextStream>

// Plain-text renderings for vdeckctl; JSON comes from hostfacts::json and AuditFinding::toJson.
namespace factsprinter {

void printFacts(QTextStream &out, const hostfacts::HostFacts &facts);
void printFindings(QTextStream &out, const QList<probe::AuditFinding> &findings);

} // namespace factsprinter
