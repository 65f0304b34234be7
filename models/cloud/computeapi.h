#pragma once

#include "cloud/cloudclient.h"
#include "cloud/computerelease.h"
#include "flavors/flavor.h"
#include "fleet/resourcerequest.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cloud {

// The compute API's version document (GET of the catalog's compute endpoint).
struct ComputeVersion
{
    QString maxVersion; // "2.100"
    QString minVersion;
    ReleaseFromApi release;
};

std::optional<ComputeVersion> readComputeVersion(CloudClient &client, CloudError *error);

// Every flavor of the cloud (public and private: is_public=None, as an admin sees them), with
// extra specs and description (microversion 2.75), paged with limit and marker; private
// flavors with their access lists. progress(flavors so far) after each page.
struct PullOptions
{
    int pageSize = 1000;
    std::function<void(int pulled)> progress = {};
    // Told once when the access lists cannot be read (Nova lets only admins list them): the pull
    // goes on with them empty.
    std::function<void(const QString &)> warning = {};
};

std::optional<QList<flavors::Flavor>> pullFlavors(CloudClient &client, const PullOptions &options, CloudError *error);

// What a cloud holds: its compute API's release and every flavor it has. One read for
// `vdeckctl cloud pull|lint|diff|push` and for the GUI's clouds page.
struct DeployedFlavors
{
    ComputeVersion version;
    QList<flavors::Flavor> flavors;
};

std::optional<DeployedFlavors> readDeployed(CloudClient &client, const PullOptions &options, CloudError *error);

// Nova's host aggregates with their metadata (GET /os-aggregates at 2.41, which gives their
// UUIDs; Nova lets admins list them): the availability zones of the fleet.
std::optional<QList<fleet::HostAggregate>> readHostAggregates(CloudClient &client, CloudError *error);

// The microversions vDeck sends: lists and creates at 2.75 (description, extra specs, swap as
// a number); extra specs written at 2.86, where Nova validates them as the release's registry
// says instead of storing anything.
inline constexpr const char kListMicroversion[] = "2.75";
inline constexpr const char kExtraSpecsMicroversion[] = "2.86";

} // namespace cloud
