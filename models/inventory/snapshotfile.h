#pragma once

#include "inventory/hostsnapshot.h"

#include <QByteArray>
#include <QString>

namespace inventory {

// The .vdeckhost file format (docs/vdeckhost-format.md): versioned JSON with the raw libvirt
// XML strings embedded; loading re-parses them, so a loaded snapshot equals the saved one.
// Version 2 adds the ssh probe's host facts ("hostFacts"), version 3 virNodeGetInfo ("nodeInfo")
// and the guests with their devices ("guests"); versions 1 and 2 still load.
namespace snapshotfile {

inline constexpr int kFormatVersion = 3;

QByteArray toJson(const HostSnapshot &snapshot);
// sourceName names the input in errors ("demo.vdeckhost: line 3, column 7: ...").
bool fromJson(const QByteArray &json, const QString &sourceName, HostSnapshot *snapshot, QString *error);

// Atomic (QSaveFile): a failed save leaves the previous file intact.
bool save(const HostSnapshot &snapshot, const QString &path, QString *error);
bool load(const QString &path, HostSnapshot *snapshot, QString *error); // also ":/demo/..." resources

} // namespace snapshotfile
} // namespace inventory
