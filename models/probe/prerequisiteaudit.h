#pragma once

#include "probe/auditfinding.h"
#include "hostfacts/hostfacts.h"
#include "probe/hostneeds.h"

#include <QList>

namespace probe {

// Minimums from Nova's libvirt driver and docs (DOMAIN.md section 4).
struct AuditMinimums
{
    QString novaLibvirt = QStringLiteral("8.0.0");
    QString novaQemu = QStringLiteral("6.2.0");
    QString vdpaKernel = QStringLiteral("5.7");
    QString vdpaLibvirt = QStringLiteral("6.9.0");
    QString vdpaQemu = QStringLiteral("5.1.0");
    QString viommuVirtioLibvirt = QStringLiteral("8.3.0");
    QString viommuSmmuv3Libvirt = QStringLiteral("5.5.0");
};

// Compares "6.12.38+deb13-amd64" style versions by their leading numbers; -1, 0, 1.
int compareVersions(const QString &a, const QString &b);
// "infinity", "64M", "8388608", "soft:hard" (systemd) -> bytes of the hard limit, hostfacts::kUnlimited.
std::optional<qint64> parseSystemdLimit(const QString &value);

// The host prerequisite audit: facts read by HostProbe against what the host's devices and
// flavors need. Pure; findings come in a stable order (by rule, then by subject).
class PrerequisiteAudit
{
public:
    PrerequisiteAudit(const hostfacts::HostFacts &facts, const HostNeeds &needs, AuditMinimums minimums = {});
    QList<AuditFinding> run() const;

private:
    void checkProbes(QList<AuditFinding> *out) const;
    void checkIommu(QList<AuditFinding> *out) const;
    void checkHugepages(QList<AuditFinding> *out) const;
    void checkMemlock(QList<AuditFinding> *out) const;
    void checkNova(QList<AuditFinding> *out) const;
    void checkDeviceSpec(QList<AuditFinding> *out) const;
    void checkNvidia(QList<AuditFinding> *out) const;
    void checkVersions(QList<AuditFinding> *out) const;
    void checkRealtime(QList<AuditFinding> *out) const;
    // The memlock limit QEMU gets, and where it was read; nullopt when nothing says.
    std::optional<QPair<qint64, QString>> qemuMemlock() const;

    const hostfacts::HostFacts &m_facts;
    const HostNeeds &m_needs;
    AuditMinimums m_min;
};

} // namespace probe
