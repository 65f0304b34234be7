#include "rules/novaerrors.h"

namespace rules {

int httpStatusFor(const QString &exception, NovaRelease release)
{
    // Bug 2158972 (fixed on master, commit ca384766a7): before it, LockMemoryForbidden was a
    // Forbidden (403) and FlavorImageLockedMemoryConflict a plain NovaException (500).
    if (exception == QLatin1String("LockMemoryForbidden"))
        return release.isMaster() ? 400 : 403;
    if (exception == QLatin1String("FlavorImageLockedMemoryConflict"))
        return release.isMaster() ? 400 : 500;
    return 400;
}

Finding novaError(const QString &exception, const QString &code, NovaRelease release, const QStringList &keys,
                  const QString &message, const QString &fix)
{
    Finding f;
    f.code = code;
    f.severity = Severity::Error;
    f.stage = exception == QLatin1String("ValidationError") ? Stage::A : Stage::B;
    f.novaException = exception;
    f.httpStatus = httpStatusFor(exception, release);
    f.keys = keys;
    f.message = message;
    f.fix = fix;
    return f;
}

} // namespace rules
