// From a device picked in the tree to nova.conf snippets and back: the composed device_spec and
// alias claim and serve that device when evaluated; a flavor's pci_passthrough:alias is checked.
#include "demohost.h"
#include "testmain.h"

#include "pci/composer.h"
#include "pci/flavoralias.h"
#include "pci/pcireport.h"

#include <QJsonDocument>
#include <QTest>

namespace {
const pci::PciHost &demoHost()
{
    static const pci::PciHost host = pci::PciHost::fromGraph(testhosts::demo().graph());
    return host;
}

pci::PciReport evaluateSnippet(const QString &text, int release)
{
    QString error;
    const std::optional<pci::NovaConf> conf = pci::NovaConf::parse(text, QStringLiteral("snippet"), &error);
    if (!conf)
        qFatal("%s", qPrintable(error));
    return pci::evaluate(demoHost(), *conf, pci::PciRelease{release});
}

QStringList codes(const QList<rules::Finding> &findings)
{
    QStringList out;
    for (const rules::Finding &f : findings)
        out << f.code;
    return out;
}
}

class TestPciCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromThisVfToAWorkingSpecAliasAndFlavor_data()
    {
        QTest::addColumn<int>("release");
        QTest::addColumn<bool>("placement");
        for (int release : {23, 26, 27, 31, 33}) {
            QTest::addRow("%d", release) << release << false;
            QTest::addRow("%d placement", release) << release << true;
        }
    }
    void fromThisVfToAWorkingSpecAliasAndFlavor()
    {
        QFETCH(int, release);
        QFETCH(bool, placement);
        const pci::PciRelease r{release};
        const pci::NovaPciDevice *vf = demoHost().byAddress(QStringLiteral("0000:b1:01.2"));
        QVERIFY(vf);
        pci::SpecChoice choice;
        choice.allVfsOfPf = true;
        if (placement)
            choice.resourceClass = QStringLiteral("CUSTOM_E810_VF");
        const QJsonObject spec = pci::composeDeviceSpec(*vf, choice, r);
        const QJsonObject alias = pci::composeAlias(QStringLiteral("e810vf"), *vf, QStringLiteral("preferred"), choice, r);
        const pci::Snippets s = pci::composeSnippets({spec}, {alias}, {}, placement, r);
        QVERIFY(s.compute.startsWith(QLatin1String("# nova.conf of the compute nodes\n[pci]\n")));
        QVERIFY(s.compute.contains(release >= 26 ? QLatin1String("\ndevice_spec = {") : QLatin1String("\npassthrough_whitelist = {")));
        QVERIFY(s.controller.startsWith(QLatin1String("# nova.conf of the API and scheduler nodes")));
        QCOMPARE(s.controller.contains(QLatin1String("pci_in_placement = True")), placement && release >= 27);

        // the compute snippet holds the aliases too; the scheduler's pci_in_placement joins it
        const pci::PciReport report = evaluateSnippet(
            s.compute + (s.controller.contains(QLatin1String("pci_in_placement")) ? QStringLiteral("\n[filter_scheduler]\npci_in_placement = True\n") : QString()),
            release);
        QVERIFY2(codes(report.findings).isEmpty(), qPrintable(codes(report.findings).join(QLatin1Char(' '))));
        for (const QString &a : {QStringLiteral("0000:b1:01.0"), QStringLiteral("0000:b1:01.1"), QStringLiteral("0000:b1:01.2"), QStringLiteral("0000:b1:01.3")}) {
            QCOMPARE(report.device(a)->spec, 0);
            QCOMPARE(report.device(a)->aliases, QStringList{QStringLiteral("e810vf")});
        }
        QCOMPARE(report.device(QStringLiteral("0000:b1:00.0"))->spec, -1); // the PF itself is not claimed
        if (placement && release >= 26)
            QCOMPARE(report.device(QStringLiteral("0000:b1:01.2"))->placement.resourceClass, QStringLiteral("CUSTOM_E810_VF"));

        flavors::Flavor flavor;
        flavor.name = QStringLiteral("sriov.e810");
        flavor.extraSpecs.set(QStringLiteral("pci_passthrough:alias"), QStringLiteral("e810vf:2"));
        QVERIFY(pci::checkFlavorAliases(flavor, report).isEmpty());
        flavor.extraSpecs.set(QStringLiteral("pci_passthrough:alias"), QStringLiteral("e810vf:5,gpu:1,junk"));
        QCOMPARE(codes(pci::checkFlavorAliases(flavor, report)),
                 (QStringList{QStringLiteral("PCI_FLAVOR_ALIAS_TOO_FEW"), QStringLiteral("PCI_FLAVOR_ALIAS_UNDEFINED"), QStringLiteral("PCI_FLAVOR_ALIAS_MALFORMED")}));
    }

    void mdevSectionsPerRelease()
    {
        const pci::MdevChoice t4{QStringLiteral("nvidia-231"), {QStringLiteral("0000:ca:00.0")}, QStringLiteral("CUSTOM_T4_2Q"), 8};
        const pci::Snippets s33 = pci::composeSnippets({}, {}, {t4}, false, pci::PciRelease{33});
        QCOMPARE(s33.compute, QStringLiteral("# nova.conf of the compute nodes\n[devices]\nenabled_mdev_types = nvidia-231\n\n[mdev_nvidia-231]\n"
                                             "device_addresses = 0000:ca:00.0\nmdev_class = CUSTOM_T4_2Q\nmax_instances = 8\n"));
        QVERIFY(s33.controller.isEmpty());
        const pci::Snippets s23 = pci::composeSnippets({}, {}, {t4}, false, pci::PciRelease{23});
        QCOMPARE(s23.compute, QStringLiteral("# nova.conf of the compute nodes\n[devices]\nenabled_vgpu_types = nvidia-231\n\n[vgpu_nvidia-231]\n"
                                             "device_addresses = 0000:ca:00.0\n"));
    }

    void importsAProbedNovaConf()
    {
        hostfacts::HostFactsParts parts;
        parts.host = QStringLiteral("root@compute:22");
        parts.nova = {hostfacts::NovaSection{QStringLiteral("pci"), {{QStringLiteral("device_spec"), QStringLiteral("[{\"address\": \"0000:17:00.1\"}, 5]")},
                                                                     {QStringLiteral("alias"), QStringLiteral("{\"name\": \"x\", \"vendor_id\": \"15b3\", \"product_id\": \"101e\"}")}}},
                      hostfacts::NovaSection{QStringLiteral("devices"), {{QStringLiteral("enabled_mdev_types"), QStringLiteral("nvidia-231, nvidia-232")}}},
                      hostfacts::NovaSection{QStringLiteral("mdev_nvidia-231"), {{QStringLiteral("device_addresses"), QStringLiteral("0000:ca:00.0")}}}};
        const pci::NovaConf conf = pci::NovaConf::fromFacts(hostfacts::HostFacts(parts));
        const pci::ConfEntries e = pci::importEntries(conf, pci::PciRelease{31});
        QCOMPARE(e.specs.size(), 1);
        QCOMPARE(e.aliases.size(), 1);
        QCOMPARE(e.errors, QStringList{QStringLiteral("nova.conf [pci] device_spec #1: an entry that is not a JSON object")});
        QCOMPARE(e.mdevs.size(), 2);
        QCOMPARE(e.mdevs.first().addresses, QStringList{QStringLiteral("0000:ca:00.0")});
        QCOMPARE(e.mdevs.last().type, QStringLiteral("nvidia-232"));
    }
};

VDECK_TEST_MAIN(TestPciCompose)
#include "tst_pcicompose.moc"
