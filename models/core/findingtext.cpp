#include "core/findingtext.h"

#include <QList>
#include <QRegularExpression>

namespace {

// The shapes of the fix texts the checks write (models/rules, models/hostfit), most specific
// first; %N stands for a key, value or version taken over as it is.
const char *const kFixTemplates[] = {
    QT_TRANSLATE_NOOP("FindingText", "set %1=%2 in the flavor, or remove %3 from the image"),
    QT_TRANSLATE_NOOP("FindingText", "set %1=%2 and %3=%4"),
    QT_TRANSLATE_NOOP("FindingText", "set %1=%2 in the flavor"),
    QT_TRANSLATE_NOOP("FindingText", "set image property %1, or [libvirt]%2 on the host"),
    QT_TRANSLATE_NOOP("FindingText", "set image property %1"),
    QT_TRANSLATE_NOOP("FindingText", "set %1 on the image, or [libvirt]%2"),
    QT_TRANSLATE_NOOP("FindingText", "set [compute] cpu_shared_set on the host, or use %1"),
    QT_TRANSLATE_NOOP("FindingText", "set [compute] cpu_shared_set, or use %1"),
    QT_TRANSLATE_NOOP("FindingText", "set %1 (large, 2MB or 1GB) on the flavor"),
    QT_TRANSLATE_NOOP("FindingText", "set %1 (e.g. large or 1GB)"),
    QT_TRANSLATE_NOOP("FindingText", "set %1 if NUMA-remote devices are acceptable"),
    QT_TRANSLATE_NOOP("FindingText", "set the same value in flavor and image, or drop one of them"),
    QT_TRANSLATE_NOOP("FindingText", "remove %1 from the image"),
    QT_TRANSLATE_NOOP("FindingText", "remove %1 and keep %2"),
    QT_TRANSLATE_NOOP("FindingText", "remove the alias and boot with a %1 port"),
    QT_TRANSLATE_NOOP("FindingText", "rename %1 to %2"),
    QT_TRANSLATE_NOOP("FindingText", "upgrade %1 on the host to %2 or later"),
    QT_TRANSLATE_NOOP("FindingText", "use a q35 machine type on a host with a secure-boot OVMF, or %1"),
    QT_TRANSLATE_NOOP("FindingText", "use %1 on q35 (or smmuv3 on aarch64) instead of virtio/auto"),
    QT_TRANSLATE_NOOP("FindingText", "use %1"),
    QT_TRANSLATE_NOOP("FindingText", "give explicit %1 and %2 maps"),
    QT_TRANSLATE_NOOP("FindingText", "set %1"),
};

struct Shape
{
    const char *text;
    QRegularExpression match;
};

const QList<Shape> &shapes()
{
    static const QList<Shape> all = [] {
        QList<Shape> out;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        for (const char *t : kFixTemplates) {
            QString pattern = QRegularExpression::escape(QString::fromLatin1(t));
            pattern.replace(QRegularExpression(QStringLiteral("\\\\%(\\d)|%(\\d)")), QStringLiteral("(?<p\\1\\2>.+?)"));
            out.append({t, QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'))});
        }
        return out;
    }();
    return all;
}

} // namespace

QString FindingText::fix(const QString &english)
{
    for (const Shape &s : shapes()) {
        const QRegularExpressionMatch m = s.match.match(english);
        if (!m.hasMatch())
            continue;
        QString out = tr(s.text);
        for (int n = 1; n <= 9; ++n) {
            const QString arg = m.captured(QStringLiteral("p%1").arg(n));
            if (!arg.isNull())
                out.replace(QStringLiteral("%%1").arg(n), arg); // values may hold "%": no QString::arg
        }
        return out;
    }
    return english;
}
