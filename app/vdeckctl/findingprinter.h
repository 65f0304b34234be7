#pragma once

#include "rules/finding.h"

#include <QTextStream>

// How every vdeckctl command prints a finding (lint, xml, audit): rules::findingText(), each line
// indented, so one finding reads the same wherever it appears.
namespace findingprinter {

void printFinding(QTextStream &out, const rules::Finding &f, const QString &indent = QString());
void printFindings(QTextStream &out, const QList<rules::Finding> &findings, const QString &indent = QString());

} // namespace findingprinter
