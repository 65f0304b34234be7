#include "commandline.h"

#include "hosts/connecturi.h"

#include <QTextStream>

CommandLine::CommandLine(const QString &name, const QString &usage, const QString &description)
    : m_name(name)
    , m_usage(usage)
    , m_description(description)
{
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")));
}

QString CommandLine::helpText() const
{
    const QString qtHelp = m_parser.helpText();
    const qsizetype options = qtHelp.indexOf(QLatin1String("Options:"));
    return QStringLiteral("Usage: ") + m_usage + QStringLiteral("\n\n") + m_description + QStringLiteral("\n\n")
        + (options >= 0 ? qtHelp.mid(options) : QString());
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    // A scheme libvirt cannot have is the user's typo, not a host's failure (issue 20).
    if (m_parser.optionNames().contains(QStringLiteral("connect"))) {
        if (const QString problem = hosts::uriSchemeProblem(m_parser.value(QStringLiteral("connect"))); !problem.isEmpty())
            return usageError(problem);
    }
    return std::nullopt;
}

int CommandLine::usageError(const QString &message) const
{
    QTextStream(stderr) << "vdeckctl " << m_name << ": " << message << "\nUsage: " << m_usage << '\n';
    return 2;
}

int CommandLine::fail(const QString &message, int status) const
{
    QTextStream(stderr) << "vdeckctl " << m_name << ": " << message << '\n';
    return status;
}
