#include "rules/fixedits.h"

#include <QRegularExpression>

namespace rules {
namespace {

// A flavor extra-spec key (namespace:name, with group suffixes, dots and braces excluded).
const QString kSpecKey = QStringLiteral("([A-Za-z0-9_-]+:[A-Za-z0-9_.:-]+)");
const QString kImageKey = QStringLiteral("(hw_[a-z0-9_]+|os_[a-z0-9_]+|img_[a-z0-9_]+)");
const QString kValue = QStringLiteral("([^\\s,;()]+)");

QRegularExpression full(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

FixEdit setSpec(const QString &key, const QString &value)
{
    return FixEdit{FixEdit::Target::ExtraSpec, key, value};
}

} // namespace

std::optional<QList<FixEdit>> machineFix(const QString &fix)
{
    static const QRegularExpression one = full(QStringLiteral("set ") + kSpecKey + QLatin1Char('=') + kValue
                                               + QStringLiteral("( in the flavor)?"));
    static const QRegularExpression two = full(QStringLiteral("set ") + kSpecKey + QLatin1Char('=') + kValue
                                               + QStringLiteral(" and ") + kSpecKey + QLatin1Char('=') + kValue);
    static const QRegularExpression image = full(QStringLiteral("set image property ") + kImageKey + QLatin1Char('=') + kValue);
    static const QRegularExpression specAndImage = full(QStringLiteral("set ") + kSpecKey + QLatin1Char('=') + kValue
                                                        + QStringLiteral(" and image property ") + kImageKey + QLatin1Char('=') + kValue);
    static const QRegularExpression removeImage = full(QStringLiteral("remove ") + kImageKey + QStringLiteral(" from the image"));
    const QString text = fix.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QRegularExpressionMatch m = one.match(text);
    if (m.hasMatch())
        return QList<FixEdit>{setSpec(m.captured(1), m.captured(2))};
    m = two.match(text);
    if (m.hasMatch())
        return QList<FixEdit>{setSpec(m.captured(1), m.captured(2)), setSpec(m.captured(3), m.captured(4))};
    m = specAndImage.match(text);
    if (m.hasMatch())
        return QList<FixEdit>{setSpec(m.captured(1), m.captured(2)), FixEdit{FixEdit::Target::ImageProperty, m.captured(3), m.captured(4)}};
    m = image.match(text);
    if (m.hasMatch())
        return QList<FixEdit>{FixEdit{FixEdit::Target::ImageProperty, m.captured(1), m.captured(2)}};
    m = removeImage.match(text);
    if (m.hasMatch())
        return QList<FixEdit>{FixEdit{FixEdit::Target::ImageProperty, m.captured(1), std::nullopt}};
    return std::nullopt;
}

bool applyFix(flavors::Flavor &flavor, const QString &fix)
{
    const std::optional<QList<FixEdit>> edits = machineFix(fix);
    if (!edits)
        return false;
    for (const FixEdit &e : *edits) {
        flavors::PropertyList &list = e.target == FixEdit::Target::ExtraSpec ? flavor.extraSpecs : flavor.imageProperties;
        if (e.value)
            list.set(e.key, *e.value);
        else
            list.remove(e.key);
    }
    return true;
}

} // namespace rules
