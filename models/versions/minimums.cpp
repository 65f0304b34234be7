#include "versions/minimums.h"
#include "core/findingtext.h"

namespace versions {

QString Minimum::text() const
{
    return FindingText::tr("%1 >= %2 for %3 (%4)").arg(component, version.toString(), purpose, source);
}

namespace minimums {

QList<Minimum> novaCompute()
{
    const QString source = QStringLiteral("Nova 31 driver.py MIN_LIBVIRT_VERSION / MIN_QEMU_VERSION");
    return {{QStringLiteral("libvirt"), {8, 0, 0}, FindingText::tr("nova-compute to start"), source},
            {QStringLiteral("QEMU"), {6, 2, 0}, FindingText::tr("nova-compute to start"), source}};
}

Minimum viommuVirtio()
{
    return {QStringLiteral("libvirt"), {8, 3, 0}, FindingText::tr("vIOMMU model virtio (and auto -> virtio)"),
            QStringLiteral("Nova 31 driver.py MIN_LIBVIRT_VIOMMU_VIRTIO_MODEL")};
}

Minimum viommuSmmuv3()
{
    return {QStringLiteral("libvirt"), {5, 5, 0}, FindingText::tr("vIOMMU model smmuv3"),
            QStringLiteral("libvirt docs/formatdomain.rst, IOMMU devices")};
}

QList<Minimum> vdpa()
{
    const QString source = QStringLiteral("Nova doc/source/admin/vdpa.rst, since Nova 23");
    return {{QStringLiteral("libvirt"), {6, 9, 0}, QStringLiteral("vDPA"), source},
            {QStringLiteral("QEMU"), {5, 1, 0}, QStringLiteral("vDPA"), source},
            {QStringLiteral("kernel"), {5, 7, 0}, QStringLiteral("vDPA"), source}};
}

} // namespace minimums
} // namespace versions
