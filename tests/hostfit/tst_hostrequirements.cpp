// hostfit requirements: the host's software (libvirt, QEMU, kernel, machine types) against what
// a flavor needs: vIOMMU models and q35, vDPA minimums, nova-compute's own minimum.
#include "handmadehost.h"
#include "testmain.h"

#include "hostfit/hostcheck.h"
#include "hostfit/hostrequirements.h"
#include "versions/memlocklimit.h"
#include "versions/minimums.h"

#include <QTest>

namespace {

flavors::Flavor viommu(const QString &model, const QString &machine = QStringLiteral("q35"))
{
    flavors::Flavor f;
    f.name = QStringLiteral("viommu.") + model;
    f.vcpus = 2;
    f.ramMb = 2048;
    f.extraSpecs.set(QStringLiteral("hw:viommu_model"), model);
    if (!machine.isEmpty())
        f.imageProperties.set(QStringLiteral("hw_machine_type"), machine);
    return f;
}

QStringList codes(const QList<rules::Finding> &findings)
{
    QStringList out;
    for (const rules::Finding &f : findings)
        out << QStringLiteral("%1:%2").arg(f.code, rules::severityName(f.severity));
    return out;
}

const QString kLinux612 = QStringLiteral("Linux 6.12.48+deb13-amd64 (Debian 13)");

} // namespace

