#include "screenshot.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QPixmap>
#include <QWidget>

QString saveScreenshot(QWidget *window, const QString &file)
{
    window->show();
    // Let layouts, fonts and charts settle; offscreen rendering needs no real wait.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // replaced chart axes, ...
    }
    const QPixmap pixmap = window->grab();
    if (pixmap.isNull())
        return QCoreApplication::translate("Screenshot", "could not render the window");
    if (!pixmap.save(file, "PNG"))
        return QCoreApplication::translate("Screenshot", "could not write %1").arg(file);
    return {};
}
