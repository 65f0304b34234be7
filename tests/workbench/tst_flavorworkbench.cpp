// The flavor workbench: one owner of "this flavor on that host". A burst of changes in one
// event-loop turn (a rename is an edit and a library change) builds the domain XML once; the XML
// is what domainxml::build writes; every open host gets a capacity verdict; a saved compute
// profile that does not parse is reported and replaced by the defaults; the target host's removal
// clears the preview.
#include "core/settings.h"
#include "demohost.h"
#include "document/flavordocument.h"
#include "domainxml/builder.h"
#include "hosts/hostregistry.h"
#include "testmain.h"
#include "workbench/computeprofiles.h"
#include "workbench/flavorworkbench.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using workbench::FlavorWorkbench;

class TestFlavorWorkbench : public QObject
{
    Q_OBJECT

    struct Bench
    {
        explicit Bench(const QString &settingsFile)
            : settings(settingsFile)
        {
        }
        Settings settings;
        FlavorDocument doc;
        hosts::HostRegistry hosts;
        std::unique_ptr<FlavorWorkbench> wb;
    };

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Bench> bench()
    {
        auto b = std::make_unique<Bench>(m_dir.filePath(QStringLiteral("vdeck-%1.ini").arg(++m_files)));
        b->doc.newLibrary();
        b->doc.editCurrent(QStringLiteral("pinned"), [](flavors::Flavor &f) {
            f.name = QStringLiteral("pinned.small");
            f.vcpus = 4;
            f.ramMb = 4096;
            f.extraSpecs.set(QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated"));
        });
        addHost(*b, QStringLiteral("file:demo"), QStringLiteral("Demo host"));
        b->wb = std::make_unique<FlavorWorkbench>(&b->doc, &b->hosts, &b->settings);
        return b;
    }

    static void addHost(Bench &b, const QString &id, const QString &name)
    {
        hosts::HostEntry e;
        e.id = id;
        e.name = name;
        e.state = hosts::HostEntry::State::Snapshot;
        b.hosts.addOrReplace(e);
        b.hosts.setSnapshot(id, testhosts::demo());
    }

    static void settle(const FlavorWorkbench &wb) { QTRY_VERIFY_WITH_TIMEOUT(!wb.pending(), 30000); }

private Q_SLOTS:
    void burstOfChangesBuildsOnce()
    {
        auto b = bench();
        b->wb->setTargetHost(QStringLiteral("file:demo"));
        settle(*b->wb);
        QVERIFY(b->wb->preview().has_value());
        QVERIFY(b->wb->preview()->ok());
        QSignalSpy previews(b->wb.get(), &FlavorWorkbench::previewChanged);
        // A rename: flavorEdited and libraryChanged in one turn.
        QVERIFY(b->doc.editCurrent(QStringLiteral("rename"), [](flavors::Flavor &f) { f.name = QStringLiteral("pinned.renamed"); }));
        // Three more edits in the same turn.
        for (int vcpus : {2, 6, 8})
            QVERIFY(b->doc.editCurrent(QStringLiteral("vcpus"), [vcpus](flavors::Flavor &f) { f.vcpus = vcpus; }));
        QCOMPARE(previews.size(), 0); // nothing computed before the turn ends
        settle(*b->wb);
        QCOMPARE(previews.size(), 1);
        QVERIFY2(b->wb->preview()->xml.contains(QLatin1String(">8</vcpu>")), qPrintable(b->wb->preview()->xml));
    }

    void previewIsWhatTheBuilderWrites()
    {
        auto b = bench();
        b->wb->setTargetHost(QStringLiteral("file:demo"));
        settle(*b->wb);
        domainxml::BuildOptions options;
        options.release = b->doc.release();
        const domainxml::BuildResult direct = domainxml::build(*b->doc.current(), testhosts::demo(), domainxml::ComputeProfile{}, options);
        QVERIFY(direct.ok());
        QCOMPARE(b->wb->preview()->xml, direct.xml);
        QCOMPARE(b->wb->preview()->findings.size(), direct.findings.size());
        QCOMPARE(b->wb->previewHostName(), QStringLiteral("Demo host"));
        QVERIFY(b->wb->schema().has_value()); // checked against domain.rng, off the GUI thread
        QVERIFY2(b->wb->schema()->valid, qPrintable(b->wb->schema()->summary()));
    }

    void everyOpenHostGetsAVerdict()
    {
        auto b = bench();
        addHost(*b, QStringLiteral("file:other"), QStringLiteral("other"));
        b->wb->setTargetHost(QStringLiteral("file:other"));
        settle(*b->wb);
        QCOMPARE(b->wb->capacityFlavor(), QStringLiteral("pinned.small"));
        QCOMPARE(b->wb->capacity().size(), 2);
        const workbench::HostResult *target = b->wb->targetResult();
        QVERIFY(target);
        QCOMPARE(target->name, QStringLiteral("other"));
        QVERIFY(target->verdict.capacity.fits > 0);
        // Another flavor: the old verdict is not the new flavor's.
        QVERIFY(b->doc.addFlavor(flavors::Flavor{}));
        QVERIFY(!b->wb->targetResult());
        settle(*b->wb);
    }

    void unusableProfileIsReported()
    {
        auto b = bench();
        // A saved profile that does not parse (as a hand-edited settings file may hold).
        b->settings.setComputeProfile(QStringLiteral("Demo host"), QJsonObject{{QStringLiteral("libvirt"), QJsonObject{{QStringLiteral("virt_type"), QStringLiteral("bogus")}}}});
        QSignalSpy problems(b->wb.get(), &FlavorWorkbench::problem);
        b->wb->setTargetHost(QStringLiteral("file:demo"));
        settle(*b->wb);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.constFirst().at(0).toString().contains(QLatin1String("Demo host")), qPrintable(problems.constFirst().at(0).toString()));
        QVERIFY(!b->wb->profiles()->error(QStringLiteral("Demo host")).isEmpty());
        QVERIFY(b->wb->preview()->ok()); // built with the defaults
        // Parsed once: asking again reports nothing new.
        const qsizetype reported = problems.size();
        b->wb->profiles()->profile(QStringLiteral("Demo host"));
        QCOMPARE(problems.size(), reported);
    }

