#pragma once

#include "inventory/hostsnapshot.h"

// The node-device corpus of tests/inventory/data/*.xml as one host.
namespace corpus {
QString dataFile(const QString &name);
QString readText(const QString &path);
QList<inventory::Device> devices();
inventory::HostSnapshot snapshot();
}
