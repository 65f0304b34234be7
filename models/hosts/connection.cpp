#include "hosts/connection.h"

#include <cstring>

namespace hosts {

namespace {

int credentialTrampoline(virConnectCredentialPtr cred, unsigned int ncred, void *opaque)
{
    const auto *prompt = static_cast<const CredentialPrompt *>(opaque);
    QList<CredentialRequest> requests;
    for (unsigned int i = 0; i < ncred; ++i) {
        requests.append(CredentialRequest{cred[i].type, QString::fromUtf8(cred[i].prompt), QString::fromUtf8(cred[i].challenge),
                                          QString::fromUtf8(cred[i].defresult),
                                          cred[i].type == VIR_CRED_PASSPHRASE || cred[i].type == VIR_CRED_NOECHOPROMPT, QString()});
    }
    if (!(*prompt)(requests))
        return -1;
    for (unsigned int i = 0; i < ncred; ++i) {
        const QByteArray value = requests.at(i).result.toUtf8();
        cred[i].result = strndup(value.constData(), size_t(value.size()));
        cred[i].resultlen = unsigned(value.size());
    }
    return 0;
}

} // namespace

ConnectionHandle openConnection(const ConnectOptions &options, QString *error)
{
    initializeLibvirt();
    const QByteArray uri = options.uri.toUtf8();
    const unsigned int flags = options.readOnly ? VIR_CONNECT_RO : 0;
    virConnectPtr conn = nullptr;
    if (options.credentials) {
        static int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_ECHOPROMPT, VIR_CRED_REALM,     VIR_CRED_PASSPHRASE,
                                  VIR_CRED_NOECHOPROMPT, VIR_CRED_USERNAME, VIR_CRED_CNONCE, VIR_CRED_LANGUAGE};
        virConnectAuth auth{credTypes, sizeof(credTypes) / sizeof(credTypes[0]), credentialTrampoline,
                            const_cast<CredentialPrompt *>(&options.credentials)};
        conn = virConnectOpenAuth(uri.constData(), &auth, flags);
    } else {
        conn = virConnectOpenAuth(uri.constData(), virConnectAuthPtrDefault, flags);
    }
    if (!conn && error)
        *error = QStringLiteral("cannot connect to %1: %2").arg(options.uri, lastLibvirtError());
    return ConnectionHandle(conn);
}

} // namespace hosts
