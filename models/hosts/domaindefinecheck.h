#pragma once

#include <QString>

#include <libvirt/libvirt.h>

// "Validate on host": asks a real libvirt daemon whether it accepts a domain document, by
// defining it with VIR_DOMAIN_DEFINE_VALIDATE under a unique scratch name and undefining it at
// once. Operator mode only: refused on read-only connections and in auditor mode. A scratch
// domain is never left behind: it is undefined on every path, and leftovers of an interrupted
// run (name prefix "vdeck-validate-") are purged by purgeScratchDomains(). The one define check
// of vDeck: HostSession (hosts/sessionworker.cpp) and vdeckctl xml / check-xml use check().
namespace hosts::definecheck {

inline constexpr const char *kScratchPrefix = "vdeck-validate-";

struct Result
{
    bool accepted = false;
    bool refused = false;   // not attempted: read-only connection or auditor mode
    QString message;        // libvirt's verdict, or why it was refused
    QString scratchName;    // the name the document was defined under
};

// The document with its <name> replaced by a fresh scratch name and its <uuid> removed.
QString withScratchName(const QString &domainXml, const QString &scratchName);

// Purges the leftovers of an interrupted run, then defineScratch(). conn must be a read-write
// connection owned by the caller; readOnlyMode = auditor mode.
Result check(virConnectPtr conn, const QString &domainXml, bool readOnlyMode);

// The document defined under a fresh scratch name and undefined at once (no purge).
Result defineScratch(virConnectPtr conn, const QString &domainXml, bool readOnlyMode);

// Undefines every inactive persistent domain whose name starts with kScratchPrefix; returns how
// many were removed. Refused (returns 0) in read-only mode.
int purgeScratchDomains(virConnectPtr conn, bool readOnlyMode);

} // namespace hosts::definecheck
