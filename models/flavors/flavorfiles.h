#pragma once

#include "flavors/fileerror.h"
#include "flavors/flavor.h"

#include <optional>

namespace flavors {

// Any importable flavor document (native, openstack CLI JSON, Nova API JSON, nova-api export).
// Malformed input gives std::nullopt and *error with file, line and column.
std::optional<FlavorLibrary> parseFlavorDocument(const QByteArray &bytes, const QString &fileName, FileError *error);
std::optional<FlavorLibrary> loadFlavorFile(const QString &path, FileError *error);

// Writes through QSaveFile: the target is replaced only when everything was written.
bool saveAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace flavors
