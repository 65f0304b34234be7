// The resource request of a flavor (fleet::resourceRequest, nova/scheduler/utils.py) and the
// capacity arithmetic on a fleet built in the test: units, steps, granular groups, isolate.
// tst_request_conformance compares the request with Nova's own on a generated corpus and
// tst_fleetcapacity the capacity with a real Placement.
#include "fleet/fleetcapacity.h"
#include "rules/stageb.h"

#include <QTest>

namespace {

QString k(const char *s) { return QString::fromLatin1(s); }

fleet::PciAliasConfig aliases(const QString &text, rules::NovaRelease release = rules::NovaRelease(31))
{
    QString error;
    const std::optional<pci::NovaConf> conf = pci::NovaConf::parse(text, k("controller.conf"), &error);
    if (!conf)
        qFatal("%s", qPrintable(error));
    return fleet::PciAliasConfig::fromNovaConf(*conf, release, k("controller.conf"));
}

fleet::ResourceRequest requestFor(int vcpus, qint64 ram, int disk, const QList<flavors::Property> &specs, rules::NovaRelease release = rules::NovaRelease(31),
                                  const fleet::PciAliasConfig &pci = {})
{
    flavors::Flavor f;
    f.name = k("f");
    f.vcpus = vcpus;
    f.ramMb = ram;
    f.diskGb = disk;
    for (const flavors::Property &p : specs)
        f.extraSpecs.set(p.key, p.value);
    return fleet::resourceRequest(f, release, rules::checkStageB(f, release), pci);
}

fleet::Inventory inv(qint64 total, qint64 reserved = 0, double ratio = 1.0, qint64 maxUnit = 0, qint64 step = 1)
{
    fleet::Inventory i;
    i.total = total;
    i.reserved = reserved;
    i.allocationRatio = ratio;
    i.maxUnit = maxUnit ? maxUnit : total;
    i.stepSize = step;
    return i;
}

} // namespace

class TestFleetRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestAsNovaWritesIt()
    {
        QCOMPARE(requestFor(2, 4096, 20, {}).queryString(),
                 k("resources=DISK_GB%3A20%2CMEMORY_MB%3A4096%2CVCPU%3A2&root_required=%21COMPUTE_STATUS_DISABLED"));
        QCOMPARE(requestFor(4, 4096, 0, {{k("hw:cpu_policy"), k("dedicated")}, {k("hw:emulator_threads_policy"), k("isolate")}, {k("hw:cpu_thread_policy"), k("isolate")}})
                     .queryString(),
                 k("required=%21HW_CPU_HYPERTHREADING&resources=MEMORY_MB%3A4096%2CPCPU%3A5&root_required=%21COMPUTE_STATUS_DISABLED"));
        const fleet::ResourceRequest granular = requestFor(
            4, 4096, 0, {{k("resources1:VGPU"), k("1")}, {k("trait1:CUSTOM_A"), k("required")}, {k("group_policy"), k("isolate")}, {k("resources:BOGUS"), k("1")}});
        QCOMPARE(granular.queryString(),
                 k("group_policy=isolate&required1=CUSTOM_A&resources=MEMORY_MB%3A4096%2CVCPU%3A4&resources1=VGPU%3A1&root_required=%21COMPUTE_STATUS_DISABLED"));
        QCOMPARE(granular.queryString(1000).left(11), k("group_polic"));
        QVERIFY(granular.queryString(1000).contains(k("&limit=1000&")));
        // mixed: dedicated mask -> PCPU, the rest VCPU
        const fleet::ResourceRequest mixed = requestFor(4, 2048, 0, {{k("hw:cpu_policy"), k("mixed")}, {k("hw:cpu_dedicated_mask"), k("^0")}});
        QCOMPARE(mixed.group(QString())->resources.value(k("PCPU")), 3);
        QCOMPARE(mixed.group(QString())->resources.value(k("VCPU")), 1);
    }

    void pciAliasesInPlacement()
    {
        const QString conf = k("[pci]\nalias = {\"name\": \"vf\", \"vendor_id\": \"8086\", \"product_id\": \"1889\", \"device_type\": \"type-VF\"}\n"
                               "alias = {\"name\": \"fpga\", \"resource_class\": \"fpga x\", \"traits\": \"rack_a,HW_GPU_API_VULKAN\"}\n"
                               "alias = {\"name\": \"twice\", \"vendor_id\": \"15b3\", \"product_id\": \"101e\", \"device_type\": \"type-PF\"}\n"
                               "alias = {\"name\": \"twice\", \"vendor_id\": \"15b3\", \"product_id\": \"101f\", \"device_type\": \"type-PF\"}\n");
        const QString on = conf + k("[filter_scheduler]\npci_in_placement = True\n");
        // one group per device, the alias's class and traits; Nova picks group_policy=none
        const fleet::ResourceRequest r = requestFor(2, 2048, 0, {{k("pci_passthrough:alias"), k("vf:2,fpga:1")}}, rules::NovaRelease(31), aliases(on));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.queryString(),
                 k("group_policy=none&required_pci1-0=CUSTOM_RACK_A%2CHW_GPU_API_VULKAN&resources=MEMORY_MB%3A2048%2CVCPU%3A2"
                   "&resources_pci0-0=CUSTOM_PCI_8086_1889%3A1&resources_pci0-1=CUSTOM_PCI_8086_1889%3A1&resources_pci1-0=CUSTOM_FPGA_X%3A1"
                   "&root_required=%21COMPUTE_STATUS_DISABLED"));
        QCOMPARE(r.pciGroups.value(k("_pci0-1")), k("vf #2 of 2"));
        QVERIFY(fleet::requestNotes(r).join(QLatin1Char(' ')).contains(k("one request group per device")));
        // the flavor's own policy stays; two groups of the flavor and one of PCI keep none set
        QCOMPARE(*requestFor(2, 2048, 0, {{k("pci_passthrough:alias"), k("vf:1")}, {k("group_policy"), k("isolate")}}, rules::NovaRelease(31), aliases(on)).groupPolicy,
                 k("isolate"));
        QVERIFY(!requestFor(2, 2048, 0, {{k("pci_passthrough:alias"), k("vf:1")}, {k("resources1:VGPU"), k("1")}, {k("resources2:VGPU"), k("1")}},
                            rules::NovaRelease(31), aliases(on))
                     .groupPolicy);
        // pci_in_placement off, or before 27: the hosts' PciPassthroughFilter, a note, no group
        const fleet::ResourceRequest off = requestFor(2, 2048, 0, {{k("pci_passthrough:alias"), k("vf:1")}}, rules::NovaRelease(31), aliases(conf));
        QVERIFY(!off.queryString().contains(k("_pci")));
        QCOMPARE(off.pciOutsidePlacement, QStringList{k("vf:1")});
        const fleet::ResourceRequest zed = requestFor(2, 2048, 0, {{k("pci_passthrough:alias"), k("vf:1")}}, rules::NovaRelease(26), aliases(on, rules::NovaRelease(26)));
        QVERIFY(!zed.queryString().contains(k("_pci")));
        // what Nova refuses before it asks Placement
        QVERIFY(requestFor(2, 2048, 0, {{k("pci_passthrough:alias"), k("nope:1")}}, rules::NovaRelease(31), aliases(on)).error.contains(k("PciRequestAliasNotDefined")));
        QVERIFY(requestFor(2, 2048, 0, {{k("pci_passthrough:alias"), k("twice:1")}}, rules::NovaRelease(31), aliases(on)).error.contains(k("multiple specs")));
        // no nova.conf: the aliases are not in the request, and a note says so
        const fleet::ResourceRequest unknown = requestFor(2, 2048, 0, {{k("pci_passthrough:alias"), k("vf:1")}});
        QVERIFY(unknown.pciUnknown);
        QVERIFY(fleet::requestNotes(unknown).join(QLatin1Char(' ')).contains(k("upper bound")));
    }

    // map_az_to_placement_aggregate: member_of=in: the aggregates of the zone, by release and nova.conf
    void availabilityZoneAsMemberOf()
    {
        flavors::Flavor f;
        f.name = k("f");
        f.vcpus = 2;
        f.ramMb = 2048;
        fleet::ZoneRequest zone;
        zone.zone = k("east");
        zone.aggregates = {{k("bbb"), k("east-2"), {{k("availability_zone"), k("east")}}},
                           {k("aaa"), k("east-1"), {{k("availability_zone"), k("east")}}},
                           {k("ccc"), k("west"), {{k("availability_zone"), k("west")}}}};
        const auto request = [&](int release) { return fleet::resourceRequest(f, rules::NovaRelease(release), rules::checkStageB(f, rules::NovaRelease(release)), {}, zone); };
        QCOMPARE(request(31).queryString(), k("member_of=in%3Aaaa%2Cbbb&resources=MEMORY_MB%3A2048%2CVCPU%3A2&root_required=%21COMPUTE_STATUS_DISABLED"));
        QVERIFY(fleet::requestNotes(request(31)).join(QLatin1Char(' ')).contains(k("Availability zone east: Placement is asked for the compute nodes in its host aggregates (east-1, east-2)")));
        QVERIFY(!request(23).queryString().contains(k("member_of"))); // off by default in 23
        QVERIFY(request(23).zoneNote.contains(k("AvailabilityZoneFilter")));
        QVERIFY(request(24).queryString().contains(k("member_of")));
        zone.queryPlacement = false;
        QVERIFY(!request(27).queryString().contains(k("member_of")));
        QVERIFY(request(28).queryString().contains(k("member_of"))); // the option is gone from 28
        zone.zone = k("nowhere");
        QVERIFY(!request(31).queryString().contains(k("member_of")));
        QVERIFY(request(31).zoneNote.contains(k("No host aggregate has availability zone nowhere")));

        // The node outside the zone's aggregates says so.
        fleet::Provider root;
        root.uuid = k("root");
        root.rootUuid = k("root");
        root.name = k("cn-1");
        root.inventories.insert(k("VCPU"), inv(16));
        root.inventories.insert(k("MEMORY_MB"), inv(65536));
        root.aggregates = {k("ccc")};
        fleet::Fleet fleetWest({root});
        zone.zone = k("east");
        zone.queryPlacement.reset();
        const QList<fleet::Reason> why = fleet::whyNot(fleetWest, request(31), k("root"));
        QCOMPARE(why.size(), 1);
        QCOMPARE(why.first().code(), k("aggregate"));
        QCOMPARE(why.first().text(), k("cn-1 is in none of the host aggregates the request asks for (member_of, availability zone east: east-1, east-2)"));
        root.aggregates = {k("bbb")};
        QVERIFY(fleet::whyNot(fleet::Fleet({root}), request(31), k("root")).isEmpty());
    }

    void requestFollowsTheRelease()
    {
        const QList<flavors::Property> packed{{k("hw:virtio_packed_ring"), k("true")}};
        QVERIFY(requestFor(2, 2048, 0, packed, rules::NovaRelease(29)).rootRequired.contains(k("COMPUTE_NET_VIRTIO_PACKED")));
        QVERIFY(!requestFor(2, 2048, 0, packed, rules::NovaRelease(28)).rootRequired.contains(k("COMPUTE_NET_VIRTIO_PACKED")));
    }

    void capacityRespectsUnitsGroupsAndIsolate()
    {
        QList<fleet::Provider> ps;
        fleet::Provider root;
        root.uuid = k("r");
        root.name = k("host");
        root.inventories.insert(k("VCPU"), inv(16, 0, 4.0));
        root.inventories.insert(k("MEMORY_MB"), inv(65536, 1024));
        root.inventories.insert(k("DISK_GB"), inv(100, 0, 1.0, 0, 10));
        root.usages.insert(k("VCPU"), 60);
        ps.append(root);
        for (const char *name : {"host_gpu0", "host_gpu1"}) {
            fleet::Provider g;
            g.uuid = k(name);
            g.name = k(name);
            g.parentUuid = k("r");
            g.rootUuid = k("r");
            g.inventories.insert(k("VGPU"), inv(4, 0, 1.0, 2));
            g.traits = {k("CUSTOM_T")};
            ps.append(g);
        }
        const fleet::Fleet fleet(ps);
        // VCPU: 64 - 60 = 4 left -> 2 of 2 vCPUs; disk step 10: 20 GB allowed, 25 not.
        const fleet::FleetCapacity twoCpu = fleet::fleetCapacity(fleet, requestFor(2, 1024, 20, {}));
        QCOMPARE(twoCpu.hosts.first().fits, 2);
        QCOMPARE(twoCpu.hosts.first().limitedBy, k("VCPU"));
        const QList<fleet::Reason> step = fleet::whyNot(fleet, requestFor(1, 1024, 25, {}), k("r"));
        QCOMPARE(step.size(), 1);
        QCOMPARE(step.first().kind, fleet::Reason::Kind::UnitLimit);
        // max_unit 2 per GPU: 3 VGPUs in one group never fit; 2 do, twice per GPU.
        QCOMPARE(fleet::whyNot(fleet, requestFor(1, 1, 0, {{k("resources1:VGPU"), k("3")}}), k("r")).first().kind, fleet::Reason::Kind::UnitLimit);
        QCOMPARE(fleet::fleetCapacity(fleet, requestFor(1, 1, 0, {{k("resources1:VGPU"), k("2")}})).hosts.first().fits, 4);
        // isolate: two groups of one VGPU on different GPUs -> 4 per GPU pair = 4 instances
        const fleet::ResourceRequest isolated = requestFor(1, 1, 0, {{k("resources1:VGPU"), k("1")}, {k("resources2:VGPU"), k("1")}, {k("group_policy"), k("isolate")}});
        QCOMPARE(fleet::fleetCapacity(fleet, isolated).hosts.first().fits, 4);
        // forbidden trait on both GPUs
        const QList<fleet::Reason> forbidden = fleet::whyNot(fleet, requestFor(1, 1, 0, {{k("resources1:VGPU"), k("1")}, {k("trait1:CUSTOM_T"), k("forbidden")}}), k("r"));
        QCOMPARE(forbidden.size(), 2);
        QCOMPARE(forbidden.first().kind, fleet::Reason::Kind::TraitForbidden);
    }
};

QTEST_GUILESS_MAIN(TestFleetRequest)
#include "tst_fleetrequest.moc"
