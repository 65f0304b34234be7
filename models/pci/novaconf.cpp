#include "pci/novaconf.h"

#include <QFile>

namespace pci {

namespace {
QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
        && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value;
}
}

std::optional<NovaConf> NovaConf::parse(const QString &text, const QString &fileName, QString *error)
{
    NovaConf conf;
    QString section;
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype open = -1; // index of the value continuation lines extend
    auto fail = [&](int line, const QString &message) {
        *error = QStringLiteral("%1: line %2: %3").arg(fileName).arg(line).arg(message);
        return std::nullopt;
    };
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int number = i + 1;
        const QString stripped = line.trimmed();
        if (stripped.isEmpty()) {
            open = -1;
            continue;
        }
        if (stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';')))
            continue;
        if (line.front().isSpace()) {
            if (open < 0)
                return fail(number, QStringLiteral("unexpected continuation line"));
            ConfValue &v = conf.m_values[open];
            v.value = unquoted(v.value + QLatin1Char('\n') + stripped);
            continue;
        }
        if (stripped.startsWith(QLatin1Char('['))) {
            if (!stripped.endsWith(QLatin1Char(']')) || stripped.size() < 3)
                return fail(number, QStringLiteral("invalid section header '%1'").arg(stripped));
            section = stripped.mid(1, stripped.size() - 2).trimmed();
            open = -1;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const qsizetype sep = eq < 0 ? colon : colon < 0 ? eq : qMin(eq, colon);
        if (sep < 0)
            return fail(number, QStringLiteral("no ':' or '=' in '%1'").arg(stripped));
        if (section.isEmpty())
            return fail(number, QStringLiteral("'%1' before any [section]").arg(stripped));
        const QString key = line.left(sep).trimmed();
        if (key.isEmpty())
            return fail(number, QStringLiteral("a value without an option name"));
        conf.m_values.append(ConfValue{section, key, unquoted(line.mid(sep + 1)), QStringLiteral("%1:%2").arg(fileName).arg(number)});
        open = conf.m_values.size() - 1;
    }
    return conf;
}

std::optional<NovaConf> NovaConf::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(f.readAll()), path, error);
}

NovaConf NovaConf::fromFacts(const hostfacts::HostFacts &facts)
{
    NovaConf conf;
    for (const hostfacts::NovaSection &s : facts.nova()) {
        QHash<QString, int> seen;
        for (const auto &[key, value] : s.entries) {
            const int n = ++seen[key];
            conf.m_values.append(ConfValue{s.name, key, value, QStringLiteral("nova.conf [%1] %2 #%3").arg(s.name, key).arg(n)});
        }
    }
    return conf;
}

QList<ConfValue> NovaConf::values(const QString &section, const QString &key) const
{
    QList<ConfValue> out;
    for (const ConfValue &v : m_values) {
        if (v.section == section && v.key == key)
            out.append(v);
    }
    return out;
}

std::optional<ConfValue> NovaConf::value(const QString &section, const QString &key) const
{
    const QList<ConfValue> all = values(section, key);
    return all.isEmpty() ? std::nullopt : std::optional<ConfValue>(all.last());
}

QStringList NovaConf::sections() const
{
    QStringList out;
    for (const ConfValue &v : m_values) {
        if (!out.contains(v.section))
            out.append(v.section);
    }
    return out;
}

} // namespace pci
