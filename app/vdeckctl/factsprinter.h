#pragma once

#include "probe/auditfinding.h"
#include "probe/hostfacts.h"

#include <QTextStream>

// Plain-text renderings for vdeckctl; JSON comes from probe::factsjson and AuditFinding::toJson.
namespace factsprinter {

void printFacts(QTextStream &out, const probe::HostFacts &facts);
void printFindings(QTextStream &out, const QList<probe::AuditFinding> &findings);

} // namespace factsprinter
