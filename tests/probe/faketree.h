#pragma once

#include <QByteArray>
#include <QString>

// A fake sysfs/procfs/etc tree for HostProbe's root prefix: a NUMA host with hugepages, an
// SR-IOV PF and VF in an IOMMU group, a vDPA device, an mdev parent, an NVIDIA vGPU VF,
// nova.conf with secrets that must never leave the "host", and fake daemon binaries.
namespace faketree {

bool write(const QString &root, const QString &relative, const QByteArray &contents, bool executable = false);
bool link(const QString &root, const QString &relative, const QString &targetRelative);
bool build(const QString &root);

// Secrets planted in the tree; none may appear in any probe output.
QByteArrayList plantedSecrets();

} // namespace faketree
