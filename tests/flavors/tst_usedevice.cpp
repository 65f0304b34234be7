// flavors::useDevice on the demo host: vDPA -> vdpa port, VF -> direct port (with the physnet
// when known), mdev type -> resources:VGPU=1 and the type's custom trait; anything else unchanged.
#include "flavors/usedevice.h"
#include "inventory/snapshotfile.h"
#include "hostfacts/hostfacts.h"
#include "probe/novadevicespec.h"
#include "testmain.h"
#include "testpaths.h"

using namespace flavors;

class TestUseDevice : public QObject
{
    Q_OBJECT
    inventory::HostSnapshot m_demo;

    const inventory::Device &first(inventory::DeviceKind kind) const
    {
        for (const inventory::GraphNode &n : m_demo.graph().nodes()) {
            if (n.kind == kind)
                return n.device;
        }
        qFatal("no device of that kind");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(inventory::snapshotfile::load(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")), &m_demo, &error),
                 qPrintable(error));
    }

    void vdpaAddsAVdpaPort()
    {
        Flavor f;
        f.name = QStringLiteral("vdpa.small");
        const inventory::Device &vdpa = first(inventory::DeviceKind::Vdpa);
        QVERIFY(canUseDevice(vdpa));
        const Flavor out = useDevice(f, vdpa, {QString(), QStringLiteral("physnet1")});
        QCOMPARE(out.ports.size(), 1);
        QCOMPARE(out.ports.at(0).vnicType, QStringLiteral("vdpa"));
        QCOMPARE(out.ports.at(0).physnet, QStringLiteral("physnet1"));
        QCOMPARE(out.name, f.name);
        QCOMPARE(useDevice(out, vdpa).ports.size(), 2); // each use is one more port
    }

    void vfAddsADirectPort()
    {
        const Flavor out = useDevice(Flavor(), first(inventory::DeviceKind::Vf));
        QCOMPARE(out.ports.size(), 1);
        QCOMPARE(out.ports.at(0).vnicType, QStringLiteral("direct"));
        QVERIFY(out.ports.at(0).physnet.isEmpty());
    }

    void mdevTypeAddsVgpuAndTrait()
    {
        const inventory::Device &gpu = first(inventory::DeviceKind::Gpu);
        QVERIFY(!gpu.mdevTypes.isEmpty());
        const QString type = gpu.mdevTypes.constFirst().id;
        QVERIFY(!canUseDevice(gpu));
        QVERIFY(canUseDevice(gpu, {type, {}}));
        Flavor f;
        f.extraSpecs.set(QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated"));
        const Flavor out = useDevice(f, gpu, {type, {}});
        QCOMPARE(out.extraSpecs.value(QStringLiteral("resources:VGPU")), QStringLiteral("1"));
        QCOMPARE(out.extraSpecs.value(QStringLiteral("trait:") + mdevTypeTrait(type)), QStringLiteral("required"));
        QCOMPARE(out.extraSpecs.items().constFirst().key, QStringLiteral("hw:cpu_policy"));
        QVERIFY(out.ports.isEmpty());
        QCOMPARE(useDevice(f, gpu, {QStringLiteral("no-such-type"), {}}), f);
    }

    void othersLeaveTheFlavorAlone()
    {
        Flavor f;
        f.name = QStringLiteral("x");
        for (auto kind : {inventory::DeviceKind::Pf, inventory::DeviceKind::Net, inventory::DeviceKind::Pci}) {
            QVERIFY(!canUseDevice(first(kind)));
            QCOMPARE(useDevice(f, first(kind)), f);
        }
    }

    void physnetFromNovaDeviceSpec()
    {
        hostfacts::HostFactsParts parts;
        parts.nova.append({QStringLiteral("pci"),
                           {{QStringLiteral("device_spec"), QStringLiteral(R"({"address": "0000:17:00.0", "physical_network": "physnet-a"})")},
                            {QStringLiteral("device_spec"), QStringLiteral(R"([{"address": "0000:b1:01.*", "physical_network": "physnet-b"}])")},
                            {QStringLiteral("device_spec"), QStringLiteral(R"({"address": "0000:3b:00.*"})")}}});
        const hostfacts::HostFacts facts(parts);
        QCOMPARE(probe::physnetForVf(facts, QStringLiteral("0000:17:00.2"), QStringLiteral("0000:17:00.0")), QStringLiteral("physnet-a"));
        QCOMPARE(probe::physnetForVf(facts, QStringLiteral("0000:b1:01.3"), QStringLiteral("0000:b1:00.0")), QStringLiteral("physnet-b"));
        QCOMPARE(probe::physnetForVf(facts, QStringLiteral("0000:3b:00.3"), QStringLiteral("0000:3b:00.0")), QString());
        QCOMPARE(probe::physnetForVf(hostfacts::HostFacts(), QStringLiteral("0000:17:00.2"), QStringLiteral("0000:17:00.0")), QString());
    }

    void traitNames()
    {
        QCOMPARE(mdevTypeTrait(QStringLiteral("nvidia-558")), QStringLiteral("CUSTOM_NVIDIA_558"));
        QCOMPARE(mdevTypeTrait(QStringLiteral("i915-GVTg_V5_4")), QStringLiteral("CUSTOM_I915_GVTG_V5_4"));
    }
};

VDECK_TEST_MAIN(TestUseDevice)
#include "tst_usedevice.moc"
