// The host prerequisite audit on hand-made facts, the needs read from the demo host and from
// flavors, plus the pure helpers it and HostProbe use: known_hosts matching (hashed, patterns,
// negation), device_spec addresses, libvirt ssh URIs both ways.
#include "testmain.h"

#include "flavors/flavor.h"
#include "inventory/snapshotfile.h"

#include "probe/knownhostsfile.h"
#include "probe/libvirtsshuri.h"
#include "probe/novadevicespec.h"
#include "probe/prerequisiteaudit.h"

#include <QMessageAuthenticationCode>

using namespace hostfacts;
using namespace probe;

namespace {
QStringList codes(const QList<rules::Finding> &findings)
{
    QStringList out;
    for (const rules::Finding &f : findings)
        out.append(f.code);
    return out;
}

HostFactsParts baseFacts()
{
    HostFactsParts p;
    for (const char *name : {"cmdline", "hugepages", "nova", "kernel", "cpu"})
        p.probes.append({QLatin1String(name), true, false, false, {}});
    p.kernel.release = QStringLiteral("6.12.38+deb13-amd64");
    p.kernel.cmdline = QStringLiteral("root=/dev/sda1 intel_iommu=on");
    p.iommuGroups = {{3, {QStringLiteral("0000:01:00.0"), QStringLiteral("0000:01:00.2")}}};
    p.hugetlbfsMounts = {QStringLiteral("/dev/hugepages")};
    p.hugepages = {{0, 2048, 512, 256, 0}, {1, 2048, 0, 0, 0}};
    p.versions = {QStringLiteral("11.3.0"), QStringLiteral("10.0.2")};
    return p;
}
}

class TestPrerequisiteAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanHostHasNoFindings()
    {
        HostNeeds needs;
        needs.vfsInUse = 2;
        needs.pageSizes = {{2048, 100, 0}};
        QCOMPARE(codes(PrerequisiteAudit(HostFacts(baseFacts()), needs).run()), QStringList());
    }

    void iommuOff()
    {
        HostFactsParts p = baseFacts();
        p.kernel.cmdline = QStringLiteral("root=/dev/sda1");
        p.iommuGroups.clear();
        HostNeeds needs;
        needs.vdpaInUse = 1;
        const QList<rules::Finding> f = PrerequisiteAudit(HostFacts(p), needs).run();
        QCOMPARE(codes(f), QStringList{QStringLiteral("HOST_IOMMU_OFF")});
        QCOMPARE(f.first().severity, rules::Severity::Error);
        QVERIFY(f.first().fix.contains(QLatin1String("intel_iommu=on")));
        QCOMPARE(codes(PrerequisiteAudit(HostFacts(p), HostNeeds{}).run()), QStringList()); // nothing in use
        p.iommuGroups = baseFacts().iommuGroups;
        QCOMPARE(codes(PrerequisiteAudit(HostFacts(p), needs).run()), QStringList{QStringLiteral("HOST_IOMMU_NOT_ON_CMDLINE")});
    }

    void hugepages()
    {
        HostNeeds needs;
        needs.pageSizes = {{1048576, 8, -1}, {2048, 100, 1}, {2048, 300, 0}};
        HostFactsParts p = baseFacts();
        p.hugetlbfsMounts.clear();
        QCOMPARE(codes(PrerequisiteAudit(HostFacts(p), needs).run()),
                 (QStringList{QStringLiteral("HOST_HUGETLBFS_NOT_MOUNTED"), QStringLiteral("HOST_HUGEPAGES_NOT_RESERVED"),
                              QStringLiteral("HOST_HUGEPAGES_NOT_RESERVED"), QStringLiteral("HOST_HUGEPAGES_NOT_FREE")}));
    }

    void memlock()
    {
        HostFactsParts p = baseFacts();
        p.memlock.processes = {{QStringLiteral("/proc/100/limits"), QStringLiteral("virtqemud"), 65536, 65536}};
        HostNeeds needs;
        needs.vdpaInUse = 1;
        needs.maxGuestRamMiB = 16384;
        QList<rules::Finding> f = PrerequisiteAudit(HostFacts(p), needs).run();
        QCOMPARE(codes(f), QStringList{QStringLiteral("HOST_MEMLOCK_TOO_LOW")});
        QCOMPARE(f.first().severity, rules::Severity::Error);
        QVERIFY2(f.first().message.contains(QLatin1String("17 GiB")), qPrintable(f.first().message));
        needs.lockedMemory = true;
        QVERIFY(PrerequisiteAudit(HostFacts(p), needs).run().isEmpty());
        needs.lockedMemory = false;
        p.memlock.systemd = {{QStringLiteral("x.conf"), QStringLiteral("LimitMEMLOCK"), QStringLiteral("infinity")}};
        p.memlock.processes.clear();
        QVERIFY(PrerequisiteAudit(HostFacts(p), needs).run().isEmpty());
        QCOMPARE(parseSystemdLimit(QStringLiteral("64M")), std::optional<qint64>(64 * 1024 * 1024));
        QCOMPARE(parseSystemdLimit(QStringLiteral("8M:infinity")), std::optional<qint64>(kUnlimited));
        QCOMPARE(parseSystemdLimit(QStringLiteral("lots")), std::nullopt);
    }

    void novaConf()
    {
        HostFactsParts p = baseFacts();
        p.sriovPhysfn = {{QStringLiteral("0000:01:00.2"), QStringLiteral("0000:01:00.0")}};
        p.nova = {{QStringLiteral("pci"), {{QStringLiteral("passthrough_whitelist"), QStringLiteral("{\"address\": \"*:01:00.*\"}")}}},
                  {QStringLiteral("devices"), {{QStringLiteral("enabled_mdev_types"), QStringLiteral("nvidia-35, nvidia-36")}}}};
        HostNeeds needs;
        needs.dedicatedFlavors = true;
        needs.mdevTypes = {QStringLiteral("nvidia-36"), QStringLiteral("nvidia-40")};
        const QList<rules::Finding> f = PrerequisiteAudit(HostFacts(p), needs).run();
        QCOMPARE(codes(f), (QStringList{QStringLiteral("NOVA_NO_CPU_DEDICATED_SET"), QStringLiteral("NOVA_MDEV_TYPE_NOT_ENABLED"),
                                        QStringLiteral("NOVA_PASSTHROUGH_WHITELIST_DEPRECATED"), QStringLiteral("NOVA_DEVICE_SPEC_PF_AND_VF")}));
        QVERIFY(f.at(1).message.contains(QLatin1String("nvidia-40")));
        QVERIFY(f.at(3).message.contains(QLatin1String("0000:01:00.0")) && f.at(3).message.contains(QLatin1String("0000:01:00.2")));
    }

    void nvidiaVfWithoutMdevBus()
    {
        HostFactsParts p = baseFacts();
        p.nvidiaVgpuVfs = {{QStringLiteral("0000:41:00.4"), QStringLiteral("0000:41:00.0"), QStringLiteral("0"), {}}};
        QCOMPARE(codes(PrerequisiteAudit(HostFacts(p), HostNeeds{}).run()), QStringList{QStringLiteral("HOST_NVIDIA_VGPU_VF_NO_MDEV")});
        p.mdevParents = {QStringLiteral("0000:03:00.0")};
        QVERIFY(PrerequisiteAudit(HostFacts(p), HostNeeds{}).run().isEmpty());
    }

    void versions()
    {
        HostFactsParts p = baseFacts();
        p.kernel.release = QStringLiteral("5.4.0-150-generic");
        p.versions = {QStringLiteral("6.0.0"), QStringLiteral("4.2.1")};
        HostNeeds needs;
        needs.vdpaInUse = 1;
        needs.viommuModels = {QStringLiteral("virtio")};
        QCOMPARE(codes(PrerequisiteAudit(HostFacts(p), needs).run()),
                 (QStringList{QStringLiteral("HOST_LIBVIRT_BELOW_NOVA_MINIMUM"), QStringLiteral("HOST_QEMU_BELOW_NOVA_MINIMUM"),
                              QStringLiteral("HOST_KERNEL_TOO_OLD_FOR_VDPA"), QStringLiteral("HOST_LIBVIRT_TOO_OLD_FOR_VDPA"),
                              QStringLiteral("HOST_QEMU_TOO_OLD_FOR_VDPA"), QStringLiteral("HOST_LIBVIRT_TOO_OLD_FOR_VIOMMU")}));
        needs.libvirtVersion = QStringLiteral("10.0.0"); // the libvirt connection's word wins
        needs.qemuVersion = QStringLiteral("8.2.2");
        const QList<rules::Finding> kernel = PrerequisiteAudit(HostFacts(p), needs).run();
        QCOMPARE(codes(kernel), QStringList{QStringLiteral("HOST_KERNEL_TOO_OLD_FOR_VDPA")});
        // the minimum comes from the one table (versions/minimums.h), as hostfit's vDPA check reads it
        QCOMPARE(kernel.first().message, QStringLiteral("The kernel 5.4.0-150-generic is below the minimum 5.7.0."));
        QCOMPARE(kernel.first().fix, QStringLiteral("Upgrade to 5.7.0 or later."));
        QCOMPARE(kernel.first().severity, rules::Severity::Error);
        QCOMPARE(kernel.first().stage, rules::Stage::C); // Nova lists no vDPA devices: the host is no candidate
        p.kernel.release = QStringLiteral("5.7.0-1-amd64");              // at the minimum: nothing to say
        QVERIFY(PrerequisiteAudit(HostFacts(p), needs).run().isEmpty());
        needs.viommuModels = {QStringLiteral("smmuv3")};                 // smmuv3 needs libvirt 5.5.0
        needs.libvirtVersion = QStringLiteral("5.4.0");
        QCOMPARE(codes(PrerequisiteAudit(HostFacts(p), needs).run()),
                 (QStringList{QStringLiteral("HOST_LIBVIRT_BELOW_NOVA_MINIMUM"), QStringLiteral("HOST_LIBVIRT_TOO_OLD_FOR_VDPA"),
                              QStringLiteral("HOST_LIBVIRT_TOO_OLD_FOR_VIOMMU")}));
    }

    void incompleteProbesAreReported()
    {
        HostFactsParts p = baseFacts();
        p.probes.append({QStringLiteral("meminfo"), false, true, false, QStringLiteral("probe meminfo timed out after 1500 ms")});
        const QList<rules::Finding> f = PrerequisiteAudit(HostFacts(p), HostNeeds{}).run();
        QCOMPARE(codes(f), QStringList{QStringLiteral("HOST_FACTS_INCOMPLETE")});
        QVERIFY(f.first().message.contains(QLatin1String("timed out")));
    }

    void knownHostsMatching()
    {
        const QString name = QStringLiteral("[10.0.0.5]:2222");
        QVERIFY(knownhosts::hostFieldMatches(QStringLiteral("host1,[10.0.0.5]:2222"), name));
        QVERIFY(knownhosts::hostFieldMatches(QStringLiteral("[10.0.0.*]:2222"), name));
        QVERIFY(!knownhosts::hostFieldMatches(QStringLiteral("[10.0.0.*]:2222,![10.0.0.5]:2222"), name));
        QVERIFY(!knownhosts::hostFieldMatches(QStringLiteral("10.0.0.5"), name));
        const QByteArray salt = "0123456789abcdef0123";
        const QByteArray hash = QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1);
        QVERIFY(knownhosts::hostFieldMatches(QStringLiteral("|1|%1|%2").arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64())), name));
        QVERIFY(!knownhosts::hostFieldMatches(QStringLiteral("|1|%1|%2").arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64())),
                                              QStringLiteral("other")));
        QCOMPARE(knownhosts::sha256Fingerprint(QByteArray()), QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"));
    }

    void deviceSpecAddresses()
    {
        const QList<DeviceSpecAddress> specs = parseDeviceSpecs(
            {QStringLiteral("{\"address\": \"0000:1:00.2\"}"), QStringLiteral("[{\"address\": {\"bus\": \"02\", \"function\": \"*\"}}]"),
             QStringLiteral("{\"vendor_id\": \"15b3\"}"), QStringLiteral("not json")});
        QCOMPARE(specs.size(), 2);
        QVERIFY(specs.at(0).matches(QStringLiteral("0000:01:00.2")));
        QVERIFY(!specs.at(0).matches(QStringLiteral("0000:01:00.3")));
        QVERIFY(specs.at(1).matches(QStringLiteral("0001:02:1f.7")));
    }

    void libvirtUriVerifiesHostKeys()
    {
        SshTarget t;
        t.user = QStringLiteral("ops");
        t.host = QStringLiteral("compute-1.example");
        t.port = 2222;
        QString error;
        const QString uri = libvirtSshUri(t, {QStringLiteral("/system"), QStringLiteral("/home/ops/.local/share/vdeck/known_hosts"),
                                              QString(), QString(), QString(), false}, &error);
        QCOMPARE(uri, QStringLiteral("qemu+libssh://ops@compute-1.example:2222/system?known_hosts=/home/ops/.local/share/vdeck/known_hosts"
                                     "&known_hosts_verify=normal&sshauth=agent,privkey"));
        QVERIFY(!uri.contains(QLatin1String("no_verify")));
        QVERIFY(libvirtSshUri(t, {}, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("known_hosts")));
    }

    void targetParsing()
    {
        QString error;
        const std::optional<SshTarget> a = SshTarget::parse(QStringLiteral("root@10.1.2.3:2022"), &error);
        QVERIFY(a);
        QCOMPARE(a->user, QStringLiteral("root"));
        QCOMPARE(a->host, QStringLiteral("10.1.2.3"));
        QCOMPARE(a->port, 2022);
        QCOMPARE(a->knownHostsName(), QStringLiteral("[10.1.2.3]:2022"));
        const std::optional<SshTarget> b = SshTarget::parse(QStringLiteral("ops@[fd00::1]:22"), &error);
        QVERIFY(b);
        QCOMPARE(b->host, QStringLiteral("fd00::1"));
        QCOMPARE(b->knownHostsName(), QStringLiteral("fd00::1"));
        QVERIFY(!SshTarget::parse(QStringLiteral("root@host:99999"), &error));
        QVERIFY(!SshTarget::parse(QStringLiteral("root@-oProxyCommand=x"), &error));
        QVERIFY(!SshTarget::parse(QStringLiteral("a;b@host"), &error));
    }

    void needsFromTheDemoHost()
    {
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY2(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error), qPrintable(error));
        const HostNeeds n = HostNeeds::fromSnapshot(demo);
        // gen-demo-host.py: 4 ConnectX and 2 E810 VFs on vfio-pci, 4 vDPA devices, one T4 mdev.
        QCOMPARE(n.vfsInUse, 6);
        QCOMPARE(n.vdpaInUse, 4);
        QCOMPARE(n.mdevsInUse, 1);
        QCOMPARE(n.libvirtVersion, QStringLiteral("11.3.0"));
        QCOMPARE(n.qemuVersion, QStringLiteral("10.0.2"));
        QVERIFY(n.pageSizes.isEmpty());
        QVERIFY(!n.dedicatedFlavors);
    }

    void needsFromFlavors()
    {
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error));
        HostFactsParts p = baseFacts();
        p.hugepages.append({1, 1048576, 8, 8, 0});
        p.nova = {{QStringLiteral("mdev_nvidia-231"), {{QStringLiteral("mdev_class"), QStringLiteral("CUSTOM_NVIDIA_231")}}}};
        const HostFacts facts(p);
        flavors::FlavorLibrary library;
        flavors::Flavor vdpa; // on the vDPA devices' node (all on node 0), locked memory
        vdpa.name = QStringLiteral("vdpa");
        vdpa.ramMb = 8192;
        vdpa.extraSpecs = {{QStringLiteral("hw:mem_page_size"), QStringLiteral("1GB")}, {QStringLiteral("hw:locked_memory"), QStringLiteral("true")}};
        vdpa.ports = {{QStringLiteral("vdpa"), QStringLiteral("physnet1")}};
        flavors::Flavor direct; // VFs are on nodes 0 and 1: any node; two guest NUMA nodes
        direct.name = QStringLiteral("direct");
        direct.ramMb = 4096;
        direct.extraSpecs = {{QStringLiteral("hw:mem_page_size"), QStringLiteral("2MB")}, {QStringLiteral("hw:numa_nodes"), QStringLiteral("2")},
                             {QStringLiteral("pci_passthrough:alias"), QStringLiteral("a1:2")}};
        direct.ports = {{QStringLiteral("direct"), QStringLiteral("physnet1")}};
        flavors::Flavor large; // "large": the largest size the host reserved
        large.name = QStringLiteral("large");
        large.ramMb = 2048;
        large.imageProperties = {{QStringLiteral("hw_mem_page_size"), QStringLiteral("large")}, {QStringLiteral("hw_cpu_policy"), QStringLiteral("mixed")}};
        flavors::Flavor vgpu;
        vgpu.name = QStringLiteral("vgpu");
        vgpu.extraSpecs = {{QStringLiteral("resources:VGPU"), QStringLiteral("2")}, {QStringLiteral("trait:CUSTOM_NVIDIA_222"), QStringLiteral("required")},
                           {QStringLiteral("resources:CUSTOM_NVIDIA_231"), QStringLiteral("1")}, {QStringLiteral("hw:viommu_model"), QStringLiteral("Virtio")}};
        library.flavors = {vdpa, direct, large, vgpu};

        HostNeeds n = HostNeeds::fromSnapshot(demo);
        n.addFlavors(library, &facts, &demo);
        QCOMPARE(n.pageSizes, (QList<PageSizeNeed>{{1048576, 8, 0}, {2048, 1024, -1}, {1048576, 2, -1}}));
        QCOMPARE(n.vfsInUse, 6);  // the graph's 6 beat the direct flavor's 1 port + 2 aliases
        QCOMPARE(n.vdpaInUse, 4);
        QCOMPARE(n.mdevsInUse, 2); // resources:VGPU=2
        QCOMPARE(n.maxGuestRamMiB, 4096); // the vDPA guest locks its memory; the direct one does not
        QVERIFY(!n.lockedMemory);
        QCOMPARE(n.mdevTypes, (QStringList{QStringLiteral("nvidia-222"), QStringLiteral("nvidia-231")}));
        QVERIFY(n.dedicatedFlavors);
        QVERIFY(!n.realtimeFlavors);
        QCOMPARE(n.viommuModels, QStringList{QStringLiteral("virtio")});

        HostNeeds lockedOnly;
        lockedOnly.addFlavors({{vdpa}, {}}, nullptr, nullptr);
        QVERIFY(lockedOnly.lockedMemory);
        QCOMPARE(lockedOnly.maxGuestRamMiB, 0);
        QCOMPARE(lockedOnly.pageSizes, (QList<PageSizeNeed>{{1048576, 8, -1}})); // no snapshot: any node
    }

    void factsMissingIsAWarning()
    {
        HostNeeds needs;
        needs.vdpaInUse = 1;
        needs.libvirtVersion = QStringLiteral("6.0.0");
        const QList<rules::Finding> f = PrerequisiteAudit(HostFacts(), needs).run();
        QCOMPARE(codes(f), (QStringList{QStringLiteral("HOST_FACTS_MISSING"), QStringLiteral("HOST_LIBVIRT_BELOW_NOVA_MINIMUM"),
                                        QStringLiteral("HOST_LIBVIRT_TOO_OLD_FOR_VDPA")}));
        QCOMPARE(f.first().severity, rules::Severity::Warning);
    }

    void sshTargetForLibvirtUris()
    {
        const std::optional<SshTarget> t = sshTargetForLibvirtUri(
            QStringLiteral("qemu+libssh://ops@compute-7:2222/system?known_hosts=/home/ops/.vdeck/kh&known_hosts_verify=normal&keyfile=/home/ops/id%20ed"));
        QVERIFY(t);
        QCOMPARE(t->user, QStringLiteral("ops"));
        QCOMPARE(t->host, QStringLiteral("compute-7"));
        QCOMPARE(t->port, 2222);
        QCOMPARE(t->identityFiles, QStringList{QStringLiteral("/home/ops/id ed")});
        QCOMPARE(t->vdeckKnownHostsFile, QStringLiteral("/home/ops/.vdeck/kh"));
        const std::optional<SshTarget> plain = sshTargetForLibvirtUri(QStringLiteral("qemu+ssh://compute-8/system"));
        QVERIFY(plain);
        QCOMPARE(plain->port, 22);
        QVERIFY(plain->user.isEmpty() && plain->identityFiles.isEmpty() && plain->vdeckKnownHostsFile.isEmpty());
        QVERIFY(!sshTargetForLibvirtUri(QStringLiteral("qemu:///system")));
        QVERIFY(!sshTargetForLibvirtUri(QStringLiteral("qemu+tls://compute-8/system")));
        QVERIFY(!sshTargetForLibvirtUri(QStringLiteral("test:///default")));
    }
};

VDECK_TEST_MAIN(TestPrerequisiteAudit)
#include "tst_prerequisiteaudit.moc"
