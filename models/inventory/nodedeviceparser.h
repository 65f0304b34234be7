#pragma once

#include "inventory/device.h"

class QXmlStreamReader;

namespace inventory {

// Parses one libvirt node-device XML document (virNodeDeviceGetXMLDesc, `virsh nodedev-dumpxml`)
// with QXmlStreamReader. Entities and DTDs are never resolved: a document with a DTD or an
// unresolved entity is rejected. Unknown elements are ignored; the raw XML is always kept.
// Never fails as a whole: a malformed document yields a Device with broken = true and an error
// "line L, column C: message" (and whatever name was read before the error).
Device parseNodeDevice(const QString &xml);

// The same for the <device> element the reader is positioned on (used by the test-driver file
// reader); the raw XML is left empty.
Device parseNodeDeviceElement(QXmlStreamReader &reader);

} // namespace inventory
