#include "hostinput.h"

#include "hosts/hostcapture.h"
#include "inventory/snapshotfile.h"

std::optional<inventory::HostSnapshot> readHost(const QString &snapshotFile, const QString &connectUri, QString *error)
{
    if (!snapshotFile.isEmpty()) {
        inventory::HostSnapshot snapshot;
        if (!inventory::snapshotfile::load(snapshotFile, &snapshot, error))
            return std::nullopt;
        return snapshot;
    }
    hosts::CaptureResult r = hosts::captureUri({connectUri, true, {}});
    if (!r.ok()) {
        *error = QStringLiteral("%1: %2").arg(connectUri, r.error);
        return std::nullopt;
    }
    return r.snapshot;
}

std::optional<domainxml::ComputeProfile> readProfile(const QString &path, QString *error)
{
    if (path.isEmpty())
        return domainxml::ComputeProfile{};
    return domainxml::loadProfile(path, error);
}
