#include "hostfit/minimums.h"
#include "core/findingtext.h"

namespace hostfit {

QString Minimum::text() const
{
    return FindingText::tr("%1 >= %2 for %3 (%4)").arg(component, version.toString(), purpose, source);
}

namespace minimums {

Minimum viommuVirtio()
{
    return {QStringLiteral("libvirt"), {8, 3, 0}, FindingText::tr("vIOMMU model virtio (and auto -> virtio)"),
            QStringLiteral("Nova 31 driver.py MIN_LIBVIRT_VIOMMU_VIRTIO_MODEL")};
}

QList<Minimum> vdpa()
{
    const QString source = QStringLiteral("Nova doc/source/admin/vdpa.rst, since Nova 23");
    return {{QStringLiteral("libvirt"), {6, 9, 0}, QStringLiteral("vDPA"), source},
            {QStringLiteral("QEMU"), {5, 1, 0}, QStringLiteral("vDPA"), source},
            {QStringLiteral("kernel"), {5, 7, 0}, QStringLiteral("vDPA"), source}};
}

QList<Minimum> novaCompute(rules::NovaRelease release)
{
    if (!release.atLeast(31))
        return {};
    const QString source = QStringLiteral("Nova 31 driver.py MIN_LIBVIRT_VERSION / MIN_QEMU_VERSION");
    return {{QStringLiteral("libvirt"), {8, 0, 0}, FindingText::tr("nova-compute to start"), source},
            {QStringLiteral("QEMU"), {6, 2, 0}, FindingText::tr("nova-compute to start"), source}};
}

QList<Minimum> all(rules::NovaRelease release)
{
    return novaCompute(release) + QList<Minimum>{viommuVirtio()} + vdpa();
}

} // namespace minimums
} // namespace hostfit