class TestHostRequirements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionsParse()
    {
        QCOMPARE(versions::VersionNumber::parse(QStringLiteral("11.3.0"))->toString(), QStringLiteral("11.3.0"));
        QCOMPARE(versions::VersionNumber::parse(QStringLiteral("8.2"))->toString(), QStringLiteral("8.2.0"));
        QVERIFY(!versions::VersionNumber::parse(QStringLiteral("unknown")));
        QCOMPARE(versions::VersionNumber::kernelOf(kLinux612)->toString(), QStringLiteral("6.12.48"));
        QVERIFY(*versions::VersionNumber::parse(QStringLiteral("8.2.0")) < versions::minimums::viommuVirtio().version);
        // as the host audit compares a kernel release with a minimum
        QVERIFY(*versions::VersionNumber::parse(QStringLiteral("6.12.38+deb13")) > *versions::VersionNumber::parse(QStringLiteral("5.7")));
        QVERIFY(*versions::VersionNumber::parse(QStringLiteral("8.0")) == *versions::VersionNumber::parse(QStringLiteral("8.0.0")));
    }

    void autoModelFollowsLibvirt()
    {
        // libvirt 11.3.0 >= 8.3.0: auto becomes virtio (Nova 31 _get_iommu_model)
        QList<rules::Finding> f = hostfit::checkHostRequirements(viommu(QStringLiteral("auto")), handmade::demo(), {}, rules::NovaRelease(31));
        // and libvirt refuses the driver attributes Nova writes on virtio: certain to fail on spawn
        QCOMPARE(codes(f), (QStringList{QStringLiteral("host.viommu-auto-model:info"), QStringLiteral("viommu.virtio-driver-attributes:error")}));
        QCOMPARE(f.constLast().novaException, QStringLiteral("libvirtError"));
        QVERIFY2(f.constFirst().message.startsWith(QLatin1String("hw:viommu_model=auto becomes virtio on compute-r750-07.demo.vdeck (libvirt 11.3.0;")), qPrintable(f.constFirst().message));
        QVERIFY(f.constFirst().message.contains(QLatin1String("MIN_LIBVIRT_VIOMMU_VIRTIO_MODEL")));
        // libvirt 8.2.0 on an x86 q35 guest: intel
        const inventory::HostSnapshot old = handmade::demoWithVersions(QStringLiteral("8.2.0"), QStringLiteral("6.2.0"), kLinux612);
        f = hostfit::checkHostRequirements(viommu(QStringLiteral("auto")), old, {}, rules::NovaRelease(31));
        QCOMPARE(codes(f), QStringList{QStringLiteral("host.viommu-auto-model:info")});
        QVERIFY2(f.constFirst().message.startsWith(QLatin1String("hw:viommu_model=auto becomes intel")), qPrintable(f.constFirst().message));
        // an explicit virtio on 8.2.0 fails at spawn; intel is fine
        f = hostfit::checkHostRequirements(viommu(QStringLiteral("virtio")), old, {}, rules::NovaRelease(31));
        QCOMPARE(codes(f), QStringList{QStringLiteral("host.viommu-model-unsupported:error")});
        QCOMPARE(f.constFirst().stage, rules::Stage::D);
        QCOMPARE(f.constFirst().fix, QStringLiteral("use hw:viommu_model=intel"));
        QVERIFY(hostfit::checkHostRequirements(viommu(QStringLiteral("intel")), old, {}, rules::NovaRelease(31)).isEmpty());
        QCOMPARE(hostfit::estimateCapacity(viommu(QStringLiteral("virtio")), old, {}).fits, 0);
        QVERIFY(hostfit::estimateCapacity(viommu(QStringLiteral("intel")), old, {}).fits > 0);
    }

    // libvirt's qemuDomainGetMemLockLimitBytes: from 8.7.0 each VFIO device behind a vIOMMU counts
    // the guest memory again; before, guest memory + 1 GiB once.
    void memlockByLibvirtVersion()
    {
        using versions::GuestMemlockInput;
        GuestMemlockInput g;
        g.memoryMiB = 1024;
        g.vdpa = 2;
        constexpr qint64 GiB = 1024LL * 1024 * 1024;
        QCOMPARE(versions::libvirtMemlockLimit(versions::VersionNumber{8, 7, 0}, g).bytes, 3 * GiB);
        QCOMPARE(versions::libvirtMemlockLimit(versions::VersionNumber{8, 6, 0}, g).bytes, 2 * GiB);
        g.vdpa = 0;
        g.vfio = 3;
        QCOMPARE(versions::libvirtMemlockLimit(versions::VersionNumber{11, 3, 0}, g).bytes, 2 * GiB);
        g.viommu = true;
        QCOMPARE(versions::libvirtMemlockLimit(versions::VersionNumber{11, 3, 0}, g).bytes, 4 * GiB);
        g.locked = true;
        QVERIFY(versions::libvirtMemlockLimit(versions::VersionNumber{11, 3, 0}, g).unlimited);
        QCOMPARE(versions::libvirtMemlockLimit(versions::VersionNumber{11, 3, 0}, GuestMemlockInput{4096, 0, 0, 0, false, false}).bytes, 0);

        // two VFs behind an intel vIOMMU, 2 GiB guest
        flavors::Flavor f = viommu(QStringLiteral("intel"));
        f.extraSpecs.set(QStringLiteral("pci_passthrough:alias"), QStringLiteral("vf:2"));
        QList<rules::Finding> found = hostfit::checkHostRequirements(f, handmade::demo(), {}, rules::NovaRelease(31));
        QCOMPARE(codes(found), QStringList{QStringLiteral("host.memlock-limit:info")});
        QVERIFY2(found.constFirst().message.contains(QLatin1String("lock 5.0 GiB")), qPrintable(found.constFirst().message));
        const inventory::HostSnapshot old = handmade::demoWithVersions(QStringLiteral("8.2.0"), QStringLiteral("6.2.0"), kLinux612);
        found = hostfit::checkHostRequirements(f, old, {}, rules::NovaRelease(31));
        QCOMPARE(codes(found), QStringList{QStringLiteral("host.memlock-per-device:warning")});
        QVERIFY2(found.constFirst().message.contains(QLatin1String("lock 3.0 GiB")) && found.constFirst().message.contains(QLatin1String("(5.0 GiB)")),
                 qPrintable(found.constFirst().message));
        // locked memory: libvirt lifts the limit
        f.extraSpecs.set(QStringLiteral("hw:locked_memory"), QStringLiteral("true"));
        f.extraSpecs.set(QStringLiteral("hw:mem_page_size"), QStringLiteral("large"));
        QVERIFY(hostfit::checkHostRequirements(f, old, {}, rules::NovaRelease(31)).isEmpty());
    }

    void q35NeededOnX86()
    {
        // no image machine type and no [libvirt]hw_machine_type: the x86 default is pc
        const flavors::Flavor f = viommu(QStringLiteral("intel"), QString());
        QList<rules::Finding> found = hostfit::checkHostRequirements(f, handmade::demo(), {}, rules::NovaRelease(31));
        QCOMPARE(codes(found), QStringList{QStringLiteral("host.viommu-machine-type:error")});
        QCOMPARE(found.constFirst().novaException, QStringLiteral("InvalidVIOMMUMachineType"));
        QVERIFY2(found.constFirst().message.contains(QLatin1String("machine type pc (the default")), qPrintable(found.constFirst().message));
        const hostfit::HostVerdict verdict = hostfit::checkHost(f, handmade::demo(), {});
        QVERIFY(!verdict.canRun());
        QCOMPARE(verdict.capacity.shortage.code, QStringLiteral("host.viommu-machine-type"));
        // the profile makes q35 the default: fine
        domainxml::ComputeProfile q35;
        q35.hwMachineType = QStringLiteral("x86_64=q35");
        QVERIFY(hostfit::checkHostRequirements(f, handmade::demo(), q35, rules::NovaRelease(31)).isEmpty());
        // a host whose QEMU offers no q35 machine
        handmade::Host h;
        h.cells = {handmade::Cell{}};
        h.machines = {QStringLiteral("pc-i440fx-10.0")};
        found = hostfit::checkHostRequirements(viommu(QStringLiteral("intel")), handmade::snapshot(h), {}, rules::NovaRelease(31));
        QCOMPARE(codes(found), QStringList{QStringLiteral("host.viommu-machine-type:error")});
        QVERIFY2(found.constFirst().message.contains(QLatin1String("offers no q35 machine type for x86_64 (it has: pc-i440fx-10.0)")), qPrintable(found.constFirst().message));
        // before Nova 26 there is no vIOMMU at all (stage A rejects the key): nothing to say here
        QVERIFY(hostfit::checkHostRequirements(f, handmade::demo(), {}, rules::NovaRelease(25)).isEmpty());
    }

    void vdpaMinimums()
    {
        flavors::Flavor f;
        f.name = QStringLiteral("vdpa");
        f.ports.append(flavors::RequestedPort{QStringLiteral("vdpa"), {}});
        QVERIFY(hostfit::checkHostRequirements(f, handmade::demo(), {}, rules::NovaRelease(31)).isEmpty());
        // libvirt 6.8.0 < 6.9.0, QEMU 5.0.0 < 5.1.0, kernel 5.4 < 5.7 (vdpa.rst); Nova 29 has no
        // minimum vDeck checks, so only the vDPA ones show
        const inventory::HostSnapshot old = handmade::demoWithVersions(QStringLiteral("6.8.0"), QStringLiteral("5.0.0"), QStringLiteral("Linux 5.4.0-150-generic"));
        QList<rules::Finding> found = hostfit::checkHostRequirements(f, old, {}, rules::NovaRelease(29));
        QCOMPARE(codes(found), (QStringList{QStringLiteral("host.vdpa-minimum:error"), QStringLiteral("host.vdpa-minimum:error"),
                                            QStringLiteral("host.vdpa-minimum:error")}));
        QVERIFY2(found.at(2).message.contains(QLatin1String("kernel 5.4.0 on compute-r750-07.demo.vdeck is below the minimum: kernel >= 5.7.0 for vDPA (Nova doc/source/admin/vdpa.rst")),
                 qPrintable(found.at(2).message));
        QCOMPARE(found.constFirst().novaException, QStringLiteral("NoValidHost"));
        // Nova 31 also refuses to start on libvirt < 8.0.0 and QEMU < 6.2.0
        found = hostfit::checkHostRequirements(f, old, {}, rules::NovaRelease(31));
        QCOMPARE(found.size(), 5);
        QCOMPARE(found.constFirst().code, QStringLiteral("host.nova-minimum"));
        QVERIFY(found.constFirst().message.contains(QLatin1String("libvirt >= 8.0.0 for nova-compute to start (Nova 31 driver.py MIN_LIBVIRT_VERSION")));
        // an unknown kernel is said, not guessed
        const inventory::HostSnapshot noKernel = handmade::demoWithVersions(QStringLiteral("11.3.0"), QStringLiteral("10.0.2"), QString());
        found = hostfit::checkHostRequirements(f, noKernel, {}, rules::NovaRelease(31));
        QCOMPARE(codes(found), QStringList{QStringLiteral("host.vdpa-minimum:info")});
    }
};

VDECK_TEST_MAIN(TestHostRequirements)
#include "tst_hostrequirements.moc"
