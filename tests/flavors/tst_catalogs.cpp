// The bundled extra-spec catalogues, one per Nova release (tools/gen-catalog.py from each tag),
// and stage A's verdicts where the releases' registries differ (issue 17's list, verified at the
// tags), including what lint says about each spelling of the CPU-maximum keys.
#include "flavors/catalog.h"
#include "rules/checker.h"
#include "rules/cpumaxkeys.h"
#include "rules/stagea.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

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
QList<Finding> lint(const QString &key, const QString &value, int major)
{
    return checkFlavor(flavor(key, value), ExtraSpecCatalog::forRelease(major), CheckOptions{NovaRelease(major)});
}
QList<Finding> lint(const QString &key, const QString &value, const QString &release)
{
    const std::optional<NovaRelease> r = NovaRelease::parse(release);
    if (!r)
        qFatal("bad release %s in a test", qPrintable(release));
    return lint(key, value, r->major());
}
const Finding *findCode(const QList<Finding> &list, const QString &code)
{
    for (const Finding &f : list)
        if (f.code == code)
            return &f;
    return nullptr;
}
bool stageAErrors(const QList<Finding> &list)
{
    return std::any_of(list.begin(), list.end(), [](const Finding &f) { return f.severity == Severity::Error && f.stage == Stage::A; });
}
// Findings about the key itself (spec.*), not about the rest of the flavor.
int specFindings(const QList<Finding> &list)
{
    return int(std::count_if(list.begin(), list.end(), [](const Finding &f) { return f.code.startsWith(QLatin1String("spec.")); }));
}
QString releaseName(int major)
{
    return major == NovaRelease::kMaster ? QStringLiteral("master") : QString::number(major);
}
}

class TestCatalogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledCatalogues()
    {
        QList<int> all;
        for (int major = NovaRelease::kFirst; major <= NovaRelease::kMaster; ++major)
            all.append(major);
        QCOMPARE(ExtraSpecCatalog::bundledMajors(), all);
        QCOMPARE(ExtraSpecCatalog::bundled().novaVersion(), QStringLiteral("31.0.0"));
        QCOMPARE(ExtraSpecCatalog::forRelease(22).novaMajor(), NovaRelease::kFirst);
        QCOMPARE(ExtraSpecCatalog::forRelease(40).novaMajor(), NovaRelease::kMaster);
    }

    void everyReleaseLoadsItsOwnCatalogue_data()
    {
        QTest::addColumn<int>("major");
        for (int major = NovaRelease::kFirst; major <= NovaRelease::kMaster; ++major)
            QTest::addRow("%s", qPrintable(NovaRelease(major).displayName())) << major;
    }
    void everyReleaseLoadsItsOwnCatalogue()
    {
        QFETCH(int, major);
        const ExtraSpecCatalog &c = ExtraSpecCatalog::forRelease(major);
        QCOMPARE(c.novaMajor(), major);
        const QString tag = major == NovaRelease::kMaster ? QStringLiteral("master") : QStringLiteral("%1.0.0").arg(major);
        QCOMPARE(c.sourceTag(), tag);
        QCOMPARE(c.novaVersion(), tag);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(c.sourceCommit()).hasMatch(), qPrintable(c.sourceCommit()));
        // The API schema of flavors_extraspecs.py, the same at every tag.
        QCOMPARE(c.keyPattern().pattern(), QStringLiteral("^[a-zA-Z0-9-_:. ]{1,255}$"));
        QCOMPARE(c.valueMaxLength(), qsizetype(255));
        QVERIFY(c.validators().size() > 200);
        QVERIFY(c.find(QStringLiteral("hw:cpu_policy")));
        QVERIFY(c.inValidatedNamespace(QStringLiteral("hw:no_such_key")));
        QCOMPARE(&c, &ExtraSpecCatalog::forRelease(major)); // parsed once
    }

    // The schema comes from the catalogue: a key of 256 characters or a value of 256 breaks it.
    void apiSchemaFromTheCatalogue()
    {
        for (int major : {23, 31, NovaRelease::kMaster}) {
            QVERIFY(findCode(lint(QStringLiteral("vendor:") + QString(249, QLatin1Char('x')), QStringLiteral("1"), major), QStringLiteral("spec.key-syntax")));
            QVERIFY(!findCode(lint(QStringLiteral("vendor:") + QString(248, QLatin1Char('x')), QStringLiteral("1"), major), QStringLiteral("spec.key-syntax")));
            QVERIFY(findCode(lint(QStringLiteral("vendor:x"), QString(256, QLatin1Char('v')), major), QStringLiteral("spec.key-syntax")));
            QVERIFY(!hasErrors(lint(QStringLiteral("vendor:x"), QString(255, QLatin1Char('v')), major)));
            QVERIFY(findCode(lint(QStringLiteral("vendor:a/b"), QStringLiteral("1"), major), QStringLiteral("spec.key-syntax")));
        }
    }

    // Keys whose presence in the registry changes between 23 and master, with the releases that
    // list them (issue 17, checked against the tags): every release must accept exactly there.
    void keysListedByTheirReleasesOnly_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        const int m = NovaRelease::kMaster;
        QTest::newRow("hw:virtio_packed_ring") << QStringLiteral("hw:virtio_packed_ring") << QStringLiteral("true") << 29 << m;
        QTest::newRow("hw:ephemeral_encryption") << QStringLiteral("hw:ephemeral_encryption") << QStringLiteral("true") << 26 << m;
        QTest::newRow("hw:ephemeral_encryption_format") << QStringLiteral("hw:ephemeral_encryption_format") << QStringLiteral("luks") << 26 << m;
        QTest::newRow("os:monitors") << QStringLiteral("os:monitors") << QStringLiteral("2") << 23 << 28;
        QTest::newRow("os:resolution") << QStringLiteral("os:resolution") << QStringLiteral("1920x1200") << 23 << 28;
        QTest::newRow("os:vram") << QStringLiteral("os:vram") << QStringLiteral("64") << 23 << 28;
        QTest::newRow("hw:mem_encryption_model") << QStringLiteral("hw:mem_encryption_model") << QStringLiteral("amd-sev") << 32 << m;
        QTest::newRow("hw:sound_model") << QStringLiteral("hw:sound_model") << QStringLiteral("ich9") << 32 << m;
        QTest::newRow("hw:usb_model") << QStringLiteral("hw:usb_model") << QStringLiteral("qemu-xhci") << 32 << m;
        QTest::newRow("hw:redirected_usb_ports") << QStringLiteral("hw:redirected_usb_ports") << QStringLiteral("2") << 32 << m;
        QTest::newRow("hw:tpm_secret_security") << QStringLiteral("hw:tpm_secret_security") << QStringLiteral("host") << 33 << m;
        QTest::newRow("hw:vif_multiqueue_enabled") << QStringLiteral("hw:vif_multiqueue_enabled") << QStringLiteral("true") << 25 << m;
        QTest::newRow("hw:locked_memory") << QStringLiteral("hw:locked_memory") << QStringLiteral("true") << 26 << m;
        QTest::newRow("hw:viommu_model") << QStringLiteral("hw:viommu_model") << QStringLiteral("intel") << 26 << m;
    }
    void keysListedByTheirReleasesOnly()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, first);
        QFETCH(int, last);
        for (int major = NovaRelease::kFirst; major <= NovaRelease::kMaster; ++major) {
            const bool listed = major >= first && major <= last;
            const QList<Finding> list = lint(key, value, major);
            const Finding *unknown = findCode(list, QStringLiteral("spec.unknown-key"));
            QVERIFY2(bool(unknown) != listed, qPrintable(QStringLiteral("%1 in %2").arg(key, releaseName(major))));
            QCOMPARE(stageAErrors(list), !listed);
            if (unknown) {
                QCOMPARE(unknown->stage, Stage::A);
                QCOMPARE(unknown->novaException, QStringLiteral("ValidationError"));
                QCOMPARE(unknown->httpStatus, 400);
                // The finding says where Nova lists it.
                const QString hint = major < first ? QStringLiteral("Nova lists it from %1").arg(first)
                                                   : QStringLiteral("Nova %1 was the last release to list it").arg(last);
                QVERIFY2(unknown->message.contains(hint), qPrintable(unknown->message));
            }
        }
    }

    // The PowerVM driver's keys left with their namespace in 26: from then on Nova stores any
    // powervm:* key unchecked, as for every namespace it does not validate.
    void powervmNamespaceUpTo25()
    {
        for (int major = NovaRelease::kFirst; major <= NovaRelease::kMaster; ++major) {
            const bool validated = major <= 25;
            QCOMPARE(ExtraSpecCatalog::forRelease(major).inValidatedNamespace(QStringLiteral("powervm:proc_units")), validated);
            QVERIFY(!stageAErrors(lint(QStringLiteral("powervm:proc_units"), QStringLiteral("0.5"), major)));
            QCOMPARE(stageAErrors(lint(QStringLiteral("powervm:proc_units"), QStringLiteral("1"), major)), validated);
            QCOMPARE(stageAErrors(lint(QStringLiteral("powervm:no_such_key"), QStringLiteral("1"), major)), validated);
        }
    }

    // A bad value is judged by the registry that lists the key; elsewhere the key is unknown.
    void badValuesWhereTheKeyExists()
    {
        QVERIFY(findCode(lint(QStringLiteral("os:monitors"), QStringLiteral("9"), 28), QStringLiteral("spec.invalid-value")));
        QVERIFY(findCode(lint(QStringLiteral("os:monitors"), QStringLiteral("9"), 29), QStringLiteral("spec.unknown-key")));
        QVERIFY(findCode(lint(QStringLiteral("hw:virtio_packed_ring"), QStringLiteral("maybe"), 29), QStringLiteral("spec.invalid-value")));
        QVERIFY(findCode(lint(QStringLiteral("hw:virtio_packed_ring"), QStringLiteral("maybe"), 28), QStringLiteral("spec.unknown-key")));
        // amd-sev-snp joined the enum after 33.0.0.
        QVERIFY(findCode(lint(QStringLiteral("hw:mem_encryption_model"), QStringLiteral("amd-sev-snp"), 33), QStringLiteral("spec.invalid-value")));
        QVERIFY(!hasErrors(lint(QStringLiteral("hw:mem_encryption_model"), QStringLiteral("amd-sev-snp"), NovaRelease::kMaster)));
        // quota:cpu_quota had min 0 in 23 only; the *_shares_level enums came in 24.
        QVERIFY(findCode(lint(QStringLiteral("quota:cpu_quota"), QStringLiteral("-1"), 23), QStringLiteral("spec.invalid-value")));
        QVERIFY(!hasErrors(lint(QStringLiteral("quota:cpu_quota"), QStringLiteral("-1"), 24)));
        QVERIFY(!hasErrors(lint(QStringLiteral("quota:cpu_shares_level"), QStringLiteral("bogus"), 23)));
        QVERIFY(findCode(lint(QStringLiteral("quota:cpu_shares_level"), QStringLiteral("bogus"), 24), QStringLiteral("spec.invalid-value")));
    }

    // The editor's forms take choices and tool tips from the catalogue of the release selected
    // when they are built: right for every release only while a key validates alike wherever
    // it is listed. Only these keys differ between releases, none of them in a form.
    void sharedKeysValidateAlike()
    {
        QSet<QString> differ;
        const ExtraSpecCatalog &newest = ExtraSpecCatalog::forRelease(NovaRelease::kMaster);
        for (int major : ExtraSpecCatalog::bundledMajors()) {
            for (const flavors::SpecValidator &a : ExtraSpecCatalog::forRelease(major).validators()) {
                for (int other : ExtraSpecCatalog::bundledMajors()) {
                    const flavors::SpecValidator *b = ExtraSpecCatalog::forRelease(other).find(a.name);
                    if (b && b->name == a.name
                        && !(a.type == b->type && a.enumValues == b->enumValues && a.pattern == b->pattern && a.min == b->min
                             && a.max == b->max && a.deprecated == b->deprecated))
                        differ.insert(a.name);
                }
            }
        }
        QSet<QString> expected{QStringLiteral("hw:mem_encryption_model")};
        for (const char *what : {"cpu", "disk_io", "memory", "vif"}) {
            for (const char *suffix : {"_limit", "_shares_level", "_shares_share"})
                expected.insert(QStringLiteral("quota:") + QLatin1String(what) + QLatin1String(suffix));
        }
        expected.insert(QStringLiteral("quota:cpu_quota"));
        QCOMPARE(differ, expected);
        QVERIFY(newest.find(QStringLiteral("hw:cpu_policy")));
    }

    // Up to 31 the registry lists hw:max_cpu_* and hardware.py reads hw:cpu_max_*; from 32 the
    // registry lists hw:cpu_max_*. Lint says, for each release and spelling, what the API does
    // and whether the key takes effect.
    void cpuMaximumKeys_data()
    {
        QTest::addColumn<int>("major");
        for (int major = NovaRelease::kFirst; major <= NovaRelease::kMaster; ++major)
            QTest::addRow("%s", qPrintable(releaseName(major))) << major;
    }
    void cpuMaximumKeys()
    {
        QFETCH(int, major);
        const bool renamed = major >= 32;
        for (const CpuMaxKey &k : cpuMaxKeys()) {
            const ExtraSpecCatalog &c = ExtraSpecCatalog::forRelease(major);
            QCOMPARE(cpuMaxKeyWorks(k, c), renamed);
            QCOMPARE(bool(c.find(k.unread)), !renamed);
            QCOMPARE(bool(c.find(k.read)), renamed);

            const QList<Finding> read = lint(k.read, QStringLiteral("2"), major);
            const QList<Finding> unread = lint(k.unread, QStringLiteral("2"), major);
            if (renamed) {
                QVERIFY(!hasErrors(read));
                QCOMPARE(specFindings(read), 0);
                const Finding *f = findCode(unread, QStringLiteral("spec.unknown-key"));
                QVERIFY(f);
                QCOMPARE(f->httpStatus, 400);
                QVERIFY2(f->message.contains(QLatin1String("no effect at any microversion")), qPrintable(f->message));
                QCOMPARE(f->fix, QStringLiteral("rename %1 to %2").arg(k.unread, k.read));
                QVERIFY(noWorkingCpuMaxKeyText(k, c).isEmpty());
            } else {
                // The spelling that works is refused by strict validation...
                const Finding *f = findCode(read, QStringLiteral("spec.unknown-key"));
                QVERIFY(f);
                QCOMPARE(f->severity, Severity::Error);
                QCOMPARE(f->httpStatus, 400);
                QVERIFY2(f->message.contains(QLatin1String("microversion 2.86")) && f->message.contains(QLatin1String("takes effect"))
                             && f->message.contains(k.imageProperty) && f->message.contains(QLatin1String("Nova lists it from 32")),
                         qPrintable(f->message));
                QVERIFY(f->fix.isEmpty()); // renaming to the registry's spelling would pass and do nothing
                // ...and the one that passes has no effect.
                QVERIFY(!hasErrors(unread));
                QCOMPARE(specFindings(unread), 1);
                const Finding *w = findCode(unread, QStringLiteral("spec.no-effect"));
                QVERIFY(w);
                QCOMPARE(w->severity, Severity::Warning);
                QVERIFY2(w->message.contains(k.read) && w->message.contains(k.imageProperty), qPrintable(w->message));
                QVERIFY(!noWorkingCpuMaxKeyText(k, c).isEmpty());
            }
        }
    }

    void deprecatedInZed()
    {
        const QList<Finding> list = lint(QStringLiteral("hide_hypervisor_id"), QStringLiteral("true"), QStringLiteral("zed"));
        QVERIFY(!hasErrors(list));
        const Finding *f = findCode(list, QStringLiteral("spec.deprecated"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->stage, Stage::A);
        QVERIFY2(f->message.contains(QLatin1String("deprecated in Nova 26.0.0")), qPrintable(f->message));
        QVERIFY(f->message.contains(QLatin1String("hw:hide_hypervisor_id")));
    }
};

VDECK_TEST_MAIN(TestCatalogs)
#include "tst_catalogs.moc"
