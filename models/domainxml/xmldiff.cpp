#include "domainxml/xmldiff.h"

#include <algorithm>
#include <vector>

namespace xmldiff {

namespace {
QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}
}

QList<Line> compare(const QStringList &a, const QStringList &b)
{
    // Myers' O(ND) shortest edit script, keeping every V for the backtrack.
    const int n = int(a.size()), m = int(b.size()), max = n + m, offset = max + 1;
    std::vector<std::vector<int>> trace;
    std::vector<int> v(size_t(2 * max + 3), 0);
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(k - 1 + offset)] < v[size_t(k + 1 + offset)])) ? v[size_t(k + 1 + offset)]
                                                                                                  : v[size_t(k - 1 + offset)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[size_t(k + offset)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.push_back(v);
    }
    QList<Line> script;
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d - 1)];
        const int k = x - y;
        const bool down = k == -d || (k != d && pv[size_t(k - 1 + offset)] < pv[size_t(k + 1 + offset)]);
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv[size_t(prevK + offset)], prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            script.append({Line::Same, a.at(x), x + 1, y + 1});
        }
        if (down) {
            --y;
            script.append({Line::Added, b.at(y), 0, y + 1});
        } else {
            --x;
            script.append({Line::Removed, a.at(x), x + 1, 0});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        script.append({Line::Same, a.at(x), x + 1, y + 1});
    }
    std::reverse(script.begin(), script.end());
    return script;
}

QList<Hunk> hunks(const QString &before, const QString &after, int context)
{
    const QList<Line> script = compare(splitLines(before), splitLines(after));
    QList<Hunk> result;
    const int total = int(script.size());
    int i = 0;
    while (i < total) {
        if (script.at(i).kind == Line::Same) {
            ++i;
            continue;
        }
        // A change at i: extend the hunk while changes are within 2*context lines of each other.
        int start = std::max(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < total) {
            if (script.at(end).kind != Line::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(total, lastChange + context + 1);
        Hunk h;
        for (int j = start; j < end; ++j) {
            const Line &l = script.at(j);
            h.lines.append(l);
            if (l.kind != Line::Added)
                ++h.oldCount;
            if (l.kind != Line::Removed)
                ++h.newCount;
        }
        // Start lines: the first line of each side in the hunk (or the line before, when empty).
        int oldBefore = 0, newBefore = 0;
        for (int j = 0; j < start; ++j) {
            if (script.at(j).kind != Line::Added)
                ++oldBefore;
            if (script.at(j).kind != Line::Removed)
                ++newBefore;
        }
        h.oldStart = h.oldCount ? oldBefore + 1 : oldBefore;
        h.newStart = h.newCount ? newBefore + 1 : newBefore;
        result.append(h);
        i = end;
    }
    return result;
}

QString unified(const QString &before, const QString &after, const QString &beforeName, const QString &afterName, int context)
{
    const QList<Hunk> hs = hunks(before, after, context);
    if (hs.isEmpty())
        return {};
    QString out = QStringLiteral("--- ") + beforeName + QStringLiteral("\n+++ ") + afterName + QLatin1Char('\n');
    for (const Hunk &h : hs) {
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(h.oldStart).arg(h.oldCount).arg(h.newStart).arg(h.newCount);
        for (const Line &l : h.lines) {
            const QChar mark = l.kind == Line::Same ? QLatin1Char(' ') : l.kind == Line::Removed ? QLatin1Char('-') : QLatin1Char('+');
            out += mark + l.text + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace xmldiff
