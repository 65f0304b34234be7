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
// The controllers' PCI aliases from `path` (a nova.conf) for `release`; an empty path: none known.
// std::nullopt with *error "FILE: ..." when the file cannot be read.
std::optional<fleet::PciAliasConfig> readNovaConf(const QString &path, rules::NovaRelease release, QString *error);

// Each of fleet::requestNotes() as "note: ..." lines.
void printRequestNotes(QTextStream &out, const fleet::ResourceRequest &request);
QJsonObject capacityJson(const fleet::FleetCapacity &capacity);
QJsonObject reasonJson(const fleet::Reason &reason);

} // namespace fleetprint
