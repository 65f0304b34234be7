// The fleet through Placement against the real control plane seeded as Nova's compute service
// seeds it (tools/demo_fleet.py): providers read back, capacity per host equal to what
// Placement's own GET /allocation_candidates answers (and exactly as many instances as Placement
// then lets one allocate), every reason a host is not a candidate, and `vdeckctl cloud
// providers|capacity|why`. Test functions run in order and share one control plane; only the
// last one writes allocations.
#include "cloud/cloudclient.h"
#include "cloud/placementapi.h"
#include "controlplanefixture.h"
#include "fleet/fleetcapacity.h"
#include "processutil.h"
#include "rules/stageb.h"
#include "testmain.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

namespace {

flavors::Flavor flavor(const QString &name, int vcpus, qint64 ram, int disk, const QList<flavors::Property> &specs = {})
{
    flavors::Flavor f;
    f.name = name;
    f.vcpus = vcpus;
    f.ramMb = ram;
    f.diskGb = disk;
    for (const flavors::Property &p : specs)
        f.extraSpecs.set(p.key, p.value);
    return f;
}

fleet::ResourceRequest requestFor(const flavors::Flavor &f)
{
    const rules::NovaRelease release(31);
    return fleet::resourceRequest(f, release, rules::checkStageB(f, release));
}

const fleet::HostCapacity *hostNamed(const fleet::FleetCapacity &c, const QString &name)
{
    for (const fleet::HostCapacity &h : c.hosts)
        if (h.name == name)
            return &h;
    return nullptr;
}

QString k(const char *s) { return QString::fromLatin1(s); }

} // namespace

class TestFleetCapacity : public QObject
{
    Q_OBJECT
    ControlPlaneFixture m_cp;
    std::unique_ptr<cloud::CloudClient> m_client;
    fleet::Fleet m_fleet;
    QProcessEnvironment m_env;

    QList<flavors::Flavor> flavors() const
    {
        return {flavor(k("m1.large"), 4, 8192, 80),
                flavor(k("c1.pinned.4c8g"), 4, 8192, 40, {{k("hw:cpu_policy"), k("dedicated")}}),
                flavor(k("c1.isolate.4c8g"), 4, 8192, 40, {{k("hw:cpu_policy"), k("dedicated")}, {k("hw:cpu_thread_policy"), k("isolate")}}),
                flavor(k("gpu.a10.1"), 8, 32768, 100, {{k("resources:VGPU"), k("1")}}),
                flavor(k("gpu.a10.8q"), 8, 16384, 40, {{k("resources1:VGPU"), k("1")}, {k("trait1:CUSTOM_NVIDIA_A10_8Q"), k("required")}}),
                flavor(k("gpu.two.isolated"), 8, 16384, 40, {{k("resources1:VGPU"), k("1")}, {k("resources2:VGPU"), k("1")}, {k("group_policy"), k("isolate")}}),
                flavor(k("gpu.4q.forbid8q"), 4, 8192, 20, {{k("resources1:VGPU"), k("2")}, {k("trait1:CUSTOM_NVIDIA_A10_8Q"), k("forbidden")}}),
                flavor(k("nfv.vf.2"), 4, 8192, 20, {{k("hw:cpu_policy"), k("dedicated")}, {k("resources1:CUSTOM_PCI_15B3_101E"), k("2")},
                                                    {k("trait1:CUSTOM_PHYSNET_DATA1"), k("required")}}),
                flavor(k("avx512.8c16g"), 8, 16384, 40, {{k("trait:HW_CPU_X86_AVX512F"), k("required")}}),
                flavor(k("big.mem"), 16, 600000, 40),
                flavor(k("sev.4c8g"), 4, 8192, 40, {{k("resources:MEM_ENCRYPTION_CONTEXT"), k("1")}})};
    }

    ProcessResult cloud(QStringList args)
    {
        args.prepend(k("cloud"));
        return runProcess(testpaths::binary(k("vdeckctl")), args, 120000, m_env);
    }

