#include "domainxml/cpuplanner.h"

#include "domainxml/cputopology.h"

#include <algorithm>

namespace domainxml {
namespace {

quint64 smallestPage(const HostNumaTopology &host)
{
    return host.cells.isEmpty() ? 4 : host.cells.constFirst().smallestPageKiB();
}

const HostNumaCell *hostCell(const HostNumaTopology &host, int id)
{
    for (const HostNumaCell &c : host.cells)
        if (c.id == id)
            return &c;
    return nullptr;
}

void addAll(CpuList &to, const CpuList &from)
{
    for (int c : from)
        if (!to.contains(c))
            to.append(c);
    std::sort(to.begin(), to.end());
}

void planNumaTune(CpuPlan &cpu, const rules::InstanceShape &shape, const HostNumaTopology &host,
                  const QList<FittedCell> &cells, const ComputeProfile &profile)
{
    cpu.cputune = true;
    const CpuList rt = shape.realtimeCpus ? toCpuList(*shape.realtimeCpus) : CpuList{};
    cpu.realtimeVcpus = rt;
    const QString policy = shape.emulatorThreadsPolicy.value_or(QString());
    const CpuList shared = intersect(host.sharedSet, host.onlineCpus);
    for (int i = 0; i < cells.size(); ++i) {
        const FittedCell &fc = cells.at(i);
        const HostNumaCell *hc = hostCell(host, fc.hostCell);
        cpu.memnodes.append({i, fc.hostCell});
        addAll(cpu.memoryNodeset, {fc.hostCell});
        for (int vcpu : fc.request.allCpus()) {
            const CpuList pin = fc.pinning.contains(vcpu) ? CpuList{fc.pinning.value(vcpu)} : (hc ? hc->cpuset : CpuList{});
            cpu.vcpupins.append({vcpu, pin});
            if (policy == QLatin1String("isolate"))
                addAll(cpu.emulatorpin, fc.reserved);
            else if (policy == QLatin1String("share") && !profile.cpuSharedSet.isEmpty())
                addAll(cpu.emulatorpin, shared);
            else if (!rt.contains(vcpu))
                addAll(cpu.emulatorpin, pin);
        }
    }
    std::sort(cpu.vcpupins.begin(), cpu.vcpupins.end(), [](const VcpuPin &a, const VcpuPin &b) { return a.vcpu < b.vcpu; });
    cpu.realtimePriority = profile.realtimeSchedulerPriority;
}

} // namespace

CpuPlan planCpu(const flavors::Flavor &flavor, const rules::InstanceShape &shape, const HostNumaTopology &host,
                const std::optional<QList<FittedCell>> &fitted, const ComputeProfile &profile, const QString &arch)
{
    CpuPlan cpu;
    const bool kvmLike = profile.virtType == QLatin1String("kvm") || profile.virtType == QLatin1String("qemu");
    std::optional<QString> mode = profile.cpuMode;
    if (kvmLike && !mode)
        mode = arch == QLatin1String("aarch64") ? QStringLiteral("host-passthrough") : QStringLiteral("host-model");
    cpu.present = kvmLike || (mode && *mode != QLatin1String("none"));
    if (mode && *mode == QLatin1String("none"))
        mode.reset();
    cpu.mode = mode;
    if (mode && !profile.cpuModels.isEmpty())
        cpu.model = profile.cpuModels.constFirst();
    const CpuTopology t = bestCpuTopology(flavor);
    cpu.sockets = t.sockets;
    cpu.cores = t.cores;
    cpu.threads = t.threads;
    if (!fitted)
        return cpu;
    const quint64 smallest = smallestPage(host);
    for (int i = 0; i < fitted->size(); ++i) {
        const FittedCell &fc = fitted->at(i);
        const bool huge = fc.pageSizeKiB > smallest;
        cpu.cells.append({i, fc.request.allCpus(), quint64(fc.request.memoryMb) * 1024, huge});
    }
    planNumaTune(cpu, shape, host, *fitted, profile);
    return cpu;
}

MemoryBackingPlan planMemoryBacking(const rules::InstanceShape &shape, const HostNumaTopology &host,
                                    const std::optional<QList<FittedCell>> &fitted, const ComputeProfile &profile)
{
    MemoryBackingPlan m;
    if (fitted) {
        const quint64 smallest = smallestPage(host);
        for (int i = 0; i < fitted->size(); ++i) {
            if (fitted->at(i).pageSizeKiB > smallest)
                m.pages.append({fitted->at(i).pageSizeKiB, i});
        }
    }
    const bool realtime = shape.realtimeCpus && !shape.realtimeCpus->isEmpty();
    m.locked = realtime || shape.lockedMemory.value_or(false);
    m.noSharePages = realtime;
    m.fileBacked = profile.fileBackedMemory > 0;
    return m;
}

} // namespace domainxml
