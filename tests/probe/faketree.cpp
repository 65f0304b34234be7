#include "faketree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace faketree {

bool write(const QString &root, const QString &relative, const QByteArray &contents, bool executable)
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size())
        return false;
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    return true;
}

bool link(const QString &root, const QString &relative, const QString &targetRelative)
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QDir().mkpath(root + QLatin1Char('/') + targetRelative);
    return QFile::link(root + QLatin1Char('/') + targetRelative, path);
}

QByteArrayList plantedSecrets()
{
    return {"rabbitsekrit", "rbd-secret-1234", "keystone-topsecret", "vnc-hunter2"};
}

bool build(const QString &r)
{
    const QString node = QStringLiteral("sys/devices/system/node/");
    const QString pci = QStringLiteral("sys/devices/pci0000:00/");
    bool ok = write(r, QStringLiteral("proc/meminfo"),
                    "MemTotal:       65536000 kB\nMemFree:        32000000 kB\nHugePages_Total:    1024\n"
                    "HugePages_Free:      768\nHugepagesize:       2048 kB\n");
    for (const char *f : {"nr_hugepages 512", "free_hugepages 256", "surplus_hugepages 0"}) {
        const QStringList kv = QString::fromLatin1(f).split(QLatin1Char(' '));
        ok = ok && write(r, node + QStringLiteral("node0/hugepages/hugepages-2048kB/") + kv.at(0), kv.at(1).toLatin1() + '\n');
        ok = ok && write(r, node + QStringLiteral("node1/hugepages/hugepages-2048kB/") + kv.at(0), kv.at(1).toLatin1() + '\n');
    }
    ok = ok && write(r, node + QStringLiteral("node1/hugepages/hugepages-1048576kB/nr_hugepages"), "4\n")
         && write(r, node + QStringLiteral("node1/hugepages/hugepages-1048576kB/free_hugepages"), "3\n")
         && write(r, node + QStringLiteral("node1/hugepages/hugepages-1048576kB/surplus_hugepages"), "0\n")
         && write(r, QStringLiteral("proc/mounts"),
                  "proc /proc proc rw 0 0\nhugetlbfs /dev/hugepages hugetlbfs rw,relatime,pagesize=2M 0 0\n")
         && write(r, QStringLiteral("proc/cmdline"), "BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt\n")
         && write(r, QStringLiteral("proc/sys/kernel/osrelease"), "6.12.38+deb13-amd64\n")
         && write(r, QStringLiteral("proc/sys/kernel/version"), "#1 SMP PREEMPT_DYNAMIC Debian 6.12.38-1\n")
         && write(r, QStringLiteral("proc/self/limits"),
                  "Limit                     Soft Limit           Hard Limit           Units     \n"
                  "Max locked memory         8388608              8388608              bytes     \n")
         && write(r, QStringLiteral("proc/4242/comm"), "qemu-system-x86_64\n")
         && write(r, QStringLiteral("proc/4242/limits"), "Max locked memory         17179869184          17179869184          bytes\n")
         && write(r, QStringLiteral("proc/100/comm"), "virtqemud\n")
         && write(r, QStringLiteral("proc/100/limits"), "Max locked memory         unlimited            unlimited            bytes\n")
         && write(r, QStringLiteral("proc/7/comm"), "bash\n")
         && write(r, QStringLiteral("proc/7/limits"), "Max locked memory         1                    1                    bytes\n")
         && write(r, QStringLiteral("etc/systemd/system/virtqemud.service.d/memlock.conf"), "[Service]\nLimitMEMLOCK=infinity\n")
         && write(r, QStringLiteral("etc/libvirt/qemu.conf"),
                  "# comment\nuser = \"libvirt-qemu\"\ngroup = \"kvm\"\nvnc_password = \"vnc-hunter2\"\nmax_processes = 4096\n")
         && write(r, QStringLiteral("etc/security/limits.conf"), "# domain type item value\n@kvm hard memlock unlimited\n* soft nofile 1024\n");
    // SR-IOV: PF 0000:01:00.0 and VF 0000:01:00.2 (parent of vdpa0) in IOMMU group 3.
    ok = ok && link(r, QStringLiteral("sys/kernel/iommu_groups/3/devices/0000:01:00.0"), pci + QStringLiteral("0000:01:00.0"))
         && link(r, QStringLiteral("sys/kernel/iommu_groups/3/devices/0000:01:00.2"), pci + QStringLiteral("0000:01:00.2"))
         && link(r, pci + QStringLiteral("0000:01:00.2/physfn"), pci + QStringLiteral("0000:01:00.0"))
         && link(r, QStringLiteral("sys/kernel/iommu_groups/7/devices/0000:02:00.0"), pci + QStringLiteral("0000:02:00.0"))
         && link(r, QStringLiteral("sys/bus/vdpa/devices/vdpa0"), pci + QStringLiteral("0000:01:00.2/vdpa0"))
         && link(r, pci + QStringLiteral("0000:01:00.2/vdpa0/driver"), QStringLiteral("sys/bus/vdpa/drivers/vhost_vdpa"));
    // mdev parent with one type, plus a type directory whose name is a shell injection attempt.
    const QString types = pci + QStringLiteral("0000:03:00.0/mdev_supported_types/");
    ok = ok && link(r, QStringLiteral("sys/class/mdev_bus/0000:03:00.0"), pci + QStringLiteral("0000:03:00.0"))
         && write(r, types + QStringLiteral("nvidia-35/name"), "GRID T4-2Q\n")
         && write(r, types + QStringLiteral("nvidia-35/description"), "num_heads=4, frl_config=60,\nframebuffer=2048M\n")
         && write(r, types + QStringLiteral("nvidia-35/available_instances"), "8\n")
         && write(r, types + QStringLiteral("nvidia-35/device_api"), "vfio-pci\n")
         && write(r, types + QStringLiteral("x$(touch PWNED);`touch PWNED2`/name"), "evil\n");
    // NVIDIA vendor-specific VFIO vGPU VF 0000:41:00.4 of PF 0000:41:00.0.
    const QString gpu = QStringLiteral("sys/devices/pci0000:40/");
    ok = ok && link(r, QStringLiteral("sys/bus/pci/devices/0000:41:00.4"), gpu + QStringLiteral("0000:41:00.4"))
         && write(r, gpu + QStringLiteral("0000:41:00.4/nvidia/current_vgpu_type"), "0\n")
         && write(r, gpu + QStringLiteral("0000:41:00.4/nvidia/creatable_vgpu_types"),
                  "ID    : vGPU Name\n557   : NVIDIA L4-1B\n558   : NVIDIA L4-2B\n")
         && link(r, gpu + QStringLiteral("0000:41:00.4/physfn"), gpu + QStringLiteral("0000:41:00.0"));
    ok = ok && write(r, QStringLiteral("etc/nova/nova.conf"),
                     "[DEFAULT]\ntransport_url = rabbit://nova:rabbitsekrit@ctl\n"
                     "[compute]\ncpu_dedicated_set = 4-15\n"
                     "[pci]\ndevice_spec = {\"address\": \"0000:01:00.2\", \"physical_network\": \"physnet1\"}\n"
                     "device_spec = {\"address\": \"0000:01:00.0\"}\nalias = {\"name\": \"a1\",\n  \"vendor_id\": \"10de\"}\n"
                     "[libvirt]\nvirt_type = kvm\nrbd_secret_uuid = rbd-secret-1234\n"
                     "[keystone_authtoken]\npassword = keystone-topsecret\n"
                     "[devices]\nenabled_mdev_types = nvidia-35\n"
                     "[mdev_nvidia-35]\ndevice_addresses = 0000:03:00.0\n")
         && write(r, QStringLiteral("sys/devices/system/cpu/isolated"), "4-15\n")
         && write(r, QStringLiteral("sys/devices/system/cpu/nohz_full"), "(null)\n")
         && write(r, QStringLiteral("sys/devices/system/cpu/online"), "0-15\n")
         && write(r, QStringLiteral("sys/devices/system/cpu/smt/control"), "on\n")
         && write(r, QStringLiteral("sys/devices/system/cpu/smt/active"), "1\n")
         && write(r, QStringLiteral("usr/sbin/virtqemud"), "#!/bin/sh\necho 'virtqemud (libvirt) 11.3.0'\n", true)
         && write(r, QStringLiteral("usr/bin/qemu-system-x86_64"),
                  "#!/bin/sh\necho 'QEMU emulator version 10.0.2 (Debian 1:10.0.2+ds-1)'\necho 'Copyright'\n", true);
    return ok;
}

} // namespace faketree
