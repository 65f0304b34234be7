// drift::compare: the demo host against itself after a simulated reboot (a changed snapshot):
// VFs, vDPA devices and an mdev gone, hugepages and the IOMMU lost, facts changed.
#include "demohost.h"
#include "testmain.h"

#include "drift/hostdrift.h"

#include <QTest>

namespace {
QStringList codes(const QList<rules::Finding> &findings)
{
    QStringList out;
    for (const rules::Finding &f : findings)
        out << f.code;
    return out;
}

inventory::HostSnapshot withCapabilities(const inventory::HostSnapshot &s, const QString &capabilitiesXml)
{
    return inventory::HostSnapshot(s.identity(), s.capturedAt(), capabilitiesXml, s.domainCapabilitiesXml(), s.freePages(), s.graph())
        .withHostFacts(s.hostFacts());
}

hostfacts::HostFacts facts(const QString &cmdline, const QString &online, const QString &vgpuType, int nvidiaVfs)
{
    hostfacts::HostFactsParts p;
    p.host = QStringLiteral("root@compute-r750-07:22");
    p.kernel.cmdline = cmdline;
    p.cpu.online = online;
    p.nova = {hostfacts::NovaSection{QStringLiteral("libvirt"), {{QStringLiteral("cpu_power_management"), QStringLiteral("True")}}}};
    for (int i = 0; i < nvidiaVfs; ++i)
        p.nvidiaVgpuVfs.append({QStringLiteral("0000:ca:00.%1").arg(4 + i), QStringLiteral("0000:ca:00.0"), vgpuType, {}});
    return hostfacts::HostFacts(p);
}
}

class TestHostDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameHostNoDrift()
    {
        const inventory::HostSnapshot demo = testhosts::demo();
        QVERIFY(!demo.graph().isEmpty());
        QCOMPARE(drift::compare(demo, demo), QList<rules::Finding>());
    }

    void rebootLosesDevices()
    {
        const inventory::HostSnapshot demo = testhosts::demo();
        // after the "reboot": two VFs of the E810 (one with its netdev), a vDPA device and the T4's mdev gone
        inventory::DeviceGraph g = demo.graph().withChanges({}, {QStringLiteral("pci_0000_b1_01_2"), QStringLiteral("net_ens5f0v2_5a_e1_c0_00_00_02"),
                                                                 QStringLiteral("pci_0000_b1_01_3"), QStringLiteral("net_ens5f0v3_5a_e1_c0_00_00_03"),
                                                                 QStringLiteral("vdpa_vdpa1"),
                                                                 QStringLiteral("mdev_7b1e4a52_3f0c_4d8e_9a61_2c5d8e0f4b17_0000_ca_00_0")});
        QString caps = demo.capabilitiesXml();
        QVERIFY(caps.contains(QLatin1String("<pages unit='KiB' size='1048576'>64</pages>")));
        caps.replace(caps.indexOf(QLatin1String("<pages unit='KiB' size='1048576'>64</pages>")), 43, QStringLiteral("<pages unit='KiB' size='1048576'>0</pages>"));
        QVERIFY(caps.contains(QLatin1String("<iommu support='yes'/>")));
        caps.replace(QLatin1String("<iommu support='yes'/>"), QLatin1String("<iommu support='no'/>"));
        const inventory::HostSnapshot after = withCapabilities(demo, caps).withGraph(g);

        const QList<rules::Finding> found = drift::compare(demo, after);
        QCOMPARE(codes(found), (QStringList{QStringLiteral("DRIFT_IOMMU_OFF"), QStringLiteral("DRIFT_VF_COUNT"), QStringLiteral("DRIFT_VDPA_MISSING"),
                                            QStringLiteral("DRIFT_MDEV_MISSING"), QStringLiteral("DRIFT_HUGEPAGES")}));
        for (const rules::Finding &f : found)
            QCOMPARE(f.severity, rules::Severity::Error);
        QCOMPARE(found.at(1).fix, QStringLiteral("echo 4 > /sys/bus/pci/devices/0000:b1:00.0/sriov_numvfs, made persistent with a udev rule or systemd unit that runs before nova-compute"));
        QCOMPARE(found.at(2).fix, QStringLiteral("vdpa dev add name vdpa1 mgmtdev pci/0000:17:00.3, in a udev rule or systemd unit that runs before nova-compute"));
        QVERIFY(found.at(3).fix.startsWith(QLatin1String("mdevctl define --uuid 7b1e4a52-3f0c-4d8e-9a61-2c5d8e0f4b17 --parent 0000:ca:00.0 --type nvidia-231 --auto")));
        QVERIFY(found.at(4).message.contains(QLatin1String("NUMA node 0 had 64 hugepages of 1048576 KiB and has 0")));
    }

    void factsDrift()
    {
        const inventory::HostSnapshot demo = testhosts::demo();
        const inventory::HostSnapshot before = demo.withHostFacts(facts(QStringLiteral("BOOT_IMAGE=/a intel_iommu=on iommu=pt hugepagesz=1G"), QStringLiteral("0-3,8-63"),
                                                                        QStringLiteral("nvidia-231"), 4));
        const inventory::HostSnapshot after = demo.withHostFacts(facts(QStringLiteral("BOOT_IMAGE=/b intel_iommu=on quiet"), QStringLiteral("0-63"),
                                                                       QStringLiteral("0"), 2));
        const QList<rules::Finding> found = drift::compare(before, after);
        QCOMPARE(codes(found), (QStringList{QStringLiteral("DRIFT_NVIDIA_VFS"), QStringLiteral("DRIFT_VGPU_TYPE"), QStringLiteral("DRIFT_VGPU_TYPE"),
                                            QStringLiteral("DRIFT_KERNEL_CMDLINE"), QStringLiteral("DRIFT_CPU_POWER")}));
        QCOMPARE(found.at(0).fix, QStringLiteral("/usr/lib/nvidia/sriov-manage -e 0000:ca:00.0, at every boot (the nvidia-sriov systemd service)"));
        QCOMPARE(found.at(1).fix, QStringLiteral("echo nvidia-231 > /sys/bus/pci/devices/0000:ca:00.4/nvidia/current_vgpu_type"));
        QCOMPARE(found.at(3).message, QStringLiteral("the kernel command line lost [iommu=pt hugepagesz=1G] and gained [quiet]"));
        QCOMPARE(drift::compare(demo, after).size(), 1); // only one side probed: said so, nothing compared
        QCOMPARE(drift::compare(demo, after).first().code, QStringLiteral("DRIFT_FACTS_MISSING"));
    }
};

VDECK_TEST_MAIN(TestHostDrift)
#include "tst_hostdrift.moc"
