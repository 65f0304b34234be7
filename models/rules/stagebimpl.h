#pragma once

// Internal to rules/stageb*.cpp: the stage-B evaluation, one method per Nova helper.
#include "rules/stageb.h"

namespace rules::detail {

struct StageB
{
    const flavors::Flavor &flavor;
    NovaRelease release;
    StageBResult result;
    bool everyBlocker = false; // StageBMode::EveryBlocker: go on past a failed check

    bool run();
    // false when `passed` is false and Nova stops there (not in every-blocker mode)
    bool goOn(bool passed) const { return passed || everyBlocker; }
    bool imageMeta();
    bool fail(const QString &exception, const QString &code, const QStringList &keys, const QString &message,
              const QString &fix = QString());
    std::optional<QString> spec(const QString &key) const;
    bool conflictCheck(const QString &key, const std::optional<bool> &image);
    bool emulatorPolicy();
    bool realtime();
    bool vifMultiqueue();
    // stagebnuma.cpp
    bool numaConstraints(bool realtimeOk);
    bool cpuPolicy();
    bool threadPolicy();
    bool dedicatedMask(std::optional<QSet<int>> &dedicated);
    bool cpuResources();
    bool policySanity(const std::optional<QSet<int>> &dedicated);
    bool nodeCount(int &nodes);
    bool pageSize();
    bool lockedMemory();
    bool numaMaps(int nodes);
    bool flavorCpuMaps(std::optional<QList<QSet<int>>> &out);
};

} // namespace rules::detail
