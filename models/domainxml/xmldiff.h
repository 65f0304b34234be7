#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Line-based difference of two XML documents (what changed after an edit), as hunks with
// context, the way `diff -u` shows them. Used by the XML preview and `vdeckctl xml --diff`.
namespace xmldiff {

struct Line
{
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text;
    int oldLine = 0; // 1-based; 0 for added lines
    int newLine = 0; // 1-based; 0 for removed lines
};

struct Hunk
{
    int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
    QList<Line> lines;
};

// The full line-by-line edit script (shortest, Myers' algorithm).
QList<Line> compare(const QStringList &before, const QStringList &after);
// Hunks with `context` unchanged lines around each change; empty when the documents are equal.
QList<Hunk> hunks(const QString &before, const QString &after, int context = 3);
// Unified diff text with ---/+++ headers; empty when the documents are equal.
QString unified(const QString &before, const QString &after, const QString &beforeName = QStringLiteral("before"),
                const QString &afterName = QStringLiteral("after"), int context = 3);

} // namespace xmldiff
