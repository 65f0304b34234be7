#include "screenshot.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QPainter>
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
    QPixmap pixmap = window->grab();
    if (pixmap.isNull())
        return QCoreApplication::translate("Screenshot", "could not render the window");
    // The window's open dialogs (the push dialog of `--push`) where they stand over it.
    QPainter painter(&pixmap);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == window || !top->isVisible() || !qobject_cast<QDialog *>(top) || !top->parentWidget() || top->parentWidget()->window() != window)
            continue;
        const QRect at(top->geometry().topLeft() - window->geometry().topLeft(), top->size());
        painter.drawPixmap(at.topLeft(), top->grab());
        painter.setPen(window->palette().color(QPalette::Shadow));
        painter.drawRect(at.adjusted(-1, -1, 0, 0));
    }
    painter.end();
    if (!pixmap.save(file, "PNG"))
        return QCoreApplication::translate("Screenshot", "could not write %1").arg(file);
    return {};
}
