#include "actionpolicy.h"

#include <QAction>

namespace actionpolicy {

QAction *markWrites(QAction *action)
{
    action->setProperty(kWritesProperty, true);
    return action;
}

bool writes(const QAction *action)
{
    return action->property(kWritesProperty).toBool();
}

} // namespace actionpolicy
