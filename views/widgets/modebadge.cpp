#include "widgets/modebadge.h"

ModeBadge::ModeBadge(AppMode mode, QWidget *parent)
    : QLabel(appModeLabel(mode), parent)
{
    setObjectName(QStringLiteral("modeBadge"));
    setContentsMargins(8, 1, 8, 1);
    if (mode == AppMode::Auditor) {
        setStyleSheet(QStringLiteral("QLabel#modeBadge { background: #b8860b; color: white; font-weight: bold; border-radius: 3px; }"));
    }
}
