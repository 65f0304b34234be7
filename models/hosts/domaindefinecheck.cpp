#include "hosts/domaindefinecheck.h"

#include "hosts/libvirthandles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

#include <libvirt/virterror.h>

namespace hosts::definecheck {

namespace {
QString lastError()
{
    return lastLibvirtError(QCoreApplication::translate("DomainDefineCheck", "unknown libvirt error"));
}

// Undefines the scratch domain when it goes out of scope, whatever happened in between.
class ScratchGuard
{
public:
    explicit ScratchGuard(virDomainPtr dom)
        : m_dom(dom)
    {
    }
    ~ScratchGuard()
    {
        if (m_dom) {
            virDomainUndefineFlags(m_dom, VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_KEEP_TPM);
            virDomainFree(m_dom);
        }
    }
    ScratchGuard(const ScratchGuard &) = delete;
    ScratchGuard &operator=(const ScratchGuard &) = delete;

private:
    virDomainPtr m_dom;
};
}

QString withScratchName(const QString &domainXml, const QString &scratchName)
{
    static const QRegularExpression name(QStringLiteral("<name>[^<]*</name>"));
    static const QRegularExpression uuid(QStringLiteral("\\s*<uuid>[^<]*</uuid>"));
    QString xml = domainXml;
    xml.remove(uuid);
    const auto m = name.match(xml);
    const QString element = QStringLiteral("<name>") + scratchName + QStringLiteral("</name>");
    if (m.hasMatch()) {
        xml.replace(m.capturedStart(), m.capturedLength(), element);
    } else {
        static const QRegularExpression open(QStringLiteral("<domain\\b[^>]*>"));
        const auto o = open.match(xml);
        if (o.hasMatch())
            xml.insert(o.capturedEnd(), element);
    }
    return xml;
}

Result defineScratch(virConnectPtr conn, const QString &domainXml, bool readOnlyMode)
{
    Result r;
    if (readOnlyMode) {
        r.refused = true;
        r.message = QCoreApplication::translate("DomainDefineCheck", "the connection is read only (auditor mode): validating on a host defines a scratch domain");
        return r;
    }
    if (!conn || virConnectIsAlive(conn) != 1) {
        r.refused = true;
        r.message = QCoreApplication::translate("DomainDefineCheck", "no live connection to the host");
        return r;
    }
    r.scratchName = QString::fromLatin1(kScratchPrefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray xml = withScratchName(domainXml, r.scratchName).toUtf8();
    virDomainPtr dom = virDomainDefineXMLFlags(conn, xml.constData(), VIR_DOMAIN_DEFINE_VALIDATE);
    if (!dom) {
        const virError *e = virGetLastError();
        if (e && e->code == VIR_ERR_OPERATION_DENIED) {
            r.refused = true;
            r.message = QCoreApplication::translate("DomainDefineCheck", "the connection is read-only: %1").arg(lastError());
        } else {
            r.message = lastError();
        }
        return r;
    }
    ScratchGuard guard(dom);
    r.accepted = true;
    r.message = QCoreApplication::translate("DomainDefineCheck", "accepted by libvirt");
    return r;
}

Result check(virConnectPtr conn, const QString &domainXml, bool readOnlyMode)
{
    purgeScratchDomains(conn, readOnlyMode);
    return defineScratch(conn, domainXml, readOnlyMode);
}

int purgeScratchDomains(virConnectPtr conn, bool readOnlyMode)
{
    if (readOnlyMode || !conn)
        return 0;
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(conn, &domains, VIR_CONNECT_LIST_DOMAINS_PERSISTENT | VIR_CONNECT_LIST_DOMAINS_INACTIVE);
    int removed = 0;
    for (int i = 0; i < n; ++i) {
        const char *name = virDomainGetName(domains[i]);
        if (name && QByteArray(name).startsWith(kScratchPrefix) && virDomainUndefine(domains[i]) == 0)
            ++removed;
        virDomainFree(domains[i]);
    }
    free(domains);
    return removed;
}

} // namespace hosts::definecheck
