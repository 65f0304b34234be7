// flavors::VnicType, the one list of Neutron vnic_types vDeck models, against Nova itself
// (nova/network/model.py in the build root), and how files spell them.
#include "processutil.h"
#include "testmain.h"

#include "flavors/nativeformat.h"
#include "flavors/vnictype.h"

#include <QJsonArray>
#include <QJsonDocument>

using flavors::VnicType;

class TestVnicType : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every VNIC_TYPE_* of Nova 31 is a vDeck type, except the three vnictype.h names as not modelled.
    void namesAreNovas()
    {
        const ProcessResult r = runProcess(QStringLiteral("python3"),
                                           {QStringLiteral("-c"),
                                            QStringLiteral("import nova.network.model as m\n"
                                                           "print('\\n'.join(sorted(v for k, v in vars(m).items() if k.startswith('VNIC_TYPE_'))))")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList nova = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList expected = flavors::vnicTypeNames();
        expected << QStringLiteral("baremetal") << QStringLiteral("accelerator-direct") << QStringLiteral("accelerator-direct-physical");
        expected.sort();
        QCOMPARE(nova, expected);
    }

    void spellingsRoundTrip()
    {
        QCOMPARE(flavors::allVnicTypes().size(), flavors::vnicTypeNames().size());
        for (VnicType t : flavors::allVnicTypes())
            QCOMPARE(flavors::vnicTypeFromString(flavors::toString(t)), std::optional<VnicType>(t));
        QCOMPARE(flavors::toString(VnicType::DirectPhysical), QStringLiteral("direct-physical"));
        QCOMPARE(flavors::vnicTypeFromString(QStringLiteral("baremetal")), std::nullopt);
        QCOMPARE(flavors::vnicTypeFromString(QStringLiteral("Direct")), std::nullopt);
        QCOMPARE(flavors::vnicTypeFromString(QString()), std::nullopt);
        QVERIFY(!flavors::takesHostDevice(VnicType::Normal) && !flavors::takesHostDevice(VnicType::VirtioForwarder));
        QVERIFY(flavors::takesHostDevice(VnicType::Vdpa) && flavors::takesHostDevice(VnicType::Macvtap));
        QCOMPARE(flavors::RequestedPort().type(), std::optional<VnicType>(VnicType::Normal));
    }

    // A library keeps the spelling; one vDeck does not model is refused by name.
    void filesKeepTheSpelling()
    {
        flavors::FlavorLibrary lib;
        flavors::Flavor f;
        f.name = QStringLiteral("ports");
        f.ports = {{QStringLiteral("remote-managed"), QStringLiteral("physnet1")}, {}};
        lib.flavors.append(f);
        QJsonObject root = QJsonDocument::fromJson(flavors::writeNative(lib)).object();
        flavors::FlavorLibrary read;
        QString error;
        QVERIFY2(flavors::readNative(root, &read, &error), qPrintable(error));
        QCOMPARE(read, lib);
        QCOMPARE(read.flavors.first().ports.first().type(), std::optional<VnicType>(VnicType::RemoteManaged));

        QJsonArray flavorsArray = root.value(QLatin1String("flavors")).toArray();
        QJsonObject first = flavorsArray.first().toObject();
        QJsonObject shape = first.value(QLatin1String("instanceShape")).toObject();
        QJsonArray ports = shape.value(QLatin1String("ports")).toArray();
        QJsonObject port = ports.first().toObject();
        port.insert(QLatin1String("vnicType"), QStringLiteral("baremetal"));
        ports.replace(0, port);
        shape.insert(QLatin1String("ports"), ports);
        first.insert(QLatin1String("instanceShape"), shape);
        flavorsArray.replace(0, first);
        root.insert(QLatin1String("flavors"), flavorsArray);
        QVERIFY(!flavors::readNative(root, &read, &error));
        QVERIFY2(error.endsWith(QLatin1String("unknown vnic_type 'baremetal'")), qPrintable(error));
    }
};

VDECK_TEST_MAIN(TestVnicType)
#include "tst_vnictype.moc"
