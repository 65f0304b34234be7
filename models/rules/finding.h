#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rules {

enum class Severity { Error, Warning, Info };
// A: extra-spec API (microversion >= 2.86), B: server create/resize/rebuild API,
// C: scheduler (placement and filters), D: compute spawn (libvirt driver).
enum class Stage { A, B, C, D };

QString severityName(Severity s); // "error", "warning", "info"
QString stageName(Stage s);       // "A".."D"

// One thing vDeck has to say about a flavor. `code` is stable (scripts match on it).
struct Finding
{
    QString code;
    Severity severity = Severity::Error;
    Stage stage = Stage::B;
    QString novaException; // Nova's exception class for A/B/D errors; empty otherwise
    int httpStatus = 0;    // what the API answers in the selected release; 0 when no API error
    QStringList keys;
    QString message;
    QString fix;           // empty when there is no single unambiguous fix
    // The error Nova itself reports (the first, in Nova's order of stages), and every other error
    // of the same list: a later blocker Nova would raise once the first is fixed. Both are set by
    // orderFindings(); findings of other lists (the host audit's) are neither.
    bool novaReports = false;
    bool laterBlocker = false;

    QJsonObject toJson() const;
    friend bool operator==(const Finding &, const Finding &) = default;
};

bool hasErrors(const QList<Finding> &findings);

// One finding as plain text, the same in vdeckctl's output, the GUI's Copy and reports:
//   error [B] cpu.realtime-all-vcpus (RealtimeMaskNotFoundOrInvalid, HTTP 400): message
//     fix: set hw:cpu_realtime_mask=^0
// An error that is not the one Nova reports says "later blocker" in the parentheses.
QString findingText(const Finding &f);

// The one order findings are shown in (vdeckctl lint, the GUI's findings list): errors, then
// warnings, then infos; within a severity the order the checks gave them (stable).
void sortBySeverity(QList<Finding> &findings);
// The one list of findings every view shows (vdeckctl lint and xml, the GUI, reports): duplicates
// and findings a host-aware one supersedes dropped (supersededBy()), errors first in Nova's order
// of stages (A, B, C, D; stable within a stage), then warnings, then infos; the first error marked
// novaReports.
void orderFindings(QList<Finding> &findings);
// Findings of two checks (a flavor's and a host's) as one list, by orderFindings().
QList<Finding> mergeFindings(QList<Finding> first, const QList<Finding> &second);
// The codes of host-aware findings that say what `code` says, knowing the host: when one of them
// is in a list, `code` is dropped from it.
QStringList supersededBy(const QString &code);
// The error Nova reports (novaReports), or null when there is none.
const Finding *reportedError(const QList<Finding> &findings);

} // namespace rules
