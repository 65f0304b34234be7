#pragma once

#include "fleet/fleetcapacity.h"
#include "fleet/providers.h"

#include <QJsonObject>
#include <QTextStream>

#include <optional>

// How `vdeckctl cloud providers|capacity|why` prints the fleet, its capacity for a flavor and
// why a compute node is not a candidate.
namespace fleetprint {

void printProviders(QTextStream &out, const fleet::Fleet &fleet, bool tree);
QJsonObject providersJson(const fleet::Fleet &fleet);
QJsonObject requestJson(const fleet::ResourceRequest &request);
void printCapacity(QTextStream &out, const fleet::FleetCapacity &capacity);
// What the controllers' nova.conf at `path` says to the scheduler for `release`: the PCI aliases
// and whether zones are asked of Placement; an empty path: nothing known. std::nullopt with
// *error "FILE: ..." when the file cannot be read.
struct ControllerConf
{
    fleet::PciAliasConfig pci;
    std::optional<bool> queryPlacementForZone;
};
std::optional<ControllerConf> readNovaConf(const QString &path, rules::NovaRelease release, QString *error);

// Each of fleet::requestNotes() as "note: ..." lines.
void printRequestNotes(QTextStream &out, const fleet::ResourceRequest &request);
QJsonObject capacityJson(const fleet::FleetCapacity &capacity);
QJsonObject reasonJson(const fleet::Reason &reason);

} // namespace fleetprint
