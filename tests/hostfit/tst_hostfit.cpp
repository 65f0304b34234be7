// hostfit capacity: how many instances fit and what runs out first, on the bundled demo host and
// on hand-made hosts. Every expected count is worked out by hand from the fixture numbers (see
// the comments); the demo host is resources/demo/demo.vdeckhost (tools/gen-demo-host.py):
// 2 NUMA nodes of 32 CPUs (16 cores x 2 threads) and 256 GiB each; 1 GiB pages 64 per node with
// 40 free on node 0 and 56 on node 1; 2 MiB pages 8192 per node with 5120 / 7168 free; all
// ConnectX VFs and the four vDPA devices on node 0; a Tesla T4 (node 1) serving nvidia-231 with
// one mdev created and 7 instances available.
#include "handmadehost.h"
#include "testmain.h"

#include "hostfit/capacityestimate.h"
#include "hostfit/hostcheck.h"

#include <QTest>

namespace {

flavors::Flavor flavor(const QString &name, int vcpus, qint64 ramMb, const QList<std::pair<const char *, const char *>> &specs,
                       const QStringList &ports = {})
{
    flavors::Flavor f;
    f.name = name;
    f.vcpus = vcpus;
    f.ramMb = ramMb;
    for (const auto &[k, v] : specs)
        f.extraSpecs.set(QLatin1String(k), QLatin1String(v));
    for (const QString &p : ports) {
        flavors::RequestedPort port;
        port.vnicType = p;
        f.ports.append(port);
    }
    return f;
}

domainxml::ComputeProfile demoSplitProfile()
{
    // node 0: CPUs 0-15 + 32-47, node 1: 16-31 + 48-63; two cores per node shared, 14 dedicated
    domainxml::ComputeProfile p;
    p.cpuSharedSet = QStringLiteral("0-1,32-33,16-17,48-49");
    p.cpuDedicatedSet = QStringLiteral("2-15,34-47,18-31,50-63");
    return p;
}

} // namespace

class TestHostFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoPinnedOneGigPagesFitTwelve()
    {
        // 4 pinned vCPUs, 8 GiB on 1 GiB pages, one NUMA node each: 8 pages per instance.
        // node 0: 40 free / 8 = 5, node 1: 56 / 8 = 7 -> 12; pCPUs 5*4 = 20 and 7*4 = 28 of 32
        // per node; placement falls back to VCPU (no cpu_dedicated_set): 12*4 = 48 of 64*4.
        const auto f = flavor(QStringLiteral("pinned.1g"), 4, 8192, {{"hw:cpu_policy", "dedicated"}, {"hw:mem_page_size", "1048576"}});
        const hostfit::CapacityEstimate e = hostfit::estimateCapacity(f, handmade::demo(), {});
        QCOMPARE(e.fits, 12);
        QVERIFY(!e.capped);
        QCOMPARE(e.limitedBy, QStringLiteral("1 GiB pages on NUMA nodes 0, 1"));
        QCOMPARE(e.shortage.code, QStringLiteral("host.hugepages-exhausted"));
        QVERIFY2(e.shortage.message.contains(QLatin1String("node 0: 0 free, 8 needed (8192 MiB)")), qPrintable(e.shortage.message));
        QVERIFY2(e.shortage.message.contains(QLatin1String("node 1: 0 free, 8 needed")), qPrintable(e.shortage.message));
    }

    void demoTwoNodeFlavorRunsOutOnNodeZero()
    {
        // hw:numa_nodes=2, 16 GiB: 8 x 1 GiB pages on each of two nodes. Node 0 has 40 -> 5
        // instances; node 1 then has 56 - 40 = 16 left but the second guest cell needs node 0.
        const auto f = flavor(QStringLiteral("two.node"), 4, 16384,
                              {{"hw:cpu_policy", "dedicated"}, {"hw:numa_nodes", "2"}, {"hw:mem_page_size", "1048576"}});
        const hostfit::CapacityEstimate e = hostfit::estimateCapacity(f, handmade::demo(), {});
        QCOMPARE(e.fits, 5);
        QCOMPARE(e.limitedBy, QStringLiteral("1 GiB pages on NUMA node 0"));
        QVERIFY2(e.shortage.message.contains(QLatin1String("only node 1 has room")), qPrintable(e.shortage.message));
    }

    void demoDedicatedSetLimitsPinnedInstances()
    {
        // cpu_dedicated_set: 28 pCPUs per node (56 PCPU in placement). 8 pinned vCPUs: 3 per
        // node (24 of 28) = 6; the 7th passes placement (56 - 48 = 8 left) but no node has 8
        // free pCPUs (4 each).
        const auto f = flavor(QStringLiteral("pinned.8"), 8, 4096, {{"hw:cpu_policy", "dedicated"}});
        const hostfit::CapacityEstimate e = hostfit::estimateCapacity(f, handmade::demo(), demoSplitProfile());
        QCOMPARE(e.fits, 6);
        QCOMPARE(e.limitedBy, QStringLiteral("pCPUs in cpu_dedicated_set on NUMA nodes 0, 1"));
        QCOMPARE(e.shortage.code, QStringLiteral("host.pcpu-exhausted"));
        QVERIFY2(e.shortage.message.contains(QLatin1String("node 0: 4 of 28 free, 8 needed")), qPrintable(e.shortage.message));
    }

    void demoPlacementVcpuAndMemory()
    {
        // Shared CPUs, no NUMA topology: only placement counts. VCPU = 8 shared CPUs x 4.0 = 32
        // -> two 16-vCPU instances.
        const auto wide = flavor(QStringLiteral("wide"), 16, 1024, {});
        const hostfit::CapacityEstimate v = hostfit::estimateCapacity(wide, handmade::demo(), demoSplitProfile());
        QCOMPARE(v.fits, 2);
        QCOMPARE(v.limitedBy, QStringLiteral("VCPU (8 shared CPUs x allocation ratio 4)"));
        QCOMPARE(v.shortage.code, QStringLiteral("host.vcpu-exhausted"));
        // MEMORY_MB = 2 x 262144 - 512 reserved = 523776; 128 GiB each: 523776 / 131072 = 3.99 -> 3
        const auto big = flavor(QStringLiteral("big"), 1, 131072, {});
        const hostfit::CapacityEstimate m = hostfit::estimateCapacity(big, handmade::demo(), {});
        QCOMPARE(m.fits, 3);
        QCOMPARE(m.limitedBy, QStringLiteral("host memory (MEMORY_MB)"));
        // tiny: VCPU 64 x 4 = 256 would allow 256, the cap stops at 100
        const hostfit::CapacityEstimate c = hostfit::estimateCapacity(flavor(QStringLiteral("tiny"), 1, 256, {}), handmade::demo(), {},
                                                                      hostfit::CapacityOptions{rules::NovaRelease(), 100});
        QCOMPARE(c.fits, 100);
        QVERIFY(c.capped);
    }

    void demoDirectPortsUseEveryFreeVf()
    {
        // Free VFs (host driver, no vDPA): PF ens1f0np0 VFs 6 and 7 (0-3 carry vDPA, 4-5 are
        // vfio-pci), ens1f1np1 VFs 2-7 (0-1 vfio-pci), ens5f0 VFs 2-3 (0-1 vfio-pci): 2 + 6 + 2 = 10.
        const auto f = flavor(QStringLiteral("sriov"), 2, 2048, {}, {QStringLiteral("direct")});
        const hostfit::CapacityEstimate e = hostfit::estimateCapacity(f, handmade::demo(), {});
        QCOMPARE(e.fits, 10);
        QCOMPARE(e.limitedBy, QStringLiteral("free VFs of PFs ens1f0np0, ens1f1np1, ens5f0"));
        QCOMPARE(e.shortage.code, QStringLiteral("host.device-unavailable"));
    }

    void demoVgpusRunOutOnTheT4()
    {
        // nvidia-231 on the T4: the existing mdev plus 7 available instances = 8 vGPUs.
        const auto f = flavor(QStringLiteral("vgpu"), 4, 8192, {{"resources:VGPU", "1"}});
        const hostfit::CapacityEstimate e = hostfit::estimateCapacity(f, handmade::demo(), {});
        QCOMPARE(e.fits, 8);
        QCOMPARE(e.limitedBy, QStringLiteral("mdev type nvidia-231 instances on pci_0000_ca_00_0"));
        QCOMPARE(e.shortage.code, QStringLiteral("host.mdev-unavailable"));
    }

    void vdpaRequiredPolicyOnTheWrongNode()
    {
        // 48 GiB on 1 GiB pages fits only on node 1 (56 free; node 0 has 40), the vDPA devices
        // are all on node 0. required (and legacy) keep devices local: 0 fit. preferred takes
        // the remote device: 56 / 48 = 1 instance.
        auto f = flavor(QStringLiteral("vdpa.remote"), 4, 49152, {{"hw:mem_page_size", "1048576"}, {"hw:pci_numa_affinity_policy", "required"}},
                        {QStringLiteral("vdpa")});
        const hostfit::HostVerdict v = hostfit::checkHost(f, handmade::demo(), {});
        QCOMPARE(v.capacity.fits, 0);
        QVERIFY(!v.canRun());
        QCOMPARE(v.capacity.limitedBy, QStringLiteral("devices on the instance's NUMA node (required policy)"));
        QCOMPARE(v.findings.constFirst().code, QStringLiteral("host.devices-not-numa-local"));
        QCOMPARE(v.findings.constFirst().novaException, QStringLiteral("NoValidHost"));
        QCOMPARE(v.findings.constFirst().stage, rules::Stage::C);
        QVERIFY2(v.capacity.shortage.message.contains(QLatin1String("fits on NUMA node(s) 1")), qPrintable(v.capacity.shortage.message));
        QVERIFY2(v.capacity.shortage.message.contains(QLatin1String("vDPA devices of PF ens1f0np0: 4 free (node 0: 4)")), qPrintable(v.capacity.shortage.message));
        QCOMPARE(v.toJson().value(QStringLiteral("canRun")).toBool(), false);
        f.extraSpecs.set(QStringLiteral("hw:pci_numa_affinity_policy"), QStringLiteral("preferred"));
        const hostfit::CapacityEstimate preferred = hostfit::estimateCapacity(f, handmade::demo(), {});
        QCOMPARE(preferred.fits, 1);
        QCOMPARE(preferred.limitedBy, QStringLiteral("1 GiB pages on NUMA nodes 0, 1"));
    }

    // socket as nova/pci/stats.py _filter_pools_for_socket_affinity means it: the devices may be on
    // any NUMA node of the instance's socket. On the demo host the nodes are two sockets (0 fit,
    // like required); with both nodes on socket 0 the node-0 vDPA device serves a node-1 guest.
    void vdpaSocketPolicy()
    {
        auto f = flavor(QStringLiteral("vdpa.socket"), 4, 49152, {{"hw:mem_page_size", "1048576"}, {"hw:pci_numa_affinity_policy", "socket"}},
                        {QStringLiteral("vdpa")});
        const hostfit::CapacityEstimate twoSockets = hostfit::estimateCapacity(f, handmade::demo(), {});
        QCOMPARE(twoSockets.fits, 0);
        QVERIFY2(twoSockets.shortage.message.contains(QLatin1String("a NUMA node of the instance's socket")), qPrintable(twoSockets.shortage.message));
        const hostfit::CapacityEstimate oneSocket = hostfit::estimateCapacity(f, handmade::demoOneSocket(), {});
        QCOMPARE(oneSocket.fits, 1);
        f.extraSpecs.set(QStringLiteral("hw:pci_numa_affinity_policy"), QStringLiteral("required"));
        QCOMPARE(hostfit::estimateCapacity(f, handmade::demoOneSocket(), {}).fits, 0);
    }

    void handmadeHostFitsFour()
    {
        // One node, 4 cores x 2 threads = 8 CPUs, 2 MiB pages: 1280 free. 2 pinned vCPUs with
        // 512 MiB on 2 MiB pages = 256 pages: pages allow 1280 / 256 = 5, CPUs 8 / 2 = 4 -> 4.
        handmade::Host h;
        h.cells = {handmade::Cell{4, 16384, {{2048, {2048, 1280}}}}};
        const auto f = flavor(QStringLiteral("small.pinned"), 2, 512, {{"hw:cpu_policy", "dedicated"}, {"hw:mem_page_size", "2048"}});
        const hostfit::HostVerdict v = hostfit::checkHost(f, handmade::snapshot(h), {});
        QCOMPARE(v.capacity.fits, 4);
        QCOMPARE(v.capacity.limitedBy, QStringLiteral("free pCPUs (no cpu_dedicated_set: every host CPU) on NUMA node 0"));
        QCOMPARE(v.findings.size(), 1);
        QCOMPARE(v.findings.constFirst().code, QStringLiteral("host.capacity"));
        QCOMPARE(v.findings.constFirst().severity, rules::Severity::Info);
        QCOMPARE(v.toJson(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("handmade.test")}, {QStringLiteral("fits"), 4},
                                          {QStringLiteral("limitedBy"), v.capacity.limitedBy}, {QStringLiteral("canRun"), true}}));
    }

    void handmadeOneGigPagesOnOneNodeOnly()
    {
        // Node 0 has no 1 GiB pages, node 1 has 10 free: 4 GiB instances -> 10 / 4 = 2, then
        // node 1 has 2 left.
        handmade::Host h;
        h.cells = {handmade::Cell{4, 16384, {}}, handmade::Cell{4, 16384, {{1048576, {10, 10}}}}};
        const auto f = flavor(QStringLiteral("g1"), 2, 4096, {{"hw:mem_page_size", "1048576"}});
        const hostfit::CapacityEstimate e = hostfit::estimateCapacity(f, handmade::snapshot(h), {});
        QCOMPARE(e.fits, 2);
        QCOMPARE(e.limitedBy, QStringLiteral("1 GiB pages on NUMA nodes 0, 1"));
        QVERIFY2(e.shortage.message.contains(QLatin1String("node 0: the node has no 1 GiB pages")), qPrintable(e.shortage.message));
        QVERIFY2(e.shortage.message.contains(QLatin1String("node 1: 2 free, 4 needed (4096 MiB)")), qPrintable(e.shortage.message));
    }

    void handmadeMdevTypeWithoutInstances()
    {
        // A GPU whose only type has no instance left and no mdev: nothing fits.
        handmade::Host h;
        h.cells = {handmade::Cell{}};
        h.deviceXml = {handmade::gpuWithMdevTypes(QStringLiteral("3b"), 0, {{QStringLiteral("nvidia-471"), 0}})};
        const auto f = flavor(QStringLiteral("vgpu"), 2, 2048, {{"resources:VGPU", "1"}});
        const hostfit::HostVerdict v = hostfit::checkHost(f, handmade::snapshot(h), {});
        QCOMPARE(v.capacity.fits, 0);
        QCOMPARE(v.capacity.limitedBy, QStringLiteral("mdev instances (available: pci_0000_3b_00_0 (nvidia-471: 0))"));
        QCOMPARE(v.findings.constFirst().code, QStringLiteral("host.mdev-unavailable"));
        QCOMPARE(v.findings.constFirst().severity, rules::Severity::Error);
        // with 3 instances: 3 fit, then the type runs out
        h.deviceXml = {handmade::gpuWithMdevTypes(QStringLiteral("3b"), 0, {{QStringLiteral("nvidia-471"), 3}})};
        const hostfit::CapacityEstimate three = hostfit::estimateCapacity(f, handmade::snapshot(h), {});
        QCOMPARE(three.fits, 3);
        QCOMPARE(three.limitedBy, QStringLiteral("mdev instances (available: pci_0000_3b_00_0 (nvidia-471: 0))"));
    }

    void flavorRejectedByNovaFitsNowhere()
    {
        // realtime without a dedicated policy: stage B rejects it before any host is asked
        const auto f = flavor(QStringLiteral("bad"), 2, 2048, {{"hw:cpu_realtime", "yes"}});
        const hostfit::CapacityEstimate e = hostfit::estimateCapacity(f, handmade::demo(), {});
        QCOMPARE(e.fits, 0);
        QCOMPARE(e.shortage.code, QStringLiteral("host.flavor-rejected"));
        QVERIFY2(e.limitedBy.startsWith(QLatin1String("the flavor itself (stage B")), qPrintable(e.limitedBy));
    }
};

VDECK_TEST_MAIN(TestHostFit)
#include "tst_hostfit.moc"
