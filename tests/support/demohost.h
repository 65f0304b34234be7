#pragma once

#include "inventory/hostsnapshot.h"

namespace testhosts {
// The bundled demo host, resources/demo/demo.vdeckhost, read from the source tree (a test that
// cannot read it stops with the reason).
inventory::HostSnapshot demo();
}
