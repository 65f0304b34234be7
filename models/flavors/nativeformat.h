#pragma once

#include "flavors/flavor.h"

#include <QJsonObject>

namespace flavors {

// vDeck's own flavor library: {"format":"vdeck-flavors","version":1,"notes":..., "flavors":[...]},
// each flavor with its Nova fields, ordered extra specs and its instance shape (image
// properties and Neutron ports) and notes.
QByteArray writeNative(const FlavorLibrary &library);
bool isNativeDocument(const QJsonObject &root);
// Reads a parsed native document; false with *error set (no position: the JSON parsed).
bool readNative(const QJsonObject &root, FlavorLibrary *library, QString *error);

// Ordered key/value lists as JSON arrays of [key, value] pairs.
QJsonArray propertiesToJson(const PropertyList &list);

} // namespace flavors
