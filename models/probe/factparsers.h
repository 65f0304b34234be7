#pragma once

#include "probe/dumpformat.h"
#include "hostfacts/hostfacts.h"
#include "probe/probeallowlist.h"

// Parsers from probe output records to hostfacts::HostFactsParts. Pure; whatever does not look
// like what the kernel, systemd, libvirt or Nova write is dropped rather than guessed at.
namespace probe::parsers {

void apply(Probe probe, const QList<DumpRecord> &records, hostfacts::HostFactsParts *facts);

// memoryparsers.cpp
QMap<QString, qint64> meminfo(const QList<DumpRecord> &records);
void hugepages(const QList<DumpRecord> &records, QList<hostfacts::HugePagePool> *pools, QStringList *mounts);
hostfacts::MemlockFacts memlock(const QList<DumpRecord> &records);
// "Max locked memory  65536  unlimited  bytes" -> soft, hard (hostfacts::kUnlimited for unlimited)
bool parseLimitsLine(const QString &line, qint64 *soft, qint64 *hard);

// deviceparsers.cpp
QMap<int, QStringList> iommuGroups(const QList<DumpRecord> &records);
QMap<QString, QString> sriovPhysfn(const QList<DumpRecord> &records); // VF -> PF
void mdev(const QList<DumpRecord> &records, QStringList *parents, QList<hostfacts::MdevType> *types);
QList<hostfacts::VdpaDevice> vdpa(const QList<DumpRecord> &records);
QList<hostfacts::NvidiaVgpuVf> nvidiaVgpu(const QList<DumpRecord> &records);

// systemparsers.cpp
hostfacts::KernelFacts kernel(const QList<DumpRecord> &records, const QString &cmdline);
QString cmdline(const QList<DumpRecord> &records);
QList<hostfacts::NovaSection> nova(const QList<DumpRecord> &records);
bool isSecretOption(const QString &key);
hostfacts::CpuIsolation cpu(const QList<DumpRecord> &records);
hostfacts::SoftwareVersions versions(const QList<DumpRecord> &records);

} // namespace probe::parsers
