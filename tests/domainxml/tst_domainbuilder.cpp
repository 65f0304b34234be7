// domainxml::build on the corpus x the demo host: the elements Nova writes, pinning as Nova fits
// it, findings instead of a document, determinism, and every document valid against domain.rng.
#include "corpus.h"
#include "domainxml/builder.h"
#include "domainxml/identity.h"
#include "domainxml/schemavalidator.h"
#include "testmain.h"

#include <QTemporaryDir>

using namespace domainxml;

namespace {
BuildResult buildNamed(const QString &name, const ComputeProfile &profile = {}, const BuildOptions &options = {})
{
    static const inventory::HostSnapshot host = corpus::demoHost();
    return build(corpus::flavor(name), host, profile, options);
}

BuildOptions release(int major)
{
    BuildOptions o;
    o.release = rules::NovaRelease(major);
    return o;
}

bool hasFinding(const BuildResult &r, const char *code)
{
    return std::any_of(r.findings.cbegin(), r.findings.cend(), [&](const rules::Finding &f) { return f.code == QLatin1String(code); });
}

QString codes(const QList<rules::Finding> &findings)
{
    QStringList out;
    for (const rules::Finding &f : findings)
        if (f.severity == rules::Severity::Error)
            out << f.code;
    return out.join(QLatin1Char(','));
}
}

class TestDomainBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileDefaultsAndJson()
    {
        const ComputeProfile defaults;
        QCOMPARE(defaults.virtType, QStringLiteral("kvm"));
        QVERIFY(!defaults.cpuMode);
        QCOMPARE(defaults.realtimeSchedulerPriority, 1);
        ComputeProfile p;
        p.cpuDedicatedSet = QStringLiteral("2-15,34-47");
        p.cpuSharedSet = QStringLiteral("0-1,32-33");
        p.cpuMode = QStringLiteral("custom");
        p.cpuModels = {QStringLiteral("Icelake-Server")};
        p.hwMachineType = QStringLiteral("x86_64=q35");
        p.maxQueues = 8;
        p.pciAliases.insert(QStringLiteral("t4"), PciAlias{QStringLiteral("10de"), QStringLiteral("1eb8"), {}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QString error;
        QVERIFY2(saveProfile(p, path, &error), qPrintable(error));
        const std::optional<ComputeProfile> back = loadProfile(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, p);
        QCOMPARE(back->machineTypeFor(QStringLiteral("x86_64")), QStringLiteral("q35"));
        QVERIFY(!profileFromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("x")}}, &error));
        QJsonObject bad = profileToJson(p);
        bad.insert(QStringLiteral("libvirt"), QJsonObject{{QStringLiteral("cpu_mode"), QStringLiteral("fast")}});
        QVERIFY(!profileFromJson(bad, &error));
        QVERIFY(error.contains(QLatin1String("cpu_mode")));
    }

    // Nova walks the thread siblings in Python set order (see pycompat/pysetorder.h), so the first
    // sibling pair of the demo host's cell 0 is (46, 14), not (0, 32).
    void pinningPrefersSiblings()
    {
        const BuildResult r = buildNamed(QStringLiteral("pinned.4"));
        QVERIFY2(r.ok(), qPrintable(codes(r.findings)));
        QVERIFY(r.xml.contains(QLatin1String("<vcpupin vcpu=\"0\" cpuset=\"46\"/>\n    <vcpupin vcpu=\"1\" cpuset=\"14\"/>\n    <vcpupin vcpu=\"2\" cpuset=\"43\"/>")));
        QVERIFY(r.xml.contains(QLatin1String("<emulatorpin cpuset=\"11,14,43,46\"/>")));
        QVERIFY(r.xml.contains(QLatin1String("<memnode cellid=\"0\" mode=\"strict\" nodeset=\"0\"/>")));
        QVERIFY(!r.xml.contains(QLatin1String("memAccess")));
    }

    void threadPoliciesAndEmulatorIsolate()
    {
        const BuildResult iso = buildNamed(QStringLiteral("pinned.isolate"));
        QVERIFY(iso.xml.contains(QLatin1String("<vcpupin vcpu=\"1\" cpuset=\"43\"/>")));
        const BuildResult emu = buildNamed(QStringLiteral("pinned.emu-isolate"));
        QVERIFY(emu.xml.contains(QLatin1String("<emulatorpin cpuset=\"45\"/>")));
        ComputeProfile dedicated;
        dedicated.cpuDedicatedSet = QStringLiteral("4-15,36-47");
        dedicated.cpuSharedSet = QStringLiteral("0-3,32-35");
        const BuildResult d = buildNamed(QStringLiteral("pinned.4"), dedicated);
        QVERIFY(d.xml.contains(QLatin1String("<vcpupin vcpu=\"0\" cpuset=\"46\"/>")));
        QVERIFY(!d.xml.contains(QLatin1String("cpuset=\"0\"")) && !d.xml.contains(QLatin1String("cpuset=\"32\"")));
        const BuildResult mixed = buildNamed(QStringLiteral("mixed.mask"), dedicated);
        QVERIFY2(mixed.xml.contains(QLatin1String("<vcpupin vcpu=\"0\" cpuset=\"0-3,32-35\"/>")), qPrintable(mixed.xml));
    }

    void hugepagesAndRealtime()
    {
        const BuildResult one = buildNamed(QStringLiteral("hugepages.1g"));
        QVERIFY(one.xml.contains(QLatin1String("<page size=\"1048576\" nodeset=\"0\" unit=\"KiB\"/>")));
        QVERIFY(one.xml.contains(QLatin1String("memAccess=\"shared\"")));
        const BuildResult small = buildNamed(QStringLiteral("hugepages.small"));
        QVERIFY(small.ok());
        QVERIFY(!small.xml.contains(QLatin1String("<memoryBacking>")));
        const BuildResult locked = buildNamed(QStringLiteral("hugepages.locked"));
        QVERIFY(locked.xml.contains(QLatin1String("<locked/>")));
        QVERIFY(!locked.xml.contains(QLatin1String("<nosharepages/>")));
        ComputeProfile prio;
        prio.realtimeSchedulerPriority = 5;
        const BuildResult rt = buildNamed(QStringLiteral("realtime.mask"), prio);
        QVERIFY(rt.xml.contains(QLatin1String("<vcpusched vcpus=\"1-3\" scheduler=\"fifo\" priority=\"5\"/>")));
        QVERIFY(rt.xml.contains(QLatin1String("<emulatorpin cpuset=\"46\"/>")));
        QVERIFY(rt.xml.contains(QLatin1String("<nosharepages/>\n    <locked/>")));
        QVERIFY(rt.xml.contains(QLatin1String("<pmu state=\"off\"/>")));
        ComputeProfile fileBacked;
        fileBacked.fileBackedMemory = 1024;
        QCOMPARE(codes(buildNamed(QStringLiteral("hugepages.2m"), fileBacked).findings), QStringLiteral("mem.pages-with-file-backed"));
    }

    void devices()
    {
        const BuildResult v = buildNamed(QStringLiteral("nfv.vdpa"));
        QVERIFY(v.xml.contains(QLatin1String("<interface type=\"vdpa\">")));
        QVERIFY(v.xml.contains(QLatin1String("<source dev=\"/dev/vhost-vdpa-0\"/>")));
        QVERIFY(v.xml.contains(QLatin1String("<source dev=\"/dev/vhost-vdpa-1\"/>")));
        const qsizetype vdpa = v.xml.indexOf(QLatin1String("type=\"vdpa\""));
        QVERIFY(!v.xml.mid(vdpa, 200).contains(QLatin1String("<model")));
        const BuildResult d = buildNamed(QStringLiteral("sriov.direct"));
        QVERIFY(d.xml.contains(QLatin1String("<interface type=\"hostdev\" managed=\"yes\">")));
        QVERIFY(d.xml.contains(QLatin1String("<address type=\"pci\" domain=\"0x0000\" bus=\"0x17\"")));
        const BuildResult g = buildNamed(QStringLiteral("vgpu.t4"));
        QVERIFY(g.xml.contains(QLatin1String("<hostdev mode=\"subsystem\" type=\"mdev\" managed=\"no\" model=\"vfio-pci\">")));
        QVERIFY(g.xml.contains(QLatin1String("7b1e4a52-3f0c-4d8e-9a61-2c5d8e0f4b17")));
        BuildOptions busy;
        busy.busyDevices.insert(QStringLiteral("7b1e4a52-3f0c-4d8e-9a61-2c5d8e0f4b17"));
        const BuildResult fresh = buildNamed(QStringLiteral("vgpu.t4"), {}, busy);
        QVERIFY(!fresh.xml.contains(QLatin1String("7b1e4a52")));
        QCOMPARE(fresh.plan.hostdevs.size(), 1);
        QVERIFY(fresh.plan.hostdevs.constFirst().toBeCreated);
        QVERIFY(fresh.xml.contains(QLatin1String("new mdev to be created")));
        const BuildResult m = buildNamed(QStringLiteral("sriov.macvtap"));
        QVERIFY(m.xml.contains(QLatin1String("<driver name=\"vhost\" queues=\"4\"/>")));
        ComputeProfile cap;
        cap.maxQueues = 2;
        QVERIFY(buildNamed(QStringLiteral("sriov.macvtap"), cap).xml.contains(QLatin1String("queues=\"2\"")));
    }

    void packedRing()
    {
        const BuildResult r = buildNamed(QStringLiteral("nfv.packed"));
        QVERIFY(r.xml.contains(QLatin1String("<driver packed=\"on\"/>\n      <source dev=\"/dev/vhost-vdpa-0\"/>")));
        QVERIFY(r.xml.contains(QLatin1String("<driver name=\"vhost\" packed=\"on\" queues=\"4\"/>")));
        ComputeProfile sizes;
        sizes.rxQueueSize = 1024;
        sizes.txQueueSize = 512;
        QVERIFY(buildNamed(QStringLiteral("nfv.packed"), sizes).xml.contains(QLatin1String("<driver packed=\"on\" rx_queue_size=\"1024\" tx_queue_size=\"512\"/>")));
        flavors::Flavor f = corpus::flavor(QStringLiteral("nfv.packed"));
        f.imageProperties.set(QStringLiteral("hw_virtio_packed_ring"), QStringLiteral("false"));
        QCOMPARE(codes(build(f, corpus::demoHost(), {}).findings), QStringLiteral("conflict.flavor-image"));
    }

    void pciAliasesAndPhysicalPorts()
    {
        flavors::Flavor f = corpus::flavor(QStringLiteral("plain.small"));
        f.extraSpecs.set(QStringLiteral("pci_passthrough:alias"), QStringLiteral("t4:1"));
        const inventory::HostSnapshot host = corpus::demoHost();
        QCOMPARE(codes(build(f, host, {}).findings), QStringLiteral("host.device-unavailable"));
        ComputeProfile aliases;
        aliases.pciAliases.insert(QStringLiteral("t4"), PciAlias{QStringLiteral("10de"), QStringLiteral("1eb8"), {}});
        const BuildResult r = build(f, host, aliases);
        QVERIFY2(r.ok(), qPrintable(codes(r.findings)));
        QVERIFY(r.xml.contains(QLatin1String("<hostdev mode=\"subsystem\" type=\"pci\" managed=\"yes\">")));
        QVERIFY(r.xml.contains(QLatin1String("<address domain=\"0x0000\" bus=\"0xca\" slot=\"0x00\" function=\"0x0\"/>")));
        // every PF of the demo host has VFs in use (vfio-pci or vDPA): Nova cannot hand one out
        flavors::Flavor physical = corpus::flavor(QStringLiteral("plain.small"));
        physical.ports.append(flavors::RequestedPort{QStringLiteral("direct-physical"), {}});
        QCOMPARE(codes(build(physical, host, {}).findings), QStringLiteral("host.device-unavailable"));
        // on a host where the VFs are free the PF goes in as a PCI hostdev
        inventory::DeviceGraph graph = host.graph();
        for (const inventory::GraphNode &n : host.graph().nodes()) {
            if (n.kind == inventory::DeviceKind::Vf && n.device.driver == QLatin1String("vfio-pci")) {
                inventory::Device d = n.device;
                d.driver = QStringLiteral("iavf");
                graph = graph.withDevice(d);
            }
        }
        const BuildResult pf = build(physical, host.withGraph(graph), {});
        QVERIFY2(pf.ok(), qPrintable(codes(pf.findings)));
        QVERIFY2(pf.xml.contains(QLatin1String("(direct-physical): pci_0000_17_00_1")), qPrintable(pf.xml));
    }

    void iommuAndFindings()
    {
        const BuildResult q = buildNamed(QStringLiteral("viommu.q35"));
        QVERIFY(q.xml.contains(QLatin1String("<ioapic driver=\"qemu\"/>")));
        QVERIFY(q.xml.contains(QLatin1String("aw_bits=\"48\" eim=\"on\"")));
        QVERIFY(buildNamed(QStringLiteral("viommu.auto")).xml.contains(QLatin1String("<iommu model=\"virtio\">")));
        const BuildResult pc = buildNamed(QStringLiteral("viommu.pc"));
        QVERIFY(!pc.ok());
        QCOMPARE(codes(pc.findings), QStringLiteral("viommu.machine-type"));
        ComputeProfile q35;
        q35.hwMachineType = QStringLiteral("x86_64=q35");
        QVERIFY(buildNamed(QStringLiteral("viommu.pc"), q35).ok());
        // every blocker: Nova's first, then the later one (realtime without pinning)
        QCOMPARE(codes(buildNamed(QStringLiteral("bad.realtime")).findings), QStringLiteral("cpu.realtime-all-vcpus,cpu.realtime-needs-pinning"));
        QCOMPARE(codes(buildNamed(QStringLiteral("bad.too-big")).findings), QStringLiteral("host.numa-no-fit"));
        ComputeProfile bad;
        bad.cpuDedicatedSet = QStringLiteral("90-95");
        QCOMPARE(codes(buildNamed(QStringLiteral("pinned.4"), bad).findings), QStringLiteral("profile.invalid-cpu-set"));
    }

    // nova/virt/libvirt/driver.py _get_guest_numa_config: a guest without NUMA topology floats on
    // [compute]cpu_shared_set (the demo host's CPUs are all online)
    void vcpuCpusetIsTheSharedSet()
    {
        QVERIFY(buildNamed(QStringLiteral("plain.small")).xml.contains(QLatin1String("<vcpu>2</vcpu>")));
        ComputeProfile shared;
        shared.cpuDedicatedSet = QStringLiteral("4-15,36-47");
        shared.cpuSharedSet = QStringLiteral("32-35,0-3");
        const BuildResult floating = buildNamed(QStringLiteral("plain.small"), shared);
        QVERIFY2(floating.xml.contains(QLatin1String("<vcpu cpuset=\"0-3,32-35\">2</vcpu>")), qPrintable(floating.xml));
        QVERIFY(buildNamed(QStringLiteral("pinned.4"), shared).xml.contains(QLatin1String("<vcpu>4</vcpu>")));
        ComputeProfile dedicatedOnly;
        dedicatedOnly.cpuDedicatedSet = QStringLiteral("4-15,36-47");
        QVERIFY(buildNamed(QStringLiteral("plain.small"), dedicatedOnly).xml.contains(QLatin1String("<vcpu>2</vcpu>")));
    }

    // _get_iommu_model: auto is virtio from libvirt 8.3.0, intel on q35 below it
    void viommuAutoByLibvirtVersion()
    {
        const inventory::HostSnapshot demo = corpus::demoHost();
        inventory::HostIdentity old = demo.identity();
        old.libvirtVersion = QStringLiteral("8.0.0");
        const inventory::HostSnapshot host(old, demo.capturedAt(), demo.capabilitiesXml(), demo.domainCapabilitiesXml(), demo.freePages(),
                                           demo.graph());
        const BuildResult r = build(corpus::flavor(QStringLiteral("viommu.auto")), host, {});
        QVERIFY2(r.ok(), qPrintable(codes(r.findings)));
        QVERIFY(r.xml.contains(QLatin1String("<iommu model=\"intel\">")));
        QVERIFY(!hasFinding(r, "viommu.virtio-driver-attributes"));
        old.libvirtVersion = QStringLiteral("8.3.0");
        const inventory::HostSnapshot newer(old, demo.capturedAt(), demo.capabilitiesXml(), demo.domainCapabilitiesXml(), demo.freePages(),
                                            demo.graph());
        QVERIFY(build(corpus::flavor(QStringLiteral("viommu.auto")), newer, {}).xml.contains(QLatin1String("<iommu model=\"virtio\">")));
    }

    // what _get_guest_config writes for every kvm guest
    void platformElements()
    {
        const BuildResult r = buildNamed(QStringLiteral("plain.small"));
        const QString uuid = r.plan.uuid;
        QVERIFY(r.xml.contains(QStringLiteral("<sysinfo type=\"smbios\">\n    <system>\n      <entry name=\"manufacturer\">OpenStack Foundation</entry>")));
        QVERIFY(r.xml.contains(QStringLiteral("<entry name=\"version\">31.0.0</entry>\n      <entry name=\"serial\">%1</entry>").arg(uuid)));
        QVERIFY(r.xml.contains(QLatin1String("<boot dev=\"hd\"/>\n    <smbios mode=\"sysinfo\"/>\n  </os>")));
        QVERIFY(r.xml.contains(QLatin1String("<timer name=\"pit\" tickpolicy=\"delay\"/>\n    <timer name=\"rtc\" tickpolicy=\"catchup\"/>\n"
                                             "    <timer name=\"hpet\" present=\"no\"/>")));
        QVERIFY(r.xml.contains(QLatin1String("<rng model=\"virtio\">\n      <backend model=\"random\">/dev/urandom</backend>")));
        QVERIFY(r.xml.contains(QLatin1String("<controller type=\"usb\" index=\"0\"/>")));
        QVERIFY(r.xml.contains(QStringLiteral("<log file=\"/var/lib/nova/instances/%1/console.log\" append=\"off\"/>").arg(uuid)));
        QVERIFY(r.xml.contains(QLatin1String("<nova:instance xmlns:nova=\"http://openstack.org/xmlns/libvirt/nova/1.1\">")));
        QVERIFY(r.xml.contains(QLatin1String("<nova:flavor name=\"plain.small\">\n        <nova:memory>2048</nova:memory>")));
        QVERIFY(!buildNamed(QStringLiteral("rng.denied")).xml.contains(QLatin1String("<rng")));
        QVERIFY(buildNamed(QStringLiteral("rng.rate")).xml.contains(QLatin1String("<rate period=\"2\" bytes=\"1024\"/>")));
        QVERIFY(buildNamed(QStringLiteral("hpet.image")).xml.contains(QLatin1String("<timer name=\"hpet\" present=\"yes\"/>")));
        ComputeProfile qemu;
        qemu.virtType = QStringLiteral("qemu");
        const BuildResult q = buildNamed(QStringLiteral("plain.small"), qemu);
        QVERIFY(q.xml.contains(QLatin1String("<clock offset=\"utc\"/>")));
        QVERIFY(q.xml.contains(QLatin1String("<sysinfo type=\"smbios\">")));
    }

    // the differences between the release tags' driver.py and config.py
    void byRelease()
    {
        const BuildResult r31 = buildNamed(QStringLiteral("pinned.4"), {}, release(31));
        const BuildResult r32 = buildNamed(QStringLiteral("pinned.4"), {}, release(32));
        const BuildResult r33 = buildNamed(QStringLiteral("pinned.4"), {}, release(33));
        QVERIFY(r31.xml.contains(QLatin1String("<memballoon model=\"virtio\">")));
        QVERIFY(r32.xml.contains(QLatin1String("<memballoon model=\"virtio\" autodeflate=\"on\" freePageReporting=\"on\">")));
        QVERIFY(!r31.xml.contains(QLatin1String("extraSpecs")) && !r31.xml.contains(QLatin1String("<nova:image")));
        QVERIFY(r32.xml.contains(QLatin1String("<nova:extraSpec name=\"hw:cpu_policy\">dedicated</nova:extraSpec>")));
        QVERIFY(r32.xml.contains(QStringLiteral("<nova:flavor name=\"pinned.4\" id=\"%1\">").arg(stableUuid(QStringLiteral("pinned.4"), QStringLiteral("flavor")))));
        QVERIFY(!r32.xml.contains(QLatin1String("iothread")));
        QVERIFY(r33.xml.contains(QLatin1String("</features>\n  <iothreads>1</iothreads>\n  <cputune>")));
        QVERIFY(r33.xml.contains(QLatin1String("<emulatorpin cpuset=\"11,14,43,46\"/>\n    <iothreadpin cpuset=\"11,14,43,46\" iothread=\"1\"/>")));
        QVERIFY(r33.xml.contains(QLatin1String("<entry name=\"version\">33.0.0</entry>")));
        const BuildResult image = buildNamed(QStringLiteral("net.mq-image"), {}, release(32));
        QVERIFY(image.xml.contains(QLatin1String("<nova:property name=\"hw_vif_multiqueue_enabled\">True</nova:property>")));
        QVERIFY(image.xml.contains(QLatin1String("<nova:property name=\"hw_pmu\">False</nova:property>")));
        const BuildResult floating = buildNamed(QStringLiteral("plain.small"), {}, release(33));
        QVERIFY(floating.xml.contains(QLatin1String("<iothreads>1</iothreads>")) && !floating.xml.contains(QLatin1String("iothreadpin")));
    }

    // ports of vnic type normal as each Neutron binding has Nova write them
    void normalPorts()
    {
        const BuildResult ovn = buildNamed(QStringLiteral("net.normal"));
        QVERIFY2(ovn.ok(), qPrintable(codes(ovn.findings)));
        const QString port0 = stableUuid(QStringLiteral("net.normal"), QStringLiteral("port-0"));
        QVERIFY(ovn.xml.contains(QStringLiteral("<interface type=\"bridge\">\n      <mac address=\"%1\"/>\n      <model type=\"virtio\"/>\n"
                                                "      <source bridge=\"br-int\"/>\n      <target dev=\"tap%2\"/>\n"
                                                "      <virtualport type=\"openvswitch\">\n        <parameters interfaceid=\"%3\"/>")
                                     .arg(stableMac(QStringLiteral("net.normal"), 0), port0.left(11), port0)));
        BuildOptions hybrid;
        hybrid.normalPortBinding = QStringLiteral("ovs-hybrid");
        const BuildResult h = buildNamed(QStringLiteral("net.normal"), {}, hybrid);
        QVERIFY(h.xml.contains(QStringLiteral("<source bridge=\"qbr%1\"/>").arg(port0.left(11))));
        QVERIFY(!h.xml.contains(QLatin1String("virtualport")));
        BuildOptions dpdk;
        dpdk.normalPortBinding = QStringLiteral("ovs-dpdk");
        const BuildResult noPages = buildNamed(QStringLiteral("net.normal"), {}, dpdk);
        QVERIFY(noPages.ok());
        QVERIFY(hasFinding(noPages, "port.vhostuser-without-hugepages"));
        QVERIFY(noPages.xml.contains(QStringLiteral("<interface type=\"vhostuser\">")));
        QVERIFY(noPages.xml.contains(QStringLiteral("<source type=\"unix\" mode=\"server\" path=\"/var/run/openvswitch/vhu%1\"/>\n"
                                                    "      <target dev=\"vhu%1\"/>").arg(port0.left(11))));
        const BuildResult pages = buildNamed(QStringLiteral("net.dpdk"), {}, dpdk);
        QVERIFY2(pages.ok(), qPrintable(codes(pages.findings)));
        QVERIFY(!hasFinding(pages, "port.vhostuser-without-hugepages"));
        QVERIFY(pages.xml.contains(QLatin1String("memAccess=\"shared\"")));
        QVERIFY(pages.xml.contains(QLatin1String("<driver queues=\"4\"/>")));
    }

    // UEFI: 33+ leaves the files to libvirt (<os firmware="efi">), older releases take them from
    // the host's firmware descriptors, which the preview cannot show
    void firmwareByRelease()
    {
        flavors::Flavor f = corpus::flavor(QStringLiteral("plain.small"));
        f.imageProperties.set(QStringLiteral("hw_firmware_type"), QStringLiteral("uefi"));
        f.imageProperties.set(QStringLiteral("hw_machine_type"), QStringLiteral("q35"));
        f.extraSpecs.set(QStringLiteral("os:secure_boot"), QStringLiteral("required"));
        f.extraSpecs.set(QStringLiteral("hw:boot_menu"), QStringLiteral("true"));
        const inventory::HostSnapshot host = corpus::demoHost();
        const BuildResult r33 = build(f, host, {}, release(33));
        QVERIFY2(r33.ok(), qPrintable(codes(r33.findings)));
        QVERIFY(r33.xml.contains(QLatin1String("<os firmware=\"efi\">\n    <firmware>\n      <feature name=\"secure-boot\" enabled=\"yes\"/>")));
        QVERIFY(r33.xml.contains(QLatin1String("<loader secure=\"yes\"/>\n    <boot dev=\"hd\"/>\n    <smbios mode=\"sysinfo\"/>\n"
                                               "    <bootmenu enable=\"yes\"/>")));
        const SchemaValidator schema;
        QVERIFY2(schema.validate(r33.xml.toUtf8()).valid, qPrintable(schema.validate(r33.xml.toUtf8()).summary()));
        const BuildResult r31 = build(f, host, {}, release(31));
        QVERIFY(r31.ok());
        QVERIFY(!r31.xml.contains(QLatin1String("firmware")) && !r31.xml.contains(QLatin1String("<loader")));
        QVERIFY(hasFinding(r31, "firmware.loader-from-host"));
        f.imageProperties.set(QStringLiteral("hw_machine_type"), QStringLiteral("pc"));
        QCOMPARE(codes(build(f, host, {}, release(33)).findings), QStringLiteral("firmware.secure-boot-unsupported"));
    }

    // releases 23 .. 30: what their driver.py, config.py and vif.py write differently
    void olderReleases()
    {
        const BuildResult r23 = buildNamed(QStringLiteral("plain.small"), {}, release(23));
        QVERIFY2(r23.ok(), qPrintable(codes(r23.findings)));
        QVERIFY(!r23.xml.contains(QLatin1String("vmcoreinfo")));
        QVERIFY(r23.xml.contains(QLatin1String("<type machine=\"pc\">hvm</type>")));
        QVERIFY(r23.xml.contains(QLatin1String("<model type=\"cirrus\"/>")));
        QVERIFY(r23.xml.contains(QLatin1String("<entry name=\"version\">23.0.0</entry>")));
        const BuildResult r25 = buildNamed(QStringLiteral("plain.small"), {}, release(25));
        QVERIFY(r25.xml.contains(QLatin1String("<vmcoreinfo/>")) && r25.xml.contains(QLatin1String("<type arch=\"x86_64\" machine=\"pc\">hvm</type>")));
        QVERIFY(!r25.xml.contains(QLatin1String("cirrus")));
        // hw:vif_multiqueue_enabled on the flavor counts from 25, the image's always
        QVERIFY(!buildNamed(QStringLiteral("sriov.macvtap"), {}, release(24)).xml.contains(QLatin1String("queues=")));
        QVERIFY(buildNamed(QStringLiteral("sriov.macvtap"), {}, release(25)).xml.contains(QLatin1String("queues=\"4\"")));
        QVERIFY(buildNamed(QStringLiteral("net.mq-image"), {}, release(24)).xml.contains(QLatin1String("queues=\"4\"")));
        // hw:locked_memory from 26; vIOMMU from 26, aw_bits without a libvirt check from 28
        QVERIFY(!buildNamed(QStringLiteral("hugepages.locked"), {}, release(25)).xml.contains(QLatin1String("<locked/>")));
        QVERIFY(buildNamed(QStringLiteral("hugepages.locked"), {}, release(26)).xml.contains(QLatin1String("<locked/>")));
        QVERIFY(buildNamed(QStringLiteral("realtime.mask"), {}, release(25)).xml.contains(QLatin1String("<locked/>")));
        QVERIFY(!buildNamed(QStringLiteral("viommu.q35"), {}, release(25)).xml.contains(QLatin1String("<iommu")));
        QVERIFY(buildNamed(QStringLiteral("viommu.q35"), {}, release(26)).xml.contains(QLatin1String("aw_bits=\"48\"")));
        const inventory::HostSnapshot demo = corpus::demoHost();
        inventory::HostIdentity old = demo.identity();
        old.libvirtVersion = QStringLiteral("6.0.0");
        const inventory::HostSnapshot host(old, demo.capturedAt(), demo.capabilitiesXml(), demo.domainCapabilitiesXml(), demo.freePages(),
                                           demo.graph());
        const flavors::Flavor q35 = corpus::flavor(QStringLiteral("viommu.q35"));
        QVERIFY(!build(q35, host, {}, release(27)).xml.contains(QLatin1String("aw_bits")));
        QVERIFY(build(q35, host, {}, release(28)).xml.contains(QLatin1String("aw_bits=\"48\"")));
        // packed virtqueues from 29; <maxphysaddr> from 29
        QVERIFY(!buildNamed(QStringLiteral("nfv.packed"), {}, release(28)).xml.contains(QLatin1String("packed=")));
        QVERIFY(buildNamed(QStringLiteral("nfv.packed"), {}, release(29)).xml.contains(QLatin1String("packed=\"on\"")));
        // (Nova's extra spec registry knows no hw:maxphysaddr_*, the driver reads them: the image's)
        flavors::Flavor phys = corpus::flavor(QStringLiteral("plain.small"));
        phys.imageProperties.set(QStringLiteral("hw_maxphysaddr_mode"), QStringLiteral("emulate"));
        phys.imageProperties.set(QStringLiteral("hw_maxphysaddr_bits"), QStringLiteral("42"));
        QVERIFY(build(phys, demo, {}, release(29)).xml.contains(QLatin1String("<topology sockets=\"2\" cores=\"1\" threads=\"1\"/>\n"
                                                                            "    <maxphysaddr mode=\"emulate\" bits=\"42\"/>")));
        QVERIFY(!build(phys, demo, {}, release(28)).xml.contains(QLatin1String("maxphysaddr")));
    }

    void deterministicAndSchemaValid()
    {
        const SchemaValidator schema;
        QVERIFY2(schema.isLoaded(), qPrintable(schema.loadError()));
        int built = 0;
        for (const flavors::Flavor &f : corpus::flavors().flavors) {
            const BuildResult a = buildNamed(f.name);
            QCOMPARE(buildNamed(f.name).xml, a.xml);
            if (!a.ok()) {
                QVERIFY2(f.name.startsWith(QLatin1String("bad.")) || f.name == QLatin1String("viommu.pc"), qPrintable(f.name));
                continue;
            }
            ++built;
            const SchemaValidator::Result r = schema.validate(a.xml.toUtf8());
            QVERIFY2(r.valid, qPrintable(f.name + QStringLiteral(": ") + r.summary()));
        }
        QCOMPARE(built, corpus::flavors().flavors.size() - 3);
        QVERIFY(built >= 30);
        // every release's document, and the vhost-user and hybrid interfaces, against domain.rng
        for (const int major : {23, 26, 32, 33}) {
            BuildOptions options = release(major);
            options.normalPortBinding = major % 2 ? QStringLiteral("ovs-dpdk") : QStringLiteral("ovs-hybrid");
            for (const flavors::Flavor &f : corpus::flavors().flavors) {
                const BuildResult a = buildNamed(f.name, {}, options);
                if (!a.ok())
                    continue;
                const SchemaValidator::Result r = schema.validate(a.xml.toUtf8());
                QVERIFY2(r.valid, qPrintable(f.name + QStringLiteral(" (%1): ").arg(major) + r.summary()));
            }
        }
    }
};

VDECK_TEST_MAIN(TestDomainBuilder)
#include "tst_domainbuilder.moc"
