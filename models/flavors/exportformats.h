#pragma once

#include "flavors/flavor.h"

#include <QByteArray>
#include <QStringList>

namespace flavors {

enum class ExportFormat { Native, NovaApi, OpenstackCli, Ansible, Heat };
QStringList exportFormatNames(); // native, nova-api, openstack-cli, ansible, heat
std::optional<ExportFormat> exportFormatFromName(const QString &name);

// The library in the given format. nova-api: a JSON list of requests (POST /flavors, then
// POST /flavors/{id}/os-extra_specs with OpenStack-API-Version: compute 2.86).
// openstack-cli: a bash script that creates each flavor, then sets its properties at 2.86.
// ansible: tasks for openstack.cloud.compute_flavor. heat: a template with OS::Nova::Flavor.
QByteArray exportLibrary(const FlavorLibrary &library, ExportFormat format);

QString shellQuote(const QString &word); // POSIX single quotes, safe for any value

} // namespace flavors
