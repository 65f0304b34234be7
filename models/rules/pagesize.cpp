#include "rules/pagesize.h"

#include "pycompat/pyparse.h"

#include <QRegularExpression>

#include <cmath>

namespace rules {

QString PageSize::describe() const
{
    switch (kind) {
    case Kind::Small: return QStringLiteral("small");
    case Kind::Large: return QStringLiteral("large");
    case Kind::Any: return QStringLiteral("any");
    case Kind::Size: break;
    }
    return QStringLiteral("%1 KiB").arg(kib, 0, 'g', 12);
}

std::optional<PageSize> parsePageSize(const QString &request)
{
    if (request == QLatin1String("any"))
        return PageSize{PageSize::Kind::Any, 0, false};
    if (request == QLatin1String("large"))
        return PageSize{PageSize::Kind::Large, 0, false};
    if (request == QLatin1String("small"))
        return PageSize{PageSize::Kind::Small, 0, false};
    if (pyparse::isDigits(request)) {
        const std::optional<pyparse::PyInt> n = pyparse::parseInt(request);
        return PageSize{PageSize::Kind::Size, n ? n->digits.toDouble() : 0, false};
    }
    // oslo_utils.strutils UNIT_SYSTEM_INFO['IEC'], used with re.match (anchored at the start;
    // '$' also matches before a final newline).
    static const QRegularExpression iec(QStringLiteral("^([-+]?\\d*\\.?\\d+)([KMGTPEZYRQ]i?)?(b|bit|B)\\n?$"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = iec.match(request);
    if (!m.hasMatch())
        return std::nullopt;
    QString number = m.captured(1);
    for (QChar &c : number) {
        if (c.category() == QChar::Number_DecimalDigit)
            c = QChar(u'0' + c.digitValue());
    }
    double magnitude = number.toDouble();
    const bool bits = m.captured(3) != QLatin1String("B");
    if (bits)
        magnitude /= 8;
    static const QString prefixes = QStringLiteral("KMGTPEZYRQ");
    const QString prefix = m.captured(2);
    const int exponent = prefix.isEmpty() ? 0 : int(prefixes.indexOf(prefix.at(0))) + 1;
    const double bytes = std::ceil(magnitude * std::pow(1024.0, exponent));
    return PageSize{PageSize::Kind::Size, bytes / 1024.0, bits};
}

} // namespace rules