    void removingTheTargetClearsThePreview()
    {
        auto b = bench();
        b->wb->setTargetHost(QStringLiteral("file:demo"));
        settle(*b->wb);
        QVERIFY(b->wb->preview().has_value());
        QSignalSpy targets(b->wb.get(), &FlavorWorkbench::targetHostChanged);
        QVERIFY(b->hosts.remove(QStringLiteral("file:demo")));
        QCOMPARE(targets.size(), 1);
        QVERIFY(b->wb->targetHost().isEmpty());
        settle(*b->wb);
        QVERIFY(!b->wb->preview().has_value());
        QVERIFY(b->wb->capacity().isEmpty());
    }

    void useDeviceMakesAFlavorWhenThereIsNone()
    {
        auto b = bench();
        QVERIFY(b->doc.removeCurrent());
        QVERIFY(!b->doc.current());
        const inventory::HostSnapshot demo = testhosts::demo();
        const inventory::GraphNode *vdpa = nullptr;
        for (const inventory::GraphNode &n : demo.graph().nodes()) {
            if (n.kind == inventory::DeviceKind::Vdpa)
                vdpa = &n;
        }
        QVERIFY(vdpa);
        QVERIFY(b->wb->useDevice(vdpa->device, flavors::DeviceUseOptions{}));
        QVERIFY(b->doc.current());
        QCOMPARE(b->doc.current()->ports.size(), 1);
        b->doc.setReadOnly(true);
        QVERIFY(!b->wb->useDevice(vdpa->device, flavors::DeviceUseOptions{}));
    }
};

VDECK_TEST_MAIN(TestFlavorWorkbench)
#include "tst_flavorworkbench.moc"
