// pci::evaluate on the bundled demo host: nova.conf parsing with file and line, what each release
// accepts, which spec claims which device, aliases, Placement, and the conflicts. (Nova's own
// verdict on generated specs is tests/conformance/pci_conformance.py.)
#include "demohost.h"
#include "testmain.h"

#include "pci/pcireport.h"

#include <QTest>

namespace {
pci::PciReport evaluate(const QString &conf, int release = 31)
{
    QString error;
    const std::optional<pci::NovaConf> c = pci::NovaConf::parse(conf, QStringLiteral("nova.conf"), &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    return pci::evaluate(pci::PciHost::fromGraph(testhosts::demo().graph()), *c, pci::PciRelease{release});
}

QStringList codes(const pci::PciReport &r)
{
    QStringList out;
    for (const rules::Finding &f : r.findings)
        out << f.code;
    return out;
}

QStringList claimedBy(const pci::PciReport &r, int spec)
{
    QStringList out;
    for (const pci::DeviceClaim &c : r.devices) {
        if (c.spec == spec)
            out << c.device.address;
    }
    return out;
}
}

class TestPciMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confErrorsNameFileAndLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("no section") << QStringLiteral("device_spec = {}\n") << QStringLiteral("nova.conf: line 1: 'device_spec = {}' before any [section]");
        QTest::newRow("no separator") << QStringLiteral("[pci]\n# ok\nalias\n") << QStringLiteral("nova.conf: line 3: no ':' or '=' in 'alias'");
        QTest::newRow("stray continuation") << QStringLiteral("[pci]\n\n  {\"a\": 1}\n") << QStringLiteral("nova.conf: line 3: unexpected continuation line");
        QTest::newRow("bad header") << QStringLiteral("[pci\n") << QStringLiteral("nova.conf: line 1: invalid section header '[pci'");
    }
    void confErrorsNameFileAndLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!pci::NovaConf::parse(text, QStringLiteral("nova.conf"), &got));
        QCOMPARE(got, error);
    }

    void confContinuationLinesAndQuotes()
    {
        QString error;
        const std::optional<pci::NovaConf> c = pci::NovaConf::parse(
            QStringLiteral("[pci]\ndevice_spec = [{\"address\": \"0000:17:00.1\",\n   \"physical_network\": \"p1\"}]\nalias = '{\"name\": \"x\"}'\n"),
            QStringLiteral("n.conf"), &error);
        QVERIFY2(c, qPrintable(error));
        const QList<pci::ConfValue> specs = c->values(QStringLiteral("pci"), QStringLiteral("device_spec"));
        QCOMPARE(specs.size(), 1);
        QCOMPARE(specs.first().value, QStringLiteral("[{\"address\": \"0000:17:00.1\",\n\"physical_network\": \"p1\"}]"));
        QCOMPARE(specs.first().origin, QStringLiteral("n.conf:2"));
        QCOMPARE(c->value(QStringLiteral("pci"), QStringLiteral("alias"))->value, QStringLiteral("{\"name\": \"x\"}"));
    }

    void pfAddressClaimsThePfAndItsVfs()
    {
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\ndevice_spec = {\"address\": \"0000:17:00.1\"}\n"));
        QCOMPARE(claimedBy(r, 0), (QStringList{QStringLiteral("0000:17:00.1"), QStringLiteral("0000:17:01.2"), QStringLiteral("0000:17:01.3"),
                                               QStringLiteral("0000:17:01.4"), QStringLiteral("0000:17:01.5"), QStringLiteral("0000:17:01.6"),
                                               QStringLiteral("0000:17:01.7"), QStringLiteral("0000:17:02.0"), QStringLiteral("0000:17:02.1")}));
        QCOMPARE(codes(r), QStringList{QStringLiteral("PCI_PF_AND_VFS_CLAIMED")});
        QCOMPARE(r.findings.first().severity, rules::Severity::Warning);
    }

    void pfAndVfsIsAnErrorWithPlacement()
    {
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\ndevice_spec = {\"address\": \"0000:b1:00.0\"}\nreport_in_placement = true\n"));
        QCOMPARE(codes(r), QStringList{QStringLiteral("PCI_PF_AND_VFS_CLAIMED")});
        QCOMPARE(r.findings.first().severity, rules::Severity::Error);
    }

    void firstMatchingSpecClaimsAndDevTypes()
    {
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\n"
                                                         "device_spec = {\"vendor_id\": \"15b3\", \"product_id\": \"101e\", \"address\": \"*:17:00.*\"}\n"
                                                         "device_spec = {\"vendor_id\": \"15b3\", \"product_id\": \"101e\"}\n"
                                                         "device_spec = {\"address\": {\"bus\": \"ca\", \"function\": \"[0-1]\"}}\n"));
        QCOMPARE(claimedBy(r, 0).size(), 6); // 17:00.2 .. 17:00.7
        QCOMPARE(claimedBy(r, 1).size(), 10);
        QCOMPARE(claimedBy(r, 2), QStringList{QStringLiteral("0000:ca:00.0")});
        QCOMPARE(pci::devTypeName(r.device(QStringLiteral("0000:17:00.2"))->device.devType), QStringLiteral("type-VDPA"));
        QCOMPARE(pci::devTypeName(r.device(QStringLiteral("0000:17:00.6"))->device.devType), QStringLiteral("type-VF"));
        QCOMPARE(pci::devTypeName(r.device(QStringLiteral("0000:17:00.0"))->device.devType), QStringLiteral("type-PF"));
        QCOMPARE(pci::devTypeName(r.device(QStringLiteral("0000:ca:00.0"))->device.devType), QStringLiteral("type-PCI"));
        QCOMPARE(r.device(QStringLiteral("0000:17:00.6"))->device.parentAddress, QStringLiteral("0000:17:00.0"));
        QVERIFY(codes(r).isEmpty());
    }

    void devnameOfAPfClaimsItsVfs()
    {
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\ndevice_spec = {\"devname\": \"ens5f0\", \"product_id\": \"1889\"}\n"
                                                         "device_spec = {\"devname\": \"ens1f1v2\"}\n"));
        QCOMPARE(claimedBy(r, 0), (QStringList{QStringLiteral("0000:b1:01.0"), QStringLiteral("0000:b1:01.1"), QStringLiteral("0000:b1:01.2"),
                                               QStringLiteral("0000:b1:01.3")}));
        QCOMPARE(claimedBy(r, 1), QStringList{QStringLiteral("0000:17:01.4")});
    }

    // The conflicts that concern a device (DeviceClaim::findings, shown in the devices page's
    // details): the PF and its VFs claimed together, the devices a spec with an unknown key
    // claims, every claimed device when the aliases do not parse; a spec that claims nothing and an
    // unsatisfied alias concern no device.
    void conflictsAreLinkedToTheirDevices()
    {
        const auto codesOf = [](const pci::PciReport &r, const QString &address) {
            QStringList out;
            for (int i : r.device(address)->findings)
                out << r.findings.at(i).code;
            return out;
        };
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\n"
                                                         "device_spec = {\"address\": \"0000:b1:00.0\"}\n"
                                                         "device_spec = {\"vendor_id\": \"10de\", \"colour\": \"red\"}\n"
                                                         "device_spec = {\"vendor_id\": \"abcd\"}\n"
                                                         "alias = {\"name\": \"nothing\", \"vendor_id\": \"abcd\", \"product_id\": \"0001\"}\n"));
        QCOMPARE(codes(r), (QStringList{QStringLiteral("PCI_SPEC_UNKNOWN_KEY"), QStringLiteral("PCI_PF_AND_VFS_CLAIMED"),
                                        QStringLiteral("PCI_SPEC_CLAIMS_NOTHING"), QStringLiteral("PCI_ALIAS_UNSATISFIED")}));
        for (const QString &a : {QStringLiteral("0000:b1:00.0"), QStringLiteral("0000:b1:01.0"), QStringLiteral("0000:b1:01.3")})
            QCOMPARE(codesOf(r, a), QStringList{QStringLiteral("PCI_PF_AND_VFS_CLAIMED")});
        QCOMPARE(codesOf(r, QStringLiteral("0000:ca:00.0")), QStringList{QStringLiteral("PCI_SPEC_UNKNOWN_KEY")});
        QVERIFY(codesOf(r, QStringLiteral("0000:17:00.0")).isEmpty()); // not claimed
        qsizetype linked = 0;
        for (const pci::DeviceClaim &c : r.devices)
            linked += c.findings.size();
        QCOMPARE(linked, claimedBy(r, 0).size() + claimedBy(r, 1).size());

        // Aliases that do not parse: no alias can request any claimed device.
        const pci::PciReport bad = evaluate(QStringLiteral("[pci]\ndevice_spec = {\"vendor_id\": \"10de\"}\n"
                                                           "alias = {\"name\": \"a\", \"vendor_id\": \"10de\", \"product_id\": \"1eb8\"}\n"
                                                           "alias = {\"name\": \"a\", \"vendor_id\": \"10de\", \"product_id\": \"1eb9\", \"numa_policy\": \"required\"}\n"));
        QCOMPARE(codes(bad), QStringList{QStringLiteral("PCI_ALIAS_INVALID")});
        QCOMPARE(codesOf(bad, QStringLiteral("0000:ca:00.0")), QStringList{QStringLiteral("PCI_ALIAS_INVALID")});
        QVERIFY(codesOf(bad, QStringLiteral("0000:b1:00.0")).isEmpty());
    }

    void releaseDifferences_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("release");
        QTest::addColumn<bool>("valid");
        const QString managed = QStringLiteral("{\"address\": \"0000:ca:00.0\", \"managed\": \"maybe\"}");
        QTest::newRow("managed=maybe 30") << managed << 30 << true;
        QTest::newRow("managed=maybe 31") << managed << 31 << false;
        const QString otu = QStringLiteral("{\"address\": \"0000:ca:00.0\", \"one_time_use\": \"true\"}");
        QTest::newRow("one_time_use 31") << otu << 31 << true;
        QTest::newRow("one_time_use 32") << otu << 32 << false;
        const QString remotePf = QStringLiteral("{\"address\": \"0000:17:00.0\", \"remote_managed\": \"true\"}");
        QTest::newRow("remote_managed PF 24") << remotePf << 24 << true;
        QTest::newRow("remote_managed PF 25") << remotePf << 25 << false;
        QTest::newRow("bad hex") << QStringLiteral("{\"vendor_id\": \"zz\"}") << 31 << false;
        QTest::newRow("slot too big") << QStringLiteral("{\"address\": \"0000:17:20.0\"}") << 31 << false;
        QTest::newRow("devname and address") << QStringLiteral("{\"address\": \"0000:17:00.0\", \"devname\": \"ens5f0\"}") << 31 << false;
        QTest::newRow("bad regex") << QStringLiteral("{\"address\": {\"bus\": \"(\"}}") << 31 << false;
    }
    void releaseDifferences()
    {
        QFETCH(QString, spec);
        QFETCH(int, release);
        QFETCH(bool, valid);
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\n%1 = %2\n").arg(release >= 26 ? QStringLiteral("device_spec") : QStringLiteral("passthrough_whitelist"), spec), release);
        QCOMPARE(r.specs.size(), 1);
        QVERIFY2(bool(r.specs.first().spec) == valid, qPrintable(r.specs.first().error));
        QCOMPARE(codes(r).contains(QStringLiteral("PCI_SPEC_INVALID")) || codes(r).contains(QStringLiteral("PCI_ONE_TIME_USE_WITHOUT_PLACEMENT")), !valid);
    }

    void deviceSpecIsUnknownBefore26()
    {
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\ndevice_spec = {\"address\": \"0000:ca:00.0\"}\n"), 25);
        QVERIFY(r.specs.isEmpty());
        QCOMPARE(codes(r), QStringList{QStringLiteral("PCI_OPTION_UNKNOWN")});
        QVERIFY(r.findings.first().message.startsWith(QLatin1String("nova.conf:2: ")));
    }

    void unknownKeysNameTheLine()
    {
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\n\ndevice_spec = {\"vendorid\": \"10de\", \"address\": \"0000:ca:00.0\", \"one_time_use\": \"true\"}\n"), 31);
        QCOMPARE(codes(r), (QStringList{QStringLiteral("PCI_SPEC_UNKNOWN_KEY"), QStringLiteral("PCI_SPEC_UNKNOWN_KEY")}));
        QCOMPARE(r.findings.first().message, QStringLiteral("nova.conf:3: 'one_time_use' is not a device_spec key of Nova 31: it becomes a tag that nothing asks for"));
        QCOMPARE(r.findings.last().message, QStringLiteral("nova.conf:3: 'vendorid' is not a device_spec key of Nova 31: it becomes a tag that nothing asks for"));
        QCOMPARE(claimedBy(r, 0), QStringList{QStringLiteral("0000:ca:00.0")});
    }

    void aliasesAndPlacement()
    {
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\n"
                                                         "device_spec = {\"vendor_id\": \"10de\", \"product_id\": \"1eb8\", \"resource_class\": \"t4 gpu\", \"traits\": \"fast,HW_GPU_API_VULKAN\"}\n"
                                                         "device_spec = {\"vendor_id\": \"15b3\", \"product_id\": \"101e\", \"physical_network\": \"physnet1\"}\n"
                                                         "alias = {\"name\": \"t4\", \"vendor_id\": \"10de\", \"product_id\": \"1eb8\", \"device_type\": \"type-PCI\"}\n"
                                                         "alias = {\"name\": \"vf\", \"vendor_id\": \"15b3\", \"product_id\": \"101e\", \"device_type\": \"type-VF\"}\n"
                                                         "alias = {\"name\": \"pf\", \"vendor_id\": \"15b3\", \"product_id\": \"101d\", \"device_type\": \"type-PF\"}\n"
                                                         "report_in_placement = True\n"));
        const pci::DeviceClaim *gpu = r.device(QStringLiteral("0000:ca:00.0"));
        QCOMPARE(gpu->aliases, QStringList{QStringLiteral("t4")});
        QVERIFY(gpu->placement.reported);
        QCOMPARE(gpu->placement.resourceClass, QStringLiteral("CUSTOM_T4_GPU"));
        QCOMPARE(gpu->placement.traits, (QStringList{QStringLiteral("COMPUTE_MANAGED_PCI_DEVICE"), QStringLiteral("CUSTOM_FAST"), QStringLiteral("HW_GPU_API_VULKAN")}));
        QCOMPARE(r.device(QStringLiteral("0000:17:00.6"))->aliases, QStringList{QStringLiteral("vf")});
        QVERIFY(!r.device(QStringLiteral("0000:17:00.6"))->placement.reported); // physical_network: Neutron's
        QVERIFY(r.device(QStringLiteral("0000:17:00.2"))->aliases.isEmpty()); // type-VDPA
        QCOMPARE(codes(r), QStringList{QStringLiteral("PCI_ALIAS_UNSATISFIED")}); // "pf": no spec claims a PF
    }

    void invalidAliasesNameTheEntry()
    {
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\nalias = {\"name\": \"a\", \"vendor_id\": \"10de\", \"product_id\": \"1eb8\"}\n"
                                                         "alias = {\"name\": \"a\", \"vendor_id\": \"10de\", \"product_id\": \"1eb9\", \"numa_policy\": \"required\"}\n"));
        QVERIFY(r.aliases.aliases.isEmpty());
        QCOMPARE(r.aliases.origin, QStringLiteral("nova.conf:3"));
        QCOMPARE(r.aliases.error, QStringLiteral("PciInvalidAlias: Invalid PCI alias definition: NUMA policy mismatch for alias 'a'"));
        QCOMPARE(codes(r), QStringList{QStringLiteral("PCI_ALIAS_INVALID")});
        const pci::PciReport r26 = evaluate(QStringLiteral("[pci]\nalias = {\"name\": \"a\", \"resource_class\": \"X\"}\n"), 26);
        QVERIFY(r26.aliases.error.contains(QLatin1String("Additional properties are not allowed ('resource_class' was unexpected)")));
    }

    void remoteManagedNeedsAVpdSerial()
    {
        // the E810 VFs have no VPD and neither has their PF: Nova filters them out
        const pci::PciReport r = evaluate(QStringLiteral("[pci]\ndevice_spec = {\"vendor_id\": \"8086\", \"product_id\": \"1889\", \"remote_managed\": \"true\"}\n"
                                                         "device_spec = {\"vendor_id\": \"15b3\", \"product_id\": \"101e\", \"remote_managed\": \"true\"}\n"));
        QCOMPARE(claimedBy(r, 0), QStringList());
        // the 12 ConnectX type-VF devices have their PF's card serial number; the 4 type-VDPA ones have none
        QCOMPARE(claimedBy(r, 1).size(), 12);
        QCOMPARE(codes(r), QStringList{QStringLiteral("PCI_REMOTE_MANAGED_NO_SMARTNIC")});
    }
};

VDECK_TEST_MAIN(TestPciMatch)
#include "tst_pcimatch.moc"
