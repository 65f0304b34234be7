#pragma once

#include <QString>

// What this build is and what it was built against; printed by `vdeckctl --version`
// and shown in the about box.
namespace buildinfo {
QString version();           // project version from CMake, e.g. "0.1.0"
QString qtVersion();         // Qt the binary runs with
QString libvirtVersion();    // libvirt client library the binary runs with, e.g. "11.3.0"
QString libsshVersion();     // libssh the binary runs with
}
