// `vdeckctl cloud` as an operator uses it, against the real control plane seeded with the demo
// flavors: list, lint (the broken flavors are errors), pull -o, diff, push (a call that fails,
// a push killed half-way and run again, replace and delete only when asked, auditor mode) and
// bad input. Test functions run in order and share one control plane.
#include "controlplanefixture.h"
#include "flavors/flavorfiles.h"
#include "flavors/nativeformat.h"
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const flavors::Flavor *find(const flavors::FlavorLibrary &lib, const QString &name)
{
    return lib.find(name);
}

flavors::Flavor *findMutable(flavors::FlavorLibrary &lib, const QString &name)
{
    for (flavors::Flavor &f : lib.flavors)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

class TestVdeckctlCloud : public QObject
{
    Q_OBJECT
    ControlPlaneFixture m_cp;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    ProcessResult cloud(QStringList args, const QProcessEnvironment *env = nullptr)
    {
        args.prepend(QStringLiteral("cloud"));
        return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args, 120000, env ? *env : m_env);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    flavors::FlavorLibrary load(const QString &file)
    {
        flavors::FileError fe;
        const auto lib = flavors::loadFlavorFile(file, &fe);
        return lib ? *lib : flavors::FlavorLibrary{};
    }

    void save(const flavors::FlavorLibrary &lib, const QString &file)
    {
        QString error;
        QVERIFY2(flavors::saveAtomically(file, flavors::writeNative(lib), &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cp.start(&error), qPrintable(error));
        qInfo("control plane started in %lld ms", m_cp.startMs());
        m_env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : m_env.keys())
            if (k.startsWith(QLatin1String("OS_")))
                m_env.remove(k);
        m_env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), m_cp.writeCloudsYaml(QStringLiteral("fixture"), true));
        m_env.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"), m_cp.directory() + QStringLiteral("/secure.yaml"));
    }

    void listNamesCloudsWithoutSecrets()
    {
        const ProcessResult r = cloud({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject c = o.value(QStringLiteral("clouds")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("fixture"));
        QCOMPARE(c.value(QStringLiteral("authUrl")).toString(), m_cp.authUrl());
        QVERIFY(!r.out.contains("vdeck-admin")); // the password (from secure.yaml)
        const ProcessResult text = cloud({QStringLiteral("list")});
        QVERIFY2(text.out.contains("cloud 'fixture' (password auth as admin, project admin"), text.out.constData());
    }

    void lintJudgesWithTheCloudsRelease()
    {
        const ProcessResult r = cloud({QStringLiteral("lint"), QStringLiteral("--cloud"), QStringLiteral("fixture")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("cloud 'fixture': Nova 31 (2025.1 Epoxy) or 32, compute API 2.100\n"), r.out.left(200).constData());
        QVERIFY(r.out.contains("\nm1.small: ok\n"));
        QVERIFY(r.out.contains("\nbad.policy.4c8g: 1 error(s)\n"));
        const ProcessResult j = cloud({QStringLiteral("lint"), QStringLiteral("--cloud"), QStringLiteral("fixture"), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o.value(QStringLiteral("judgedAs")).toInt(), 31);
        int errors = 0;
        const QJsonArray list = o.value(QStringLiteral("flavors")).toArray();
        for (const QJsonValue &v : list)
            errors += v.toObject().value(QStringLiteral("errors")).toBool();
        QCOMPARE(list.size(), 35);
        QCOMPARE(errors, 9); // 7 refused at 2.86, 2 that cannot boot
    }

    // pull -o writes a library that `vdeckctl lint` reads; diffing it with the cloud finds nothing.
    void pullWritesALibraryThatDiffsClean()
    {
        const ProcessResult r = cloud({QStringLiteral("pull"), QStringLiteral("--cloud"), QStringLiteral("fixture"), QStringLiteral("-o"), path(QStringLiteral("pulled.json")),
                                       QStringLiteral("--page-size"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const flavors::FlavorLibrary lib = load(path(QStringLiteral("pulled.json")));
        QCOMPARE(lib.flavors.size(), 35);
        QCOMPARE(find(lib, QStringLiteral("nfv.dpdk.8c16g"))->access.size(), 1);
        const ProcessResult lint = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), {QStringLiteral("lint"), path(QStringLiteral("pulled.json")), QStringLiteral("--release"), QStringLiteral("31")});
        QCOMPARE(lint.exitCode, 1);
        const ProcessResult diff = cloud({QStringLiteral("diff"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("pulled.json"))});
        QVERIFY2(diff.exitCode == 0, diff.out.constData());
        QVERIFY(diff.out.contains("hold the same flavors"));
    }

    // A call Nova refuses: the report says which calls were done, which failed and which did not run.
    void pushReportsTheCallThatFailed()
    {
        flavors::FlavorLibrary lib = load(path(QStringLiteral("pulled.json")));
        flavors::Flavor bad = *find(lib, QStringLiteral("m1.small"));
        bad.name = QStringLiteral("new.bad");
        bad.id.clear();
        bad.extraSpecs = {{QStringLiteral("hw:cpu_policy"), QStringLiteral("bogus")}};
        lib.flavors << bad;
        flavors::Flavor after = bad;
        after.name = QStringLiteral("new.after");
        after.extraSpecs = {};
        lib.flavors << after;
        save(lib, path(QStringLiteral("failing.json")));
        const ProcessResult r = cloud({QStringLiteral("push"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("failing.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("  done: create new.bad (1 vCPU, 2048 MiB, 20 GB, public)\n"), r.out.constData());
        QVERIFY2(r.out.contains(QStringLiteral("  FAILED: set extra specs of new.bad: hw:cpu_policy=bogus\n    cloud 'fixture', compute, POST http://127.0.0.1:%1/v2.1/flavors/")
                                    .arg(m_cp.port(QStringLiteral("nova")))
                                    .toUtf8()),
                 r.out.constData());
        QVERIFY(r.out.contains("HTTP 400: "));
        QVERIFY(r.out.contains("  not run: create new.after"));
        QVERIFY(r.out.contains("push INCOMPLETE: 1 done, 1 failed, 1 not run; run the push again to finish it\n"));
    }

    // The demo's story: fix the broken flavors in the library, push (killed after three calls),
    // push again (finishes), and the cloud lints clean.
    void pushKilledHalfWayAndRunAgainFinishes()
    {
        flavors::FlavorLibrary lib = load(path(QStringLiteral("pulled.json")));
        const QList<std::pair<QString, flavors::PropertyList>> fixes{
            {QStringLiteral("bad.policy.4c8g"), {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}}},
            {QStringLiteral("bad.typo.4c8g"), {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}}},
            {QStringLiteral("bad.numa.8c16g"), {{QStringLiteral("hw:numa_nodes"), QStringLiteral("2")}}},
            {QStringLiteral("bad.pages.4c8g"), {{QStringLiteral("hw:mem_page_size"), QStringLiteral("large")}}},
            {QStringLiteral("bad.watchdog.2c4g"), {{QStringLiteral("hw:watchdog_action"), QStringLiteral("reset")}}},
            {QStringLiteral("bad.vgpu.8c32g"), {{QStringLiteral("resources:VGPU"), QStringLiteral("1")}}},
            {QStringLiteral("unboot.rt.4c8g"), {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}, {QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes")},
                                                {QStringLiteral("hw:cpu_realtime_mask"), QStringLiteral("^0")}}},
            {QStringLiteral("unboot.numa3.2c4g"), {}},
            {QStringLiteral("viommu.q35.4c8g"), {{QStringLiteral("hw:viommu_model"), QStringLiteral("intel")}}}, // q35 comes from the image
        };
        for (const auto &[name, specs] : fixes)
            findMutable(lib, name)->extraSpecs = specs;
        flavors::Flavor fixed = *find(lib, QStringLiteral("m1.small"));
        fixed.id.clear();
        fixed.name = QStringLiteral("new.bad");
        fixed.extraSpecs = {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}};
        lib.flavors << fixed;
        save(lib, path(QStringLiteral("fixed.json")));
        const ProcessResult libLint = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), {QStringLiteral("lint"), path(QStringLiteral("fixed.json")), QStringLiteral("--release"), QStringLiteral("31")});
        QVERIFY2(libLint.exitCode == 0, libLint.out.constData());

        const ProcessResult plan = cloud({QStringLiteral("push"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("fixed.json")), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 1);
        const int planned = int(QJsonDocument::fromJson(plan.out).object().value(QStringLiteral("plan")).toObject().value(QStringLiteral("steps")).toArray().size());
        QCOMPARE(planned, 11); // the 9 broken flavors: 7 sets, 3 unsets; new.bad (created without its spec): 1 set

        QProcess push;
        push.setProcessEnvironment(m_env);
        push.setChildProcessModifier([] { dieWithParent(); });
        push.start(testpaths::binary(QStringLiteral("vdeckctl")), {QStringLiteral("cloud"), QStringLiteral("push"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("fixed.json"))});
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += push.readAllStandardOutput()).count("  done: ") >= 3, 60000);
        push.kill(); // SIGKILL: no chance to finish or to clean up
        QVERIFY(push.waitForFinished(10000));
        QCOMPARE(push.exitStatus(), QProcess::CrashExit);

        const ProcessResult again = cloud({QStringLiteral("push"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("fixed.json"))});
        QVERIFY2(again.exitCode == 0, again.out.constData());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("plan for cloud 'fixture': (\\d+) call")).match(QString::fromUtf8(again.out));
        QVERIFY(m.hasMatch());
        QVERIFY2(m.captured(1).toInt() <= planned - 3, again.out.constData()); // what the killed push did is not done twice
        QVERIFY(again.out.contains("push complete: "));

        const ProcessResult diff = cloud({QStringLiteral("diff"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("fixed.json"))});
        QVERIFY2(diff.exitCode == 0, diff.out.constData());
        const ProcessResult lint = cloud({QStringLiteral("lint"), QStringLiteral("--cloud"), QStringLiteral("fixture")});
        QVERIFY2(lint.exitCode == 0, lint.out.constData());
    }

    // Nova cannot resize a flavor: blocked unless --replace names it; nothing deleted unless --delete names it.
    void replaceAndDeleteOnlyWhenAsked()
    {
        flavors::FlavorLibrary lib = load(path(QStringLiteral("fixed.json")));
        findMutable(lib, QStringLiteral("m1.medium"))->vcpus = 3;
        lib.flavors.removeIf([](const flavors::Flavor &f) { return f.name == QLatin1String("m1.tiny"); });
        save(lib, path(QStringLiteral("resized.json")));
        const QStringList base{QStringLiteral("push"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("resized.json"))};
        ProcessResult r = cloud(base);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("  blocked: m1.medium: vcpus 2 -> 3: Nova cannot change these"), r.out.constData());
        QVERIFY(r.out.contains("  kept (only in the cloud; --delete F deletes one): m1.tiny\n"));
        QVERIFY(r.out.contains("plan for cloud 'fixture': 0 call(s)"));

        r = cloud(base + QStringList{QStringLiteral("--replace"), QStringLiteral("m1.medium"), QStringLiteral("--delete"), QStringLiteral("m1.tiny")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.contains("  done: delete m1.medium\n  done: create m1.medium (3 vCPU, 4096 MiB, 40 GB, public)\n"));
        QVERIFY(r.out.contains("  done: delete m1.tiny\n"));
        r = cloud({QStringLiteral("diff"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("resized.json"))});
        QVERIFY2(r.exitCode == 0, r.out.constData());
    }

    void auditorModeWritesNothing()
    {
        flavors::FlavorLibrary lib = load(path(QStringLiteral("resized.json")));
        findMutable(lib, QStringLiteral("m1.large"))->description = QStringLiteral("changed");
        save(lib, path(QStringLiteral("audit.json")));
        ProcessResult r = cloud({QStringLiteral("push"), QStringLiteral("--auditor"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("audit.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("auditor mode does not do"));
        r = cloud({QStringLiteral("push"), QStringLiteral("--auditor"), QStringLiteral("--dry-run"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("audit.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("1. set description of m1.large to \"changed\""));
        r = cloud({QStringLiteral("diff"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("audit.json"))});
        QCOMPARE(r.exitCode, 1); // still different: nothing was written
    }

    void environmentAloneMakesACloud()
    {
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("OS_CLIENT_CONFIG_FILE"));
        env.remove(QStringLiteral("OS_CLIENT_SECURE_FILE"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // no ~/.config/openstack/clouds.yaml there
        env.insert(QStringLiteral("OS_AUTH_URL"), m_cp.authUrl());
        env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("admin"));
        env.insert(QStringLiteral("OS_PASSWORD"), m_cp.adminConfig().password);
        env.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("admin"));
        env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
        env.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default"));
        const ProcessResult r = cloud({QStringLiteral("pull")}, &env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("cloud 'envvars': Nova 31"));
    }

    void badInputNamesCloudServiceAndUrl()
    {
        ProcessResult r = cloud({QStringLiteral("lint"), QStringLiteral("--cloud"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cloud 'nope' is not in %1 (it has: fixture)").arg(m_env.value(QStringLiteral("OS_CLIENT_CONFIG_FILE"))).toUtf8()), r.err.constData());

        const QString gone = QStringLiteral("http://127.0.0.1:%1/v3").arg(freeLoopbackPort());
        r = cloud({QStringLiteral("lint"), QStringLiteral("--cloud"), QStringLiteral("fixture"), QStringLiteral("--os-auth-url"), gone});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("vdeckctl cloud: cloud 'fixture', identity, POST %1/auth/tokens: unreachable: ").arg(gone).toUtf8()), r.err.constData());

        r = cloud({QStringLiteral("lint"), QStringLiteral("--cloud"), QStringLiteral("fixture"), QStringLiteral("--os-password"), QStringLiteral("wrong")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("HTTP 401: "), r.err.constData());
        QVERIFY(!r.err.contains("wrong"));

        r = cloud({QStringLiteral("lint"), QStringLiteral("--cloud"), QStringLiteral("fixture"), QStringLiteral("--os-region-name"), QStringLiteral("RegionTwo")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cloud 'fixture', compute, %1: no compute endpoint for interface public in region RegionTwo in the catalog").arg(m_cp.authUrl()).toUtf8()), r.err.constData());

        r = cloud({QStringLiteral("diff"), QStringLiteral("--cloud"), QStringLiteral("fixture"), path(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 2);
        r = cloud({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown action 'frobnicate'"));
        r = cloud({QStringLiteral("lint"), QStringLiteral("-o"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
    }
};

VDECK_TEST_MAIN(TestVdeckctlCloud)
#include "tst_vdeckctl_cloud.moc"
