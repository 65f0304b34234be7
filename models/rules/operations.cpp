#include "rules/operations.h"
#include "core/findingtext.h"

#include <QRegularExpression>

namespace rules {
namespace {

QString k(const char *s)
{
    return QLatin1String(s);
}

struct Traits
{
    bool vdpa = false;
    bool direct = false;
    bool macvtap = false;
    bool vgpu = false;
    bool alias = false;
};

Traits traitsOf(const flavors::Flavor &f)
{
    Traits t;
    for (const flavors::RequestedPort &p : f.ports) {
        const std::optional<flavors::VnicType> type = p.type();
        t.vdpa |= type == flavors::VnicType::Vdpa;
        t.direct |= type == flavors::VnicType::Direct || type == flavors::VnicType::DirectPhysical;
        t.macvtap |= type == flavors::VnicType::Macvtap;
    }
    static const QRegularExpression vgpu(QStringLiteral("^resources([a-zA-Z0-9_-]{1,64})?:VGPU$"));
    for (const flavors::Property &p : f.extraSpecs.items())
        t.vgpu |= vgpu.match(p.key).hasMatch();
    t.alias = f.extraSpecs.contains(k("pci_passthrough:alias"));
    return t;
}

void tighten(OperationVerdict &v, Verdict verdict, int http, const QString &reason, const QString &workaround)
{
    if (v.verdict == Verdict::Blocked && verdict != Verdict::Blocked)
        return;
    if (v.verdict == Verdict::Caveat && verdict == Verdict::Caveat) {
        v.reason += QStringLiteral(" ") + reason;
        if (!workaround.isEmpty())
            v.workaround += (v.workaround.isEmpty() ? QString() : QStringLiteral("; ")) + workaround;
        return;
    }
    v.verdict = verdict;
    v.httpStatus = http;
    v.reason = reason;
    v.workaround = workaround;
}

void vdpaRules(OperationVerdict &v, NovaRelease r, int minService)
{
    const int http = r.atLeast(24) ? 400 : 409;
    const Operation op = v.operation;
    const bool move = op == Operation::ColdMigrate || op == Operation::Resize || op == Operation::Evacuate
                      || op == Operation::Shelve || op == Operation::Unshelve;
    const bool iface = op == Operation::InterfaceAttach || op == Operation::InterfaceDetach;
    const bool v63 = op == Operation::Suspend || op == Operation::Resume || op == Operation::LiveMigrate;
    // nova/compute/api.py: @reject_vdpa_instances on resize (cold migrate), shelve, unshelve and
    // evacuate in every 23.x, 24.0.0 .. 24.1.x and 25.0.x tag; gone in 24.2.0 and 25.1.0 (the
    // backport of Zed's "enable blocked VDPA move operations") and in 26.0.0. Suspend, resume,
    // live migration and interface attach/detach stay blocked up to 25 (26 gates them on the
    // compute service version below).
    if (move && !r.atLeast(26)) {
        if (r.major() == 24 || r.major() == 25) {
            const QString fixed = r.major() == 24 ? QStringLiteral("24.2.0") : QStringLiteral("25.1.0");
            tighten(v, Verdict::Blocked, http,
                    FindingText::tr("Nova %1 blocks this for instances with vDPA ports before %2 (NotSupported); %2 allows "
                                    "moves and shelve (the backport of Zed's change): check the exact version.")
                        .arg(r.displayName(), fixed),
                    FindingText::tr("upgrade to %1 or later").arg(fixed));
        } else {
            tighten(v, Verdict::Blocked, http,
                    FindingText::tr("Nova %1 blocks this for instances with vDPA ports (NotSupported); moves and shelve are "
                                    "allowed from 24.2.0 (Xena), 25.1.0 (Yoga) and 26.0.0 (Zed), never in Wallaby.")
                        .arg(r.displayName()),
                    FindingText::tr("upgrade to 24.2.0 (Xena) or later"));
        }
        return;
    }
    if ((iface || v63) && !r.atLeast(26)) {
        tighten(v, Verdict::Blocked, http,
                FindingText::tr("Nova %1 blocks this for instances with vDPA ports (NotSupported); Zed (26) is the first "
                                "release that allows it.").arg(r.displayName()),
                FindingText::tr("upgrade to Nova 26 (Zed) or later with every nova-compute upgraded"));
        return;
    }
    const int need = iface ? 62 : (v63 ? 63 : 0);
    if (need && minService < need) {
        tighten(v, Verdict::Caveat, 0,
                FindingText::tr("Allowed only once every nova-compute reports service version >= %1; until then the API answers %2.")
                    .arg(need).arg(http),
                FindingText::tr("finish upgrading every compute host"));
    }
    if (op == Operation::LiveMigrate)
        tighten(v, Verdict::Caveat, 0, FindingText::tr("vDPA live migration is a hot-unplug/hot-plug migration: the guest loses connectivity on that port."),
                FindingText::tr("bond the device with a virtio NIC in the guest"));
}

void vgpuRules(OperationVerdict &v, NovaRelease r)
{
    if (v.operation == Operation::LiveMigrate) {
        if (!r.atLeast(29))
            tighten(v, Verdict::Blocked, 400, FindingText::tr("vGPU live migration is not supported before Nova 29 (2024.1): MigrationPreCheckError."),
                    FindingText::tr("cold migrate instead"));
        else
            tighten(v, Verdict::Caveat, 0,
                    FindingText::tr("vGPU live migration needs libvirt >= 8.6.0, QEMU >= 8.1.0 and kernel >= 5.18 on both hosts, the source mdev "
                      "type on the destination, live_migration_permit_post_copy=False, and tuned downtime settings."),
                    FindingText::tr("set [libvirt]live_migration_downtime=500000, steps 3, delay 3"));
    }
    if (v.operation == Operation::VolumeDetach && !r.atLeast(31))
        tighten(v, Verdict::Caveat, 0, FindingText::tr("Detaching a volume from an instance with vGPUs fails before Nova 31 (bug 2074219)."),
                FindingText::tr("upgrade to Nova 31"));
}

void pciRules(OperationVerdict &v, const Traits &t, NovaRelease r)
{
    if (v.operation != Operation::LiveMigrate)
        return;
    if (t.direct)
        tighten(v, Verdict::Caveat, 0, FindingText::tr("SR-IOV direct ports are hot-unplugged and re-plugged: connectivity is lost during the migration."),
                FindingText::tr("bond the VF with a virtio NIC in the guest"));
    if (t.alias)
        tighten(v, Verdict::Caveat, 0,
                r.atLeast(31) ? FindingText::tr("Flavor PCI aliases block live migration (MigrationPreCheckError) unless every device is tagged live_migratable; "
                                  "bug 2102161 ignores the tag when the device_spec has physical_network.")
                              : FindingText::tr("Flavor PCI aliases block live migration (MigrationPreCheckError) before Nova 31."),
                r.atLeast(31) ? FindingText::tr("tag the alias and device_spec live_migratable: yes") : FindingText::tr("cold migrate instead"));
}

} // namespace

QList<Operation> allOperations()
{
    return {Operation::LiveMigrate, Operation::ColdMigrate, Operation::Resize, Operation::Evacuate, Operation::Shelve,
            Operation::Unshelve, Operation::Suspend, Operation::Resume, Operation::Rescue, Operation::Rebuild,
            Operation::InterfaceAttach, Operation::InterfaceDetach, Operation::Snapshot, Operation::VolumeDetach};
}

QString operationName(Operation op)
{
    static const char *names[] = {"live-migrate", "cold-migrate", "resize", "evacuate", "shelve", "unshelve", "suspend",
                                  "resume", "rescue", "rebuild", "interface-attach", "interface-detach", "snapshot", "volume-detach"};
    return QLatin1String(names[int(op)]);
}

QString verdictName(Verdict v)
{
    return v == Verdict::Allowed ? k("allowed") : v == Verdict::Blocked ? k("blocked") : k("caveat");
}

QJsonObject OperationVerdict::toJson() const
{
    QJsonObject o;
    o.insert(k("operation"), operationName(operation));
    o.insert(k("verdict"), verdictName(verdict));
    o.insert(k("httpStatus"), httpStatus ? QJsonValue(httpStatus) : QJsonValue());
    o.insert(k("reason"), reason);
    o.insert(k("workaround"), workaround.isEmpty() ? QJsonValue() : QJsonValue(workaround));
    return o;
}

QList<OperationVerdict> operationsMatrix(const flavors::Flavor &flavor, NovaRelease release, int minComputeService)
{
    const Traits t = traitsOf(flavor);
    QList<OperationVerdict> out;
    for (Operation op : allOperations()) {
        OperationVerdict v;
        v.operation = op;
        if (t.vdpa)
            vdpaRules(v, release, minComputeService);
        if (t.vgpu)
            vgpuRules(v, release);
        pciRules(v, t, release);
        out.append(v);
    }
    return out;
}

} // namespace rules
