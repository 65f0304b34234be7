#pragma once

#include "domainxml/guestplan.h"
#include "domainxml/numafit.h"
#include "flavors/flavor.h"
#include "rules/release.h"

namespace domainxml {

// What Nova 23 .. 30 write differently from 31 in the parts vDeck plans elsewhere (the 32+ and
// 33+ differences are planned with their elements, platformplanner.cpp): 23's CPU topology
// follows the threads of the pinning, <vmcoreinfo> from 24,
// <os><type arch> and the virtio video model from 25, hw:locked_memory from 26, vIOMMU's
// aw_bits without a libvirt check from 28, <maxphysaddr> from 29. Each cites the tag.
void applyReleaseDifferences(const flavors::Flavor &flavor, rules::NovaRelease release, const QString &libvirtVersion,
                             const std::optional<QList<FittedCell>> &fitted, GuestPlan &plan);

// "11.3.0" >= major.minor.micro; an unknown (empty) version counts as new enough
bool libvirtAtLeast(const QString &version, int major, int minor, int micro);

} // namespace domainxml
