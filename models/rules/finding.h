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

    QJsonObject toJson() const;
    friend bool operator==(const Finding &, const Finding &) = default;
};

bool hasErrors(const QList<Finding> &findings);

// The one order findings are shown in (vdeckctl lint, the GUI's findings list): errors, then
// warnings, then infos; within a severity the order the checks gave them (stable).
void sortBySeverity(QList<Finding> &findings);
// Findings of two checks (a flavor's and a host's) as one list in that order.
QList<Finding> mergeFindings(QList<Finding> first, const QList<Finding> &second);

} // namespace rules
