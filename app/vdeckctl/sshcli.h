#pragma once

#include "probe/hostprobe.h"
#include "probe/sshprompt.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <optional>

// What `vdeckctl probe` and `vdeckctl audit` share: the --ssh options and the terminal prompt.
namespace sshcli {

void addOptions(QCommandLineParser &parser, bool sshRequired);
// Whether an option that only means something with --ssh was given.
bool anyProbeOptionSet(const QCommandLineParser &parser);

struct Request
{
    probe::SshTarget target;
    probe::HostProbeOptions options;
    bool acceptNewHostKey = false;
};
// nullopt and a message when the options do not make a valid request.
std::optional<Request> request(const QCommandLineParser &parser, QString *error);

// Asks on the controlling terminal (/dev/tty); canAsk() is false without one, so unknown keys
// are refused in scripts and CI. Echo is off for secrets; nothing typed is kept.
class TerminalPrompt final : public probe::SshPrompt
{
public:
    TerminalPrompt();
    ~TerminalPrompt() override;
    bool canAsk() const override;
    probe::HostKeyAnswer askHostKey(const probe::HostKeyQuestion &question) override;
    std::optional<probe::Secret> askSecret(const QString &prompt, bool echo) override;

private:
    int m_fd = -1;
};

// Runs the probe with the terminal prompt (or --accept-new-host-key); prints the refusal to
// stderr. nullopt when the host could not be probed.
std::optional<hostfacts::HostFacts> probeHost(const Request &request, QString *error);

} // namespace sshcli
