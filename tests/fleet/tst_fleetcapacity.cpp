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

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
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

// The controllers' nova.conf of the demo cloud's PCI in Placement: the ConnectX-6 PFs the NFV
// nodes report (CUSTOM_PCI_15B3_101E), those on physnet data1 only.
const char kNovaConf[] = "[pci]\n"
                         "alias = {\"name\": \"cx6-data1\", \"vendor_id\": \"15b3\", \"product_id\": \"101e\", \"device_type\": \"type-PF\", \"traits\": \"physnet_data1\"}\n"
                         "[filter_scheduler]\npci_in_placement = True\n";

fleet::ResourceRequest requestFor(const flavors::Flavor &f)
{
    const rules::NovaRelease release(31);
    QString error;
    const std::optional<pci::NovaConf> conf = pci::NovaConf::parse(QString::fromLatin1(kNovaConf), QStringLiteral("nova.conf"), &error);
    return fleet::resourceRequest(f, release, rules::checkStageB(f, release), fleet::PciAliasConfig::fromNovaConf(*conf, release, QStringLiteral("nova.conf")));
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
    QTemporaryDir m_dir;

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
                flavor(k("sev.4c8g"), 4, 8192, 40, {{k("resources:MEM_ENCRYPTION_CONTEXT"), k("1")}}),
                // PCI in Placement: three PFs of data1, one request group each (group_policy none)
                flavor(k("nfv.alias.3"), 4, 8192, 20, {{k("pci_passthrough:alias"), k("cx6-data1:3")}})};
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
        int lastDone = 0;
        cloud::FleetReadOptions options;
        options.inFlight = 6;
        options.onProvider = [&](const fleet::Provider &p, int done, int total) {
            ++calls;
            QVERIFY(!p.uuid.isEmpty() && p.inventories.size() + p.traits.size() > 0);
            QVERIFY(done == lastDone + 1 && done <= total);
            lastDone = done;
        };
        const std::optional<fleet::Fleet> f = cloud::readFleet(*m_client, options, &cerr);
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
        QCOMPARE(nfv->aggregates.size(), 2); // its rack's and its zone's (zone-a)
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
            // The same counts from the three requests of readCandidateCapacity, without the walk.
            const std::optional<cloud::CandidateCapacity> quick = cloud::readCandidateCapacity(*m_client, request, &cerr);
            QVERIFY2(quick, qPrintable(cerr.toString()));
            QCOMPARE(quick->capacity.hosts.size(), capacity.hosts.size());
            for (qsizetype i = 0; i < capacity.hosts.size(); ++i) {
                const fleet::HostCapacity &walked = capacity.hosts.at(i);
                const fleet::HostCapacity &asked = quick->capacity.hosts.at(i);
                QCOMPARE(asked.name, walked.name);
                QVERIFY2(asked.fits == walked.fits, qPrintable(QStringLiteral("%1 on %2: %3 from candidates, %4 from the walk").arg(f.name, walked.name).arg(asked.fits).arg(walked.fits)));
                if (walked.fits > 0) {
                    QCOMPARE(asked.limitedBy, walked.limitedBy);
                    QCOMPARE(asked.limitedOn, walked.limitedOn);
                }
                QCOMPARE(asked.reasonsKnown, walked.fits > 0);
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
        // A flavor's PCI alias through the controllers' nova.conf
        const QString library = m_dir.filePath(k("alias.vdeckflavors"));
        QVERIFY(testpaths::writeFile(library, R"({"format": "vdeck-flavors", "version": 1, "flavors": [{"name": "nfv.alias.3", "vcpus": 4, "ramMb": 8192,
                     "diskGb": 20, "extraSpecs": [["pci_passthrough:alias", "cx6-data1:3"]]}]})"));
        const QString conf = m_dir.filePath(k("nova.conf"));
        QVERIFY(testpaths::writeFile(conf, kNovaConf));
        const ProcessResult alias = cloud({k("capacity"), library, k("--cloud"), k("fixture"), k("--flavor"), k("nfv.alias.3"), k("--nova-conf"), conf, k("--json")});
        QVERIFY2(alias.exitCode == 0, alias.err.constData());
        const QJsonObject a = QJsonDocument::fromJson(alias.out).object();
        const fleet::FleetCapacity aliasMine = fleet::fleetCapacity(m_fleet, requestFor(flavors().at(11)));
        QVERIFY(aliasMine.total() > 0);
        QCOMPARE(a.value(k("capacity")).toObject().value(k("total")).toInteger(), aliasMine.total());
        QVERIFY2(a.value(k("request")).toObject().value(k("query")).toString().contains(k("resources_pci0-2=CUSTOM_PCI_15B3_101E%3A1")), alias.out.constData());
        // without --nova-conf the alias is not in the request, and the note says so
        const ProcessResult noConf = cloud({k("capacity"), library, k("--cloud"), k("fixture"), k("--flavor"), k("nfv.alias.3")});
        QVERIFY2(noConf.out.contains("note: The flavor asks for PCI devices (pci_passthrough:alias), but no nova.conf"), noConf.out.constData());
        // an alias nova.conf does not define: Nova cannot schedule the flavor
        QVERIFY(testpaths::writeFile(conf, "[pci]\nalias = {\"name\": \"other\", \"vendor_id\": \"15b3\", \"product_id\": \"101e\"}\n"));
        const ProcessResult undefined = cloud({k("capacity"), library, k("--cloud"), k("fixture"), k("--flavor"), k("nfv.alias.3"), k("--nova-conf"), conf});
        QCOMPARE(undefined.exitCode, 1);
        QVERIFY2(undefined.err.contains("PciRequestAliasNotDefined"), undefined.err.constData());
        const ProcessResult why = cloud({k("why"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("m1.large"), k("--host"), k("general-07")});
        QCOMPARE(why.exitCode, 1);
        QVERIFY2(why.out.contains("general-07: not a candidate\n    general-07 is disabled: its nova-compute service is disabled"), why.out.constData());
        const ProcessResult none = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("avx512.8c16g")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.out.contains("0 instances fit on 0 of 24 compute nodes\n"), none.out.constData());
        // A snapshot of a node: vDeck's host model beside Placement's count, the smaller one wins.
        QFile demo(testpaths::sourceFile(k("resources/demo/demo.vdeckhost")));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray snapshot = demo.readAll();
        snapshot.replace("\"hostname\": \"compute-r750-07.demo.vdeck\"", "\"hostname\": \"nfv-01.demo.vdeck\"");
        QVERIFY(snapshot.contains("nfv-01.demo.vdeck"));
        const QString nfv01 = m_dir.filePath(k("nfv-01.vdeckhost"));
        QFile out(nfv01);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(snapshot);
        out.close();
        const ProcessResult model = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("m1.large"), k("--snapshot"), nfv01, k("--json")});
        QVERIFY2(model.exitCode == 0, model.err.constData());
        bool seen = false;
        for (const QJsonValue &h : QJsonDocument::fromJson(model.out).object().value(k("capacity")).toObject().value(k("hosts")).toArray()) {
            const QJsonObject host = h.toObject();
            if (host.value(k("host")).toString() != k("nfv-01")) {
                QVERIFY(!host.contains(k("hostModel")));
                continue;
            }
            seen = true;
            const QJsonObject hm = host.value(k("hostModel")).toObject();
            const int placement = host.value(k("fits")).toInt();
            const int mine = hm.value(k("fits")).toInt();
            QVERIFY2(placement > 0 && mine > 0, qPrintable(QStringLiteral("%1 %2").arg(placement).arg(mine)));
            QCOMPARE(hm.value(k("fitsBoth")).toInt(), std::min(placement, mine));
            QCOMPARE(hm.value(k("limits")).toString(), mine < placement ? k("host") : mine > placement ? k("placement") : k("both"));
            QVERIFY(!hm.value(k("limitedBy")).toString().isEmpty());
        }
        QVERIFY(seen);
        const ProcessResult modelText = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("m1.large"), k("--snapshot"), nfv01});
        QVERIFY2(modelText.out.contains("With the host snapshots (what Placement does not know: NUMA, hugepages per node, pinning, devices):\n  nfv-01: Placement "),
                 modelText.out.constData());
        const ProcessResult stranger = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("m1.large"), k("--snapshot"),
                                              testpaths::sourceFile(k("resources/demo/demo.vdeckhost"))});
        QCOMPARE(stranger.exitCode, 2);
        QVERIFY2(stranger.err.contains("host compute-r750-07.demo.vdeck is no compute node of the cloud"), stranger.err.constData());
        const ProcessResult unknown = cloud({k("why"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("m1.large"), k("--host"), k("nowhere")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("cloud 'fixture' has no compute node named 'nowhere' in Placement"), unknown.err.constData());
    }

    // Placement lets one allocate exactly as many instances as vDeck says fit, host by host.
    void exactlyThatManyCanBeAllocated()
    {
        const QList<std::pair<int, QString>> cases{{3, k("gpu-03")}, {4, k("gpu-04")}, {7, k("nfv-04")}, {0, k("general-06")}, {5, k("gpu-05")}, {11, k("nfv-05")}};
        for (const auto &[flavorIndex, host] : cases) {
            const flavors::Flavor f = flavors().at(flavorIndex);
            const fleet::ResourceRequest request = requestFor(f);
            const fleet::FleetCapacity capacity = fleet::fleetCapacity(m_fleet, request);
            const fleet::HostCapacity *h = hostNamed(capacity, host);
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
                QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error->toString())); // the message is built either way
                ++allocated;
            }
            QVERIFY2(allocated == h->fits, qPrintable(QStringLiteral("%1 on %2: vDeck says %3 fit (then %4 runs out), Placement allocated %5")
                                                          .arg(f.name, host).arg(h->fits).arg(h->limitedBy).arg(allocated)));
        }
    }

    // An availability zone: a Nova host aggregate with the zone, and its hosts' compute node
    // providers in the Placement aggregate of the same UUID (what Nova does when a host is added).
    // Runs last: it changes the fleet.
    void availabilityZoneAsksForItsAggregates()
    {
        const cloud::CloudReply created = m_client->call(k("compute"), "POST", k("/os-aggregates"),
                                                         QJsonObject{{k("aggregate"), QJsonObject{{k("name"), k("zone-t-hosts")}, {k("availability_zone"), k("zone-t")}}}}, k("2.41"));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error->toString()));
        const QString uuid = created.json.toObject().value(k("aggregate")).toObject().value(k("uuid")).toString();
        QVERIFY(!uuid.isEmpty());
        for (const QString &host : {k("gpu-01"), k("gpu-02"), k("general-01")}) {
            const fleet::Provider *root = nullptr;
            for (const fleet::Provider *r : m_fleet.roots())
                if (r->name == host)
                    root = r;
            QVERIFY(root);
            const cloud::CloudReply current = m_client->call(k("placement"), "GET", k("/resource_providers/") + root->uuid + k("/aggregates"), QJsonValue::Undefined, k("1.19"));
            QVERIFY(current.ok());
            QJsonArray aggregates = current.json.toObject().value(k("aggregates")).toArray();
            aggregates.append(uuid);
            const cloud::CloudReply put = m_client->call(k("placement"), "PUT", k("/resource_providers/") + root->uuid + k("/aggregates"),
                                                         QJsonObject{{k("aggregates"), aggregates},
                                                                     {k("resource_provider_generation"), current.json.toObject().value(k("resource_provider_generation"))}},
                                                         k("1.19"));
            QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error->toString()));
        }
        // gpu.a10.1 in zone-t: the two GPU nodes of the zone, as Placement answers the request.
        const ProcessResult zoned = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("gpu.a10.1"), k("--availability-zone"), k("zone-t"), k("--json")});
        QVERIFY2(zoned.exitCode == 0, zoned.err.constData());
        const QJsonObject z = QJsonDocument::fromJson(zoned.out).object();
        QVERIFY2(z.value(k("request")).toObject().value(k("query")).toString().contains(k("member_of=in%3A") + uuid), zoned.out.constData());
        QCOMPARE(z.value(k("capacity")).toObject().value(k("placementCandidates")).toInt(), 2);
        QStringList fitting;
        for (const QJsonValue &h : z.value(k("capacity")).toObject().value(k("hosts")).toArray())
            if (h.toObject().value(k("fits")).toInt() > 0)
                fitting << h.toObject().value(k("host")).toString();
        QCOMPARE(fitting, (QStringList{k("gpu-01"), k("gpu-02")}));
        // why: a GPU node outside the zone is refused for its aggregates alone
        const ProcessResult why = cloud({k("why"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("gpu.a10.1"), k("--availability-zone"), k("zone-t"),
                                         k("--host"), k("gpu-06")});
        QCOMPARE(why.exitCode, 1);
        QVERIFY2(why.out.contains("gpu-06: not a candidate\n    gpu-06 is in none of the host aggregates the request asks for (member_of, availability zone zone-t: zone-t-hosts)\n"),
                 why.out.constData());
        const ProcessResult inZone = cloud({k("why"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("gpu.a10.1"), k("--availability-zone"), k("zone-t"),
                                            k("--host"), k("gpu-02")});
        QVERIFY2(inZone.exitCode == 0 && inZone.out.contains("gpu-02: a candidate\n"), inZone.out.constData());
        // The demo's own zone-b (the second half of each rack): Placement's candidates are in it.
        const ProcessResult demoZone = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("m1.large"), k("--availability-zone"), k("zone-b"), k("--json")});
        QVERIFY2(demoZone.exitCode == 0, demoZone.err.constData());
        QStringList inZoneB;
        for (const QJsonValue &h : QJsonDocument::fromJson(demoZone.out).object().value(k("capacity")).toObject().value(k("hosts")).toArray())
            if (h.toObject().value(k("fits")).toInt() > 0)
                inZoneB << h.toObject().value(k("host")).toString();
        QVERIFY(!inZoneB.isEmpty());
        for (const QString &host : std::as_const(inZoneB))
            QVERIFY2(host.right(2).toInt() >= 5, qPrintable(host)); // general-05.., gpu-05.., nfv-05..
        // a zone no aggregate has: no member_of, and the note says so
        const ProcessResult nowhere = cloud({k("capacity"), k("--cloud"), k("fixture"), k("--deployed-flavor"), k("gpu.a10.1"), k("--availability-zone"), k("nowhere")});
        QVERIFY2(nowhere.out.contains("note: No host aggregate has availability zone nowhere"), nowhere.out.constData());
    }
};

VDECK_TEST_MAIN(TestFleetCapacity)
#include "tst_fleetcapacity.moc"
