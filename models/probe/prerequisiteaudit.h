#pragma once

#include "hostfacts/hostfacts.h"
#include "probe/hostneeds.h"
#include "rules/finding.h"

#include <QJsonObject>
#include <QList>

namespace probe {

// "infinity", "64M", "8388608", "soft:hard" (systemd) -> bytes of the hard limit, hostfacts::kUnlimited.
std::optional<qint64> parseSystemdLimit(const QString &value);

// The host prerequisite audit: facts read by HostProbe against what the host's devices and
// flavors need, and the versions against versions/minimums.h. Pure; findings come in a stable
// order (by rule, then by subject). Each has a code ("HOST_IOMMU_OFF": stable, scripts match on
// it), a severity, the stage where Nova would fail (C: the host is not a candidate, D: spawn or
// nova-compute itself), a message and a fix.
class PrerequisiteAudit
{
public:
    PrerequisiteAudit(const hostfacts::HostFacts &facts, const HostNeeds &needs);
    QList<rules::Finding> run() const;

private:
    void checkProbes(QList<rules::Finding> *out) const;
    void checkIommu(QList<rules::Finding> *out) const;
    void checkHugepages(QList<rules::Finding> *out) const;
    void checkMemlock(QList<rules::Finding> *out) const;
    void checkNova(QList<rules::Finding> *out) const;
    void checkDeviceSpec(QList<rules::Finding> *out) const;
    void checkNvidia(QList<rules::Finding> *out) const;
    void checkVersions(QList<rules::Finding> *out) const;
    void checkRealtime(QList<rules::Finding> *out) const;
    // The memlock limit QEMU gets, and where it was read; nullopt when nothing says.
    std::optional<QPair<qint64, QString>> qemuMemlock() const;

    const hostfacts::HostFacts &m_facts;
    const HostNeeds &m_needs;
};

// An audit finding as `vdeckctl audit --json` writes it: {code, severity, message, fix} (the
// audit has no API stage, exception or keys to tell).
QJsonObject auditFindingJson(const rules::Finding &finding);

} // namespace probe
