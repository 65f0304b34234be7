#pragma once

#include <QString>

namespace cloud {

// What went wrong talking to a cloud, always with the cloud, the service and the URL, so the
// message alone tells an operator where to look.
struct CloudError
{
    enum class Kind {
        Config,        // clouds.yaml, a missing auth value, an unreadable cacert
        Unreachable,   // connection refused, host not found, timeout
        Tls,           // certificate not trusted, handshake failed
        Unauthorized,  // 401 (after one new token)
        Forbidden,     // 403
        NotFound,      // 404
        Conflict,      // 409
        Rejected,      // another 4xx (Nova's 400 for an extra spec it refuses)
        Server,        // 5xx
        Malformed,     // a reply that is not the JSON the API documents
        NoEndpoint,    // the service (or interface, region) is not in the catalog
        Cancelled,
    };
    Kind kind = Kind::Config;
    QString cloud;
    QString service; // "identity", "compute", "placement"
    QString url;
    int httpStatus = 0;
    QString message; // the API's own message where it gave one

    // "cloud 'demo', compute, POST http://127.0.0.1:8774/v2.1/flavors: HTTP 409: Flavor with name x already exists."
    QString toString() const;
};

QString kindName(CloudError::Kind kind);

} // namespace cloud
