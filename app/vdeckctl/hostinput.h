#pragma once

#include "domainxml/computeprofile.h"
#include "inventory/hostsnapshot.h"

#include <QString>

#include <optional>

// The host a host-aware command works on: a .vdeckhost file (--snapshot) or a live capture
// over a read-only libvirt connection (--connect, hosts::captureUri). std::nullopt with *error
// naming the file or URI.
std::optional<inventory::HostSnapshot> readHost(const QString &snapshotFile, const QString &connectUri, QString *error);

// --profile F, or Nova's defaults when `path` is empty.
std::optional<domainxml::ComputeProfile> readProfile(const QString &path, QString *error);
