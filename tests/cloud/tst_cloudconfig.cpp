// clouds.yaml / secure.yaml / OS_* as openstacksdk reads them, the compute API's release, the
// diff and the push plan: values in, values out (no cloud needed).
#include "cloud/cloudsyaml.h"
#include "cloud/computerelease.h"
#include "cloud/flavordiff.h"
#include "cloud/keystone.h"
#include "cloud/pushplan.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cloud;

namespace {

const QByteArray kClouds = "clouds:\n"
                           "  prod:\n"
                           "    auth:\n"
                           "      auth_url: https://keystone.example:5000/v3\n"
                           "      username: ops\n"
                           "      project_name: infra\n"
                           "      user_domain_name: Corp\n"
                           "      project_domain_id: abc123\n"
                           "    region_name: RegionTwo\n"
                           "    interface: internal\n"
                           "    cacert: /etc/ssl/corp.pem\n"
                           "  appcred:\n"
                           "    auth_type: v3applicationcredential\n"
                           "    auth:\n"
                           "      auth_url: http://127.0.0.1:5000\n"
                           "      application_credential_id: 0123abcd\n"
                           "      application_credential_secret: s3cret\n"
                           "    regions: [RegionOne, RegionThree]\n"
                           "  lab:\n"
                           "    auth:\n"
                           "      auth_url: https://lab:5000/v3\n"
                           "      username: u\n"
                           "      password: inline\n"
                           "    verify: false\n";

const QByteArray kSecure = "clouds:\n  prod:\n    auth:\n      password: from-secure\n";

flavors::Flavor flavor(const QString &name, int vcpus, flavors::PropertyList specs = {})
{
    flavors::Flavor f;
    f.name = name;
    f.vcpus = vcpus;
    f.ramMb = 4096;
    f.diskGb = 20;
    f.extraSpecs = std::move(specs);
    return f;
}

} // namespace

class TestCloudConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cloudsYamlMergesSecureYaml()
    {
        QString error;
        const auto file = parseClouds(kClouds, QStringLiteral("clouds.yaml"), kSecure, QStringLiteral("secure.yaml"), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->names(), (QStringList{QStringLiteral("appcred"), QStringLiteral("lab"), QStringLiteral("prod")}));
        const CloudConfig *prod = file->find(QStringLiteral("prod"));
        QVERIFY(prod);
        QCOMPARE(prod->authType, AuthType::Password);
        QCOMPARE(prod->password, QStringLiteral("from-secure"));
        QCOMPARE(prod->userDomainName, QStringLiteral("Corp"));
        QCOMPARE(prod->projectDomainId, QStringLiteral("abc123"));
        QCOMPARE(prod->regionName, QStringLiteral("RegionTwo"));
        QCOMPARE(prod->interface, QStringLiteral("internal"));
        QCOMPARE(prod->cacert, QStringLiteral("/etc/ssl/corp.pem"));
        QVERIFY(prod->verify);
        QVERIFY(prod->missing().isEmpty());
        // describe() is what logs and listings show: never the secret.
        QVERIFY(!prod->describe().contains(QStringLiteral("from-secure")));
        QVERIFY(prod->describe().contains(QStringLiteral("internal interface")));

        const CloudConfig *app = file->find(QStringLiteral("appcred"));
        QCOMPARE(app->authType, AuthType::ApplicationCredential);
        QCOMPARE(app->regionName, QStringLiteral("RegionOne")); // the first of regions
        QVERIFY(app->missing().isEmpty());
        QVERIFY(!file->find(QStringLiteral("lab"))->verify);
        QVERIFY(file->find(QStringLiteral("lab"))->describe().contains(QStringLiteral("NOT VERIFIED")));
    }

    void yamlErrorsNameFileAndLine()
    {
        QString error;
        QVERIFY(!parseClouds("clouds:\n  prod:\n    auth: [unclosed\n", QStringLiteral("/x/clouds.yaml"), {}, {}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("/x/clouds.yaml: line ")), qPrintable(error));
        QVERIFY(!parseClouds("- just\n- a list\n", QStringLiteral("/x/clouds.yaml"), {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not a clouds file")), qPrintable(error));
        QVERIFY(!parseClouds("clouds:\n  prod: 3\n", QStringLiteral("/x/clouds.yaml"), {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("cloud 'prod' is not a mapping")), qPrintable(error));
    }

    // OS_CLIENT_CONFIG_FILE first, then ./, ~/.config/openstack/, /etc/openstack/: the first that exists.
    void searchOrder()
    {
        QTemporaryDir cwd, home, etc, other;
        QDir().mkpath(home.path() + QStringLiteral("/.config/openstack"));
        auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(etc.path() + QStringLiteral("/clouds.yaml"), "clouds:\n  etc: {auth: {auth_url: http://e}}\n");
        write(home.path() + QStringLiteral("/.config/openstack/clouds.yml"), "clouds:\n  home: {auth: {auth_url: http://h}}\n");
        ConfigPlaces places{QProcessEnvironment(), cwd.path(), home.path(), etc.path()};
        QString error;
        QCOMPARE(loadClouds(places, &error)->names(), QStringList{QStringLiteral("home")});
        write(cwd.path() + QStringLiteral("/clouds.yaml"), "clouds:\n  here: {auth: {auth_url: http://c}}\n");
        write(cwd.path() + QStringLiteral("/secure.yaml"), "clouds:\n  here: {auth: {password: pw}}\n");
        auto here = loadClouds(places, &error);
        QCOMPARE(here->names(), QStringList{QStringLiteral("here")});
        QCOMPARE(here->find(QStringLiteral("here"))->password, QStringLiteral("pw"));
        write(other.path() + QStringLiteral("/mine.yaml"), "clouds:\n  named: {auth: {auth_url: http://n}}\n");
        places.env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), other.path() + QStringLiteral("/mine.yaml"));
        QCOMPARE(loadClouds(places, &error)->names(), QStringList{QStringLiteral("named")});
    }

    // OS_* are the defaults of --os-*; both override the cloud; without a name, OS_AUTH_URL makes "envvars".
    void environmentAndOverrides()
    {
        QString error;
        const auto file = parseClouds(kClouds, QStringLiteral("clouds.yaml"), kSecure, QStringLiteral("secure.yaml"), &error);
        QProcessEnvironment env;
        env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("prod"));
        env.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("RegionNine"));
        env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("from-env"));
        auto c = selectCloud(*file, {}, {{QStringLiteral("password"), QStringLiteral("from-cli")}}, env, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->name, QStringLiteral("prod"));
        QCOMPARE(c->regionName, QStringLiteral("RegionNine"));
        QCOMPARE(c->password, QStringLiteral("from-cli"));
        c = selectCloud(*file, QStringLiteral("lab"), {{QStringLiteral("insecure"), QStringLiteral("false")}}, QProcessEnvironment(), &error);
        QVERIFY(c->verify);

        QVERIFY(!selectCloud(*file, QStringLiteral("nope"), {}, QProcessEnvironment(), &error));
        QCOMPARE(error, QStringLiteral("cloud 'nope' is not in clouds.yaml (it has: appcred, lab, prod)"));

        QProcessEnvironment bare;
        bare.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("http://127.0.0.1:5000/v3"));
        bare.insert(QStringLiteral("OS_TOKEN"), QStringLiteral("gAAAA"));
        bare.insert(QStringLiteral("OS_AUTH_TYPE"), QStringLiteral("v3token"));
        bare.insert(QStringLiteral("OS_PROJECT_ID"), QStringLiteral("p1"));
        c = selectCloud(CloudsFile{}, {}, {}, bare, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->name, QStringLiteral("envvars"));
        QCOMPARE(c->authType, AuthType::Token);
        QVERIFY(c->missing().isEmpty());
        QVERIFY(!selectCloud(CloudsFile{}, {}, {}, QProcessEnvironment(), &error));
        QVERIFY2(error.contains(QStringLiteral("OS_AUTH_URL")), qPrintable(error));
    }

    void tokenRequestBodies()
    {
        QString error;
        const auto file = parseClouds(kClouds, QStringLiteral("clouds.yaml"), kSecure, QStringLiteral("secure.yaml"), &error);
        const QJsonObject pw = tokenRequestBody(*file->find(QStringLiteral("prod"))).value(QStringLiteral("auth")).toObject();
        const QJsonObject user = pw[QStringLiteral("identity")][QStringLiteral("password")][QStringLiteral("user")].toObject();
        QCOMPARE(user[QStringLiteral("domain")][QStringLiteral("name")].toString(), QStringLiteral("Corp"));
        QCOMPARE(pw[QStringLiteral("scope")][QStringLiteral("project")][QStringLiteral("domain")][QStringLiteral("id")].toString(), QStringLiteral("abc123"));
        const QJsonObject app = tokenRequestBody(*file->find(QStringLiteral("appcred"))).value(QStringLiteral("auth")).toObject();
        QCOMPARE(app[QStringLiteral("identity")][QStringLiteral("methods")].toArray().first().toString(), QStringLiteral("application_credential"));
        QVERIFY(!app.contains(QStringLiteral("scope")));
    }

    void releaseFromMaxMicroversion_data()
    {
        QTest::addColumn<QString>("max");
        QTest::addColumn<int>("release");
        QTest::addColumn<int>("newest");
        QTest::addColumn<bool>("note");
        QTest::newRow("23") << "2.88" << 23 << 23 << false;
        QTest::newRow("24/25") << "2.90" << 24 << 25 << false;
        QTest::newRow("26") << "2.93" << 26 << 26 << false;
        QTest::newRow("27/28") << "2.95" << 27 << 28 << false;
        QTest::newRow("29/30") << "2.96" << 29 << 30 << false;
        QTest::newRow("31/32") << "2.100" << 31 << 32 << false;
        QTest::newRow("33") << "2.103" << 33 << 33 << false;
        QTest::newRow("master") << "2.104" << 34 << 34 << false;
        QTest::newRow("dev before 33") << "2.101" << 33 << 33 << true;
        QTest::newRow("older") << "2.79" << 23 << 23 << true;
        QTest::newRow("newer") << "2.110" << 34 << 34 << true;
    }

    void releaseFromMaxMicroversion()
    {
        QFETCH(QString, max);
        QFETCH(int, release);
        QFETCH(int, newest);
        QFETCH(bool, note);
        const ReleaseFromApi r = releaseForMaxMicroversion(*Microversion::parse(max));
        QCOMPARE(r.release.major(), release);
        QCOMPARE(r.newest, newest);
        QCOMPARE(!r.note.isEmpty(), note);
        QVERIFY(r.displayName().endsWith(QStringLiteral("compute API ") + max));
        QVERIFY(!Microversion::parse(QStringLiteral("2.x")));
        QVERIFY(Microversion::parse(QStringLiteral("2.100")) > Microversion::parse(QStringLiteral("2.96")));
    }

    void diffAndPlan()
    {
        flavors::Flavor privateLib = flavor(QStringLiteral("p"), 2);
        privateLib.isPublic = false;
        privateLib.access = {QStringLiteral("a"), QStringLiteral("b")};
        flavors::Flavor privateCloud = privateLib;
        privateCloud.access = {QStringLiteral("b"), QStringLiteral("c")};
        const QList<flavors::Flavor> library{flavor(QStringLiteral("same"), 2), flavor(QStringLiteral("new"), 4, {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}}),
                                             flavor(QStringLiteral("specs"), 2, {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}}),
                                             flavor(QStringLiteral("bigger"), 8), privateLib};
        const QList<flavors::Flavor> cloudSide{flavor(QStringLiteral("same"), 2),
                                               flavor(QStringLiteral("specs"), 2, {{QStringLiteral("hw:cpu_policy"), QStringLiteral("bogus")}, {QStringLiteral("hw:numa_nodes"), QStringLiteral("1")}}),
                                               flavor(QStringLiteral("bigger"), 4), privateCloud, flavor(QStringLiteral("old"), 1)};
        const QList<FlavorDiff> d = diffFlavors(library, cloudSide);
        QCOMPARE(d.size(), 6);
        QCOMPARE(d.at(0).kind, FlavorDiff::Kind::Same);
        QCOMPARE(d.at(1).kind, FlavorDiff::Kind::Added);
        QCOMPARE(d.at(2).specsToSet.items(), (QList<flavors::Property>{{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}}));
        QCOMPARE(d.at(2).specsToUnset, QStringList{QStringLiteral("hw:numa_nodes")});
        QCOMPARE(d.at(3).coreChanges, QStringList{QStringLiteral("vcpus 4 -> 8")});
        QCOMPARE(d.at(4).accessToAdd, QStringList{QStringLiteral("a")});
        QCOMPARE(d.at(4).accessToRemove, QStringList{QStringLiteral("c")});
        QCOMPARE(d.at(5).kind, FlavorDiff::Kind::Removed);

        // Safe by default: the core change is blocked, the cloud-only flavor kept.
        PushPlan plan = planPush(d, library, {});
        QStringList calls;
        for (const PushStep &s : plan.steps)
            calls << s.describe();
        QCOMPARE(calls, (QStringList{QStringLiteral("create new (4 vCPU, 4096 MiB, 20 GB, public)"), QStringLiteral("set extra specs of new: hw:cpu_policy=dedicated"),
                                     QStringLiteral("set extra specs of specs: hw:cpu_policy=dedicated"), QStringLiteral("unset extra spec hw:numa_nodes of specs"),
                                     QStringLiteral("give project a access to p"), QStringLiteral("take access to p from project c")}));
        QCOMPARE(plan.blocked.size(), 1);
        QVERIFY(plan.blocked.first().startsWith(QStringLiteral("bigger: vcpus 4 -> 8: Nova cannot change")));
        QCOMPARE(plan.untouched, QStringList{QStringLiteral("old")});
        // Asked per flavor: replace and delete.
        plan = planPush(d, library, PushOptions{{QStringLiteral("bigger")}, {QStringLiteral("old")}});
        QVERIFY(plan.blocked.isEmpty());
        QVERIFY(plan.untouched.isEmpty());
        calls.clear();
        for (const PushStep &s : plan.steps)
            calls << s.describe();
        QVERIFY(calls.contains(QStringLiteral("delete bigger")));
        QVERIFY(calls.indexOf(QStringLiteral("create bigger (8 vCPU, 4096 MiB, 20 GB, public)")) > calls.indexOf(QStringLiteral("delete bigger")));
        QCOMPARE(calls.last(), QStringLiteral("delete old"));
    }
};

VDECK_TEST_MAIN(TestCloudConfig)
#include "tst_cloudconfig.moc"
