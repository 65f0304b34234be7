#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

// The argument handling every vdeckctl sub-command shares: `--help` prints the usage line,
// the description and the options and exits 0; a usage error prints "vdeckctl NAME: message"
// and the usage line on stderr and exits 2.
class CommandLine
{
public:
    CommandLine(const QString &name, const QString &usage, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Parses arguments (arguments[0] names the command). Returns the exit status to return at
    // once (0 after --help, 2 after a usage error), or nullopt to go on.
    std::optional<int> parse(const QStringList &arguments);

    int usageError(const QString &message) const;       // prints, returns 2
    int fail(const QString &message, int status) const;  // "vdeckctl NAME: message", returns status
    QString helpText() const;

private:
    QString m_name;
    QString m_usage;
    QString m_description;
    QCommandLineParser m_parser;
};
