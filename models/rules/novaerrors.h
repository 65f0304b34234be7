#pragma once

#include "rules/finding.h"
#include "rules/release.h"

namespace rules {

// The Nova exceptions vDeck reproduces, with a stable vDeck code, the HTTP status the API
// answers in a given release, and a fix when there is an unambiguous one.
// `code` picks among codes that share an exception (InvalidRequest, Invalid).
Finding novaError(const QString &exception, const QString &code, NovaRelease release, const QStringList &keys,
                  const QString &message, const QString &fix = QString());

// The HTTP status of a stage-B exception in a release (400 for most; 403/500 for the
// locked-memory exceptions from 26 to 33).
int httpStatusFor(const QString &exception, NovaRelease release);

} // namespace rules