    std::optional<QJsonObject> candidatesIn(const fleet::ResourceRequest &request, const QString &rootUuid)
    {
        const cloud::CloudReply r = m_client->call(k("placement"), "GET",
                                                   k("/allocation_candidates?") + request.queryString() + k("&in_tree=") + rootUuid, QJsonValue::Undefined, k("1.39"));
        if (!r.ok())
            return std::nullopt;
        return r.json.toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cp.start(&error), qPrintable(error));
        qInfo("control plane started in %lld ms", m_cp.startMs());
        m_client = std::make_unique<cloud::CloudClient>(m_cp.adminConfig());
        cloud::CloudError cerr;
        int calls = 0;
        const std::optional<fleet::Fleet> f = cloud::readFleet(*m_client, {[&calls](int, int) { ++calls; }}, &cerr);
        QVERIFY2(f, qPrintable(cerr.toString()));
        m_fleet = *f;
        QCOMPARE(calls, int(m_fleet.providers().size()));
        m_env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : m_env.keys())
            if (key.startsWith(QLatin1String("OS_")))
                m_env.remove(key);
        m_env.insert(k("OS_CLIENT_CONFIG_FILE"), m_cp.writeCloudsYaml(k("fixture")));
    }

    void providersAsTheComputeServiceWritesThem()
    {
        QCOMPARE(m_fleet.roots().size(), 24);
        QCOMPARE(m_fleet.providers().size(), 24 + 8 * 2 + 8 * 2);
        const fleet::Provider *gpu = m_fleet.roots().at(8); // by name: general-01..08, gpu-01..08, nfv-01..08
        QCOMPARE(gpu->name, k("gpu-01"));
        QCOMPARE(gpu->inventories.value(k("VCPU")).allocationRatio, 4.0);
        QCOMPARE(gpu->usages.value(k("VCPU")), 48); // 6 instances of 8
        const QList<const fleet::Provider *> tree = m_fleet.tree(gpu->uuid);
        QCOMPARE(tree.size(), 3);
        QCOMPARE(tree.at(1)->name, k("gpu-01_pci_0000_84_00_0"));
        QCOMPARE(tree.at(1)->inventories.value(k("VGPU")).total, 8);
        QCOMPARE(tree.at(1)->usages.value(k("VGPU")), 6);
        QVERIFY(tree.at(1)->traits.contains(k("CUSTOM_NVIDIA_A10_8Q")));
        QCOMPARE(tree.at(1)->rootUuid, gpu->uuid);
        const fleet::Provider *nfv = m_fleet.roots().at(16);
        QCOMPARE(nfv->name, k("nfv-01"));
        const QList<const fleet::Provider *> pfs = m_fleet.tree(nfv->uuid);
        QCOMPARE(pfs.at(1)->name, k("nfv-01_0000:3B:00.0"));
        QVERIFY(pfs.at(1)->traits.contains(k("COMPUTE_MANAGED_PCI_DEVICE")));
        QCOMPARE(pfs.at(1)->inventories.value(k("CUSTOM_PCI_15B3_101E")).maxUnit, 8);
        QVERIFY(m_fleet.roots().at(6)->traits.contains(k("COMPUTE_STATUS_DISABLED"))); // general-07
        QCOMPARE(nfv->aggregates.size(), 1);
    }

    // The hosts that fit at least one instance are exactly Placement's candidates, and every
    // provider's capacity and use is what provider_summaries says.
    void capacityAgreesWithAllocationCandidates()
    {
        int nonEmpty = 0;
        int empty = 0;
        for (const flavors::Flavor &f : flavors()) {
            const fleet::ResourceRequest request = requestFor(f);
            cloud::CloudError cerr;
            const std::optional<cloud::AllocationCandidates> answer = cloud::readAllocationCandidates(*m_client, request, &cerr);
            QVERIFY2(answer, qPrintable(cerr.toString()));
            const fleet::FleetCapacity capacity = fleet::fleetCapacity(m_fleet, request);
            QSet<QString> ours;
            for (const fleet::HostCapacity &h : capacity.hosts)
                if (h.fits > 0)
                    ours.insert(h.rootUuid);
            QVERIFY2(ours == answer->roots, qPrintable(QStringLiteral("%1: vDeck %2 hosts, Placement %3 (%4)")
                                                           .arg(f.name).arg(ours.size()).arg(answer->roots.size()).arg(request.queryString())));
            for (auto p = answer->summaries.cbegin(); p != answer->summaries.cend(); ++p) {
                const fleet::Provider *mine = m_fleet.provider(p.key());
                QVERIFY(mine);
                for (auto r = p->cbegin(); r != p->cend(); ++r) {
                    QCOMPARE(mine->capacity(r.key()), r->first);
                    QCOMPARE(mine->usages.value(r.key()), r->second);
                }
            }
            (ours.isEmpty() ? empty : nonEmpty) += 1;
        }
        QVERIFY(nonEmpty >= 7);
        QVERIFY(empty >= 3); // avx512, sev, big.mem: the test can tell "none" from "some"
    }

    void whyNotNamesEveryReason()
    {
        const auto reasons = [this](const QString &flavorName, const QString &host) {
            for (const flavors::Flavor &f : flavors()) {
                if (f.name != flavorName)
                    continue;
                for (const fleet::Provider *root : m_fleet.roots())
                    if (root->name == host)
                        return fleet::whyNot(m_fleet, requestFor(f), root->uuid);
            }
            return QList<fleet::Reason>();
        };
        const QList<fleet::Reason> disabled = reasons(k("m1.large"), k("general-07"));
        QCOMPARE(disabled.size(), 1);
        QCOMPARE(disabled.first().kind, fleet::Reason::Kind::Disabled);
        QVERIFY(reasons(k("m1.large"), k("general-06")).isEmpty());
        // general-08 keeps all but 4096 MiB reserved: (4096 x 1.5) = 6144 MiB for guests.
        const QList<fleet::Reason> reserved = reasons(k("m1.large"), k("general-08"));
        QCOMPARE(reserved.size(), 1);
        QCOMPARE(reserved.first().kind, fleet::Reason::Kind::Short);
        QCOMPARE(reserved.first().resourceClass, k("MEMORY_MB"));
        QVERIFY2(reserved.first().text() == k("MEMORY_MB on general-08: needs 8192, 6144 free (total 262144, reserved 258048, allocation ratio 1.5, used 0)"),
                 qPrintable(reserved.first().text()));
        // more memory than one allocation may take (max_unit is the host's total)
        const QList<fleet::Reason> big = reasons(k("big.mem"), k("gpu-03"));
        QCOMPARE(big.size(), 1);
        QCOMPARE(big.first().kind, fleet::Reason::Kind::UnitLimit);
        QVERIFY2(big.first().text() == k("MEMORY_MB on gpu-03: one allocation of 600000 is outside min_unit 1, max_unit 524288, step_size 1"),
                 qPrintable(big.first().text()));
        const QList<fleet::Reason> avx = reasons(k("avx512.8c16g"), k("gpu-03"));
        QCOMPARE(avx.size(), 1);
        QCOMPARE(avx.first().kind, fleet::Reason::Kind::TraitMissing);
        QCOMPARE(avx.first().trait, k("HW_CPU_X86_AVX512F"));
        const QList<fleet::Reason> sev = reasons(k("sev.4c8g"), k("nfv-05"));
        QCOMPARE(sev.size(), 1);
        QCOMPARE(sev.first().kind, fleet::Reason::Kind::NoInventory);
        const QList<fleet::Reason> isolate = reasons(k("c1.isolate.4c8g"), k("nfv-05"));
        QCOMPARE(isolate.size(), 1);
        QCOMPARE(isolate.first().kind, fleet::Reason::Kind::TraitForbidden);
        const QList<fleet::Reason> pinned = reasons(k("c1.pinned.4c8g"), k("gpu-05"));
        QCOMPARE(pinned.first().kind, fleet::Reason::Kind::NoInventory);
        QCOMPARE(pinned.first().resourceClass, k("PCPU"));
        QVERIFY(reasons(k("gpu.a10.8q"), k("general-01")).first().kind == fleet::Reason::Kind::NoInventory);
    }

    void cliPrintsTheSameNumbers()
    {
        const ProcessResult providers = cloud({k("providers"), k("--cloud"), k("fixture"), k("--tree")});
        QCOMPARE(providers.exitCode, 0);
        QVERIFY2(providers.out.contains("24 compute nodes, 56 resource providers (used/capacity)\n"), providers.out.left(400).constData());
        QVERIFY(providers.out.contains("\n  gpu-01_pci_0000_84_00_0  VGPU 6/8  [CUSTOM_NVIDIA_A10_8Q]\n"));
        const ProcessResult capacity = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("gpu.a10.1"), k("--json")});
        QCOMPARE(capacity.exitCode, 0);
        const QJsonObject c = QJsonDocument::fromJson(capacity.out).object();
        const fleet::FleetCapacity mine = fleet::fleetCapacity(m_fleet, requestFor(flavors().at(3)));
        QCOMPARE(c.value(k("capacity")).toObject().value(k("total")).toInteger(), mine.total());
        QCOMPARE(c.value(k("capacity")).toObject().value(k("placementCandidates")).toInt(), mine.candidates());
        QCOMPARE(mine.candidates(), 8);
        const ProcessResult why = cloud({k("why"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("m1.large"), k("--host"), k("general-07")});
        QCOMPARE(why.exitCode, 1);
        QVERIFY2(why.out.contains("general-07: not a candidate\n    general-07 is disabled: its nova-compute service is disabled"), why.out.constData());
        const ProcessResult none = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("avx512.8c16g")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.out.contains("0 instances fit on 0 of 24 compute nodes\n"), none.out.constData());
        const ProcessResult unknown = cloud({k("why"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("m1.large"), k("--host"), k("nowhere")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("cloud 'fixture' has no compute node named 'nowhere' in Placement"), unknown.err.constData());
    }

    // Placement lets one allocate exactly as many instances as vDeck says fit, host by host.
    void exactlyThatManyCanBeAllocated()
    {
        const QList<std::pair<int, QString>> cases{{3, k("gpu-03")}, {4, k("gpu-04")}, {7, k("nfv-04")}, {0, k("general-06")}, {5, k("gpu-05")}};
        for (const auto &[flavorIndex, host] : cases) {
            const flavors::Flavor f = flavors().at(flavorIndex);
            const fleet::ResourceRequest request = requestFor(f);
            const fleet::HostCapacity *h = hostNamed(fleet::fleetCapacity(m_fleet, request), host);
            QVERIFY(h);
            QVERIFY2(h->fits > 0, qPrintable(f.name + QLatin1Char(' ') + host));
            int allocated = 0;
            while (allocated <= h->fits) {
                const std::optional<QJsonObject> answer = candidatesIn(request, h->rootUuid);
                QVERIFY(answer);
                const QJsonArray requests = answer->value(k("allocation_requests")).toArray();
                if (requests.isEmpty())
                    break;
                const QJsonObject body{{k("allocations"), requests.first().toObject().value(k("allocations"))},
                                       {k("project_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       {k("user_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       {k("consumer_generation"), QJsonValue::Null},
                                       {k("consumer_type"), k("INSTANCE")}};
                const cloud::CloudReply put = m_client->call(k("placement"), "PUT", k("/allocations/") + QUuid::createUuid().toString(QUuid::WithoutBraces), body, k("1.39"));
                QVERIFY2(put.ok(), qPrintable(put.error->toString()));
                ++allocated;
            }
            QVERIFY2(allocated == h->fits, qPrintable(QStringLiteral("%1 on %2: vDeck says %3 fit (then %4 runs out), Placement allocated %5")
                                                          .arg(f.name, host).arg(h->fits).arg(h->limitedBy).arg(allocated)));
        }
    }
};

VDECK_TEST_MAIN(TestFleetCapacity)
#include "tst_fleetcapacity.moc"
