#include "pycompat/pyparse.h"

#include <QStringList>

namespace pyparse {

QString pyStrip(const QString &text)
{
    return text.trimmed();
}

std::optional<PyInt> parseInt(const QString &text)
{
    const QString s = pyStrip(text);
    qsizetype i = 0;
    PyInt out;
    if (i < s.size() && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-'))) {
        out.negative = s.at(i) == QLatin1Char('-');
        ++i;
    }
    QString digits;
    bool lastWasDigit = false;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('_')) {
            if (!lastWasDigit)
                return std::nullopt;
            lastWasDigit = false;
            continue;
        }
        if (c.category() != QChar::Number_DecimalDigit)
            return std::nullopt;
        digits.append(QChar(u'0' + c.digitValue()));
        lastWasDigit = true;
    }
    if (digits.isEmpty() || !lastWasDigit)
        return std::nullopt;
    qsizetype nz = 0;
    while (nz < digits.size() - 1 && digits.at(nz) == QLatin1Char('0'))
        ++nz;
    out.digits = digits.mid(nz);
    if (out.digits == QLatin1String("0"))
        out.negative = false;
    return out;
}

std::optional<qint64> PyInt::toInt64() const
{
    if (digits.size() > 18)
        return std::nullopt;
    const qint64 v = digits.toLongLong();
    return negative ? -v : v;
}

int compare(const PyInt &a, qint64 b)
{
    if (const std::optional<qint64> v = a.toInt64())
        return *v < b ? -1 : (*v > b ? 1 : 0);
    return a.negative ? -1 : 1; // beyond 64 bits: larger in magnitude than any bound
}

std::optional<qint64> toInt64(const QString &text)
{
    const std::optional<PyInt> n = parseInt(text);
    if (!n)
        return std::nullopt;
    return n->toInt64();
}

std::optional<bool> strictBool(const QString &text)
{
    const QString s = pyStrip(text).toLower();
    static const QStringList truthy{QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("true"),
                                    QStringLiteral("on"), QStringLiteral("y"), QStringLiteral("yes")};
    static const QStringList falsy{QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("false"),
                                   QStringLiteral("off"), QStringLiteral("n"), QStringLiteral("no")};
    if (truthy.contains(s))
        return true;
    if (falsy.contains(s))
        return false;
    return std::nullopt;
}

bool lenientBool(const QString &text)
{
    return strictBool(text).value_or(false);
}

bool isIntLike(const QString &text)
{
    const std::optional<PyInt> n = parseInt(text);
    if (!n)
        return false;
    return (n->negative ? QStringLiteral("-") : QString()) + n->digits == text;
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.category() != QChar::Number_DecimalDigit)
            return false;
    }
    return true;
}

} // namespace pyparse
