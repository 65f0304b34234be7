#pragma once

#include "flavors/flavor.h"

#include <QJsonDocument>

namespace flavors {

// Other tools' flavor JSON: `openstack flavor show -f json` (one object or a list, with
// `properties` as an object or the older "k='v', ..." string), Nova API responses
// ({"flavor": ...} / {"flavors": [...]}) and vDeck's own nova-api request export.
// Returns false with *error set when the document is none of these.
bool readForeign(const QJsonDocument &doc, FlavorLibrary *library, QString *error);

// "a='1', b='x y'" -> ordered pairs, as python-openstackclient's format_dict writes them.
bool parsePropertiesString(const QString &text, PropertyList *out);

} // namespace flavors
