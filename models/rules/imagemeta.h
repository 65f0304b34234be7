#pragma once

#include "flavors/flavor.h"
#include "rules/release.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace rules {

// The image properties that interact with flavor extra specs, typed as Nova's ImageMetaProps
// coerces them (nova/objects/image_meta.py). Unset properties are std::nullopt.
struct ImageMeta
{
    std::optional<QString> cpuPolicy;
    std::optional<QString> cpuThreadPolicy;
    std::optional<QString> cpuRealtimeMask;
    std::optional<bool> lockedMemory;
    std::optional<QString> machineType;
    std::optional<QString> memPageSize;
    std::optional<qint64> numaNodes;
    std::optional<QList<QSet<int>>> numaCpus;
    std::optional<QList<qint64>> numaMem;
    std::optional<QString> pciNumaAffinityPolicy;
    std::optional<bool> pmu;
    std::optional<QString> viommuModel;
    std::optional<bool> vifMultiqueue;
    std::optional<QString> architecture;
};

// Why Nova rejects the image metadata, as the API reports it.
struct ImageMetaError
{
    QString exception; // "InvalidRequest" (a ValueError while coercing) or "Invalid" (a bad CPU spec)
    QString key;
    QString message;
};

// ImageMetaProps.from_dict for the properties above, in Nova's field order.
std::optional<ImageMeta> parseImageMeta(const flavors::PropertyList &props, NovaRelease release, ImageMetaError *error);

} // namespace rules
