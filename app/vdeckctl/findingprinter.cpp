#include "findingprinter.h"

namespace findingprinter {

void printFinding(QTextStream &out, const rules::Finding &f, const QString &indent)
{
    for (const QString &line : rules::findingText(f).split(QLatin1Char('\n')))
        out << indent << line << '\n';
}

void printFindings(QTextStream &out, const QList<rules::Finding> &findings, const QString &indent)
{
    for (const rules::Finding &f : findings)
        printFinding(out, f, indent);
}

} // namespace findingprinter
