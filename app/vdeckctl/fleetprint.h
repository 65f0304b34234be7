#pragma once

#include "fleet/fleetcapacity.h"
#include "fleet/providers.h"

#include <QJsonObject>
#include <QTextStream>

// How `vdeckctl cloud providers|capacity|why` prints the fleet, its capacity for a flavor and
// why a compute node is not a candidate.
namespace fleetprint {

void printProviders(QTextStream &out, const fleet::Fleet &fleet, bool tree);
QJsonObject providersJson(const fleet::Fleet &fleet);
QJsonObject requestJson(const fleet::ResourceRequest &request);
void printCapacity(QTextStream &out, const fleet::FleetCapacity &capacity);
void printPcpuFallbackNote(QTextStream &out, const fleet::ResourceRequest &request);
QJsonObject capacityJson(const fleet::FleetCapacity &capacity);
QJsonObject reasonJson(const fleet::Reason &reason);

} // namespace fleetprint
