#include "windowstate.h"

#include "core/settings.h"

#include <QMainWindow>
#include <QSplitter>

namespace windowstate {

void restore(QMainWindow *window, const Settings &settings)
{
    if (const QByteArray geometry = settings.windowGeometry(); !geometry.isEmpty())
        window->restoreGeometry(geometry);
    if (const QByteArray state = settings.windowState(); !state.isEmpty())
        window->restoreState(state);
    for (QSplitter *splitter : window->findChildren<QSplitter *>()) {
        if (const QByteArray sizes = settings.splitterState(splitter->objectName()); !sizes.isEmpty())
            splitter->restoreState(sizes);
    }
}

void save(const QMainWindow *window, Settings *settings)
{
    settings->setWindowGeometry(window->saveGeometry());
    settings->setWindowState(window->saveState());
    for (const QSplitter *splitter : window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings->setSplitterState(splitter->objectName(), splitter->saveState());
    }
}

} // namespace windowstate
