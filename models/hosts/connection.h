#pragma once

#include "hosts/libvirthandles.h"

#include <QList>
#include <QString>

#include <functional>

namespace hosts {

// One question libvirt's auth callback asks (user name, password, passphrase, ...).
struct CredentialRequest
{
    int type = 0;        // VIR_CRED_*
    QString prompt;
    QString challenge;
    QString defaultResult;
    bool secret = false; // do not echo
    QString result;      // filled by the prompt
};

// Answers libvirt's questions: a dialog in the GUI, a tty prompt in the CLI, a script in tests.
// Returns false to cancel. Credentials are passed through, never stored.
using CredentialPrompt = std::function<bool(QList<CredentialRequest> &requests)>;

struct ConnectOptions
{
    QString uri;
    bool readOnly = false;      // VIR_CONNECT_RO: auditor mode
    CredentialPrompt credentials; // empty: libvirt's default tty prompt
};

// Opens a libvirt connection (blocking: call off the GUI thread). Null and error on failure.
ConnectionHandle openConnection(const ConnectOptions &options, QString *error);

} // namespace hosts
