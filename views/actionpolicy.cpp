#include "actionpolicy.h"

#include <QAction>

namespace actionpolicy {

void markWrites(QAction *action)
{
    action->setProperty(kWritesProperty, true);
}

bool writes(const QAction *action)
{
    return action->property(kWritesProperty).toBool();
}

} // namespace actionpolicy
