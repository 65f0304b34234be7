#include "core/appmode.h"

#include <QCoreApplication>

QString appModeName(AppMode mode)
{
    return mode == AppMode::Auditor ? QStringLiteral("auditor") : QStringLiteral("operator");
}

QString appModeLabel(AppMode mode)
{
    return mode == AppMode::Auditor ? QCoreApplication::translate("AppMode", "Auditor mode (read-only)")
                                    : QCoreApplication::translate("AppMode", "Operator mode");
}

bool isReadOnly(AppMode mode)
{
    return mode == AppMode::Auditor;
}
