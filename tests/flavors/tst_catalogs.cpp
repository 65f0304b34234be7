// The bundled extra-spec catalogues (nova-26 from Debian 12, nova-31 from Debian 13), which one
// judges each release, and stage A's verdicts where the two registries differ.
#include "flavors/catalog.h"
#include "rules/checker.h"
#include "rules/stagea.h"
#include "testmain.h"

#include <QSet>

using flavors::ExtraSpecCatalog;
using namespace rules;

namespace {
flavors::Flavor flavor(const QString &key, const QString &value)
{
    flavors::Flavor f;
    f.name = QStringLiteral("f");
    f.vcpus = 2;
    f.ramMb = 2048;
    f.extraSpecs.set(key, value);
    return f;
}
QList<Finding> lint(const QString &key, const QString &value, const QString &release)
{
    const std::optional<NovaRelease> r = NovaRelease::parse(release);
    if (!r)
        qFatal("bad release %s in a test", qPrintable(release));
    return checkFlavor(flavor(key, value), ExtraSpecCatalog::forRelease(r->major()), CheckOptions{*r, nullptr});
}
const Finding *findCode(const QList<Finding> &list, const QString &code)
{
    for (const Finding &f : list)
        if (f.code == code)
            return &f;
    return nullptr;
}
QSet<QString> names(const ExtraSpecCatalog &c)
{
    QSet<QString> out;
    for (const flavors::SpecValidator &v : c.validators())
        out.insert(v.name);
    return out;
}
}

class TestCatalogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledCatalogues()
    {
        QCOMPARE(ExtraSpecCatalog::bundledMajors(), (QList<int>{26, 31}));
        QCOMPARE(ExtraSpecCatalog::bundled().novaVersion(), QStringLiteral("31.0.0"));
        QVERIFY(ExtraSpecCatalog::forRelease(26).novaVersion().startsWith(QLatin1String("26.")));
    }

    void everyReleaseLoadsItsCatalogue_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("catalogMajor");
        for (int major = NovaRelease::kFirst; major <= NovaRelease::kMaster; ++major)
            QTest::addRow("%s", qPrintable(NovaRelease(major).displayName())) << major << (major <= 26 ? 26 : 31);
    }
    void everyReleaseLoadsItsCatalogue()
    {
        QFETCH(int, major);
        QFETCH(int, catalogMajor);
        const ExtraSpecCatalog &c = ExtraSpecCatalog::forRelease(major);
        QCOMPARE(c.novaMajor(), catalogMajor);
        QVERIFY(c.validators().size() > 200);
        QVERIFY(c.find(QStringLiteral("hw:cpu_policy")));
        QVERIFY(c.inValidatedNamespace(QStringLiteral("hw:no_such_key")));
        QCOMPARE(&c, &ExtraSpecCatalog::forRelease(major)); // parsed once
    }

    // Keys the registry gained between the catalogues need firstReleaseOfKey(), keys it lost need
    // lastReleaseOfKey(), so releases 27..30 (judged by nova-31) get the right verdict. Traits
    // come from os-traits, not Nova, and follow the catalogue's Debian release.
    void keysBetweenTheCataloguesHaveTheirReleases()
    {
        const QSet<QString> zed = names(ExtraSpecCatalog::forRelease(26));
        const QSet<QString> epoxy = names(ExtraSpecCatalog::forRelease(31));
        int added = 0;
        for (const QString &k : epoxy - zed) {
            if (k.startsWith(QLatin1String("trait{group}:")))
                continue;
            ++added;
            QVERIFY2(firstReleaseOfKey(k) >= 27 && firstReleaseOfKey(k) <= 31, qPrintable(k));
        }
        QCOMPARE(added, 1); // hw:virtio_packed_ring
        const QSet<QString> removed = zed - epoxy;
        QCOMPARE(removed, (QSet<QString>{QStringLiteral("os:monitors"), QStringLiteral("os:resolution"), QStringLiteral("os:vram")}));
        for (const QString &k : removed)
            QVERIFY2(lastReleaseOfKey(k) >= 26 && lastReleaseOfKey(k) < 31, qPrintable(k));
        for (const QString &k : zed)
            QVERIFY2(firstReleaseOfKey(k) <= 26, qPrintable(k));
    }

    // The flavor editor's forms take choices and tool tips from the catalogue once; that is
    // right for every release only while keys known to both registries validate alike.
    void sharedKeysValidateAlike()
    {
        const ExtraSpecCatalog &zed = ExtraSpecCatalog::forRelease(26);
        const ExtraSpecCatalog &epoxy = ExtraSpecCatalog::forRelease(31);
        int shared = 0;
        for (const flavors::SpecValidator &a : zed.validators()) {
            const flavors::SpecValidator *b = epoxy.find(a.name);
            if (!b || b->name != a.name)
                continue;
            ++shared;
            QVERIFY2(a.type == b->type && a.enumValues == b->enumValues && a.pattern == b->pattern && a.min == b->min
                         && a.max == b->max && a.deprecated == b->deprecated,
                     qPrintable(a.name));
        }
        QVERIFY(shared > 200);
    }

    void keyOnlyInNova31_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("26") << QStringLiteral("26") << true;
        QTest::newRow("zed") << QStringLiteral("zed") << true;
        QTest::newRow("2022.2") << QStringLiteral("2022.2") << true;
        QTest::newRow("wallaby") << QStringLiteral("wallaby") << true;
        QTest::newRow("27") << QStringLiteral("27") << false;
        QTest::newRow("31") << QStringLiteral("31") << false;
        QTest::newRow("master") << QStringLiteral("master") << false;
    }
    void keyOnlyInNova31()
    {
        QFETCH(QString, release);
        QFETCH(bool, rejected);
        const QList<Finding> list = lint(QStringLiteral("hw:virtio_packed_ring"), QStringLiteral("true"), release);
        const Finding *f = findCode(list, QStringLiteral("spec.unknown-key"));
        QCOMPARE(bool(f), rejected);
        QCOMPARE(hasErrors(list), rejected);
        if (f) {
            QCOMPARE(f->stage, Stage::A);
            QCOMPARE(f->novaException, QStringLiteral("ValidationError"));
            QCOMPARE(f->httpStatus, 400);
            QCOMPARE(f->keys, QStringList{QStringLiteral("hw:virtio_packed_ring")});
        }
        // A bad value is judged by the registry that has the key.
        const QList<Finding> bad = lint(QStringLiteral("hw:virtio_packed_ring"), QStringLiteral("maybe"), release);
        QVERIFY(findCode(bad, rejected ? QStringLiteral("spec.unknown-key") : QStringLiteral("spec.invalid-value")));
    }

    void keyOnlyInNova26_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("zed") << QStringLiteral("zed") << false;
        QTest::newRow("28 judged by nova-26's validator") << QStringLiteral("28") << false;
        QTest::newRow("29") << QStringLiteral("29") << true;
        QTest::newRow("31") << QStringLiteral("31") << true;
    }
    void keyOnlyInNova26()
    {
        QFETCH(QString, release);
        QFETCH(bool, rejected);
        QCOMPARE(bool(findCode(lint(QStringLiteral("os:monitors"), QStringLiteral("2"), release), QStringLiteral("spec.unknown-key"))), rejected);
        // os:monitors takes 1..8 where Nova still knows it.
        const QList<Finding> nine = lint(QStringLiteral("os:monitors"), QStringLiteral("9"), release);
        QVERIFY(findCode(nine, rejected ? QStringLiteral("spec.unknown-key") : QStringLiteral("spec.invalid-value")));
    }

    void deprecatedInZed()
    {
        const QList<Finding> list = lint(QStringLiteral("hide_hypervisor_id"), QStringLiteral("true"), QStringLiteral("zed"));
        QVERIFY(!hasErrors(list));
        const Finding *f = findCode(list, QStringLiteral("spec.deprecated"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->stage, Stage::A);
        QVERIFY2(f->message.contains(QLatin1String("deprecated in Nova 26.")), qPrintable(f->message));
        QVERIFY(f->message.contains(QLatin1String("hw:hide_hypervisor_id")));
    }
};

VDECK_TEST_MAIN(TestCatalogs)
#include "tst_catalogs.moc"
