#pragma once

#include <QString>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// The wiring every list and tree page repeats: view + proxy + filter box.
namespace viewutil {

// Puts proxy between source and view, lets filter's text reach setText (through setFilter),
// and sets the usual look (alternating rows, sorting off, uniform rows).
template<typename Proxy>
void setupFilteredView(QTreeView *view, QAbstractItemModel *source, Proxy *proxy, QLineEdit *filter);

void setupView(QTreeView *view, QAbstractItemModel *model);
void copyToClipboard(const QString &text);
// Read-only line edits and spin boxes below `root` (now and later) drawn on the window's colour,
// without spin arrows, so that they do not look editable (auditor mode).
void styleReadOnlyFields(QWidget *root);

} // namespace viewutil

#include <QLineEdit>
#include <QTreeView>

template<typename Proxy>
void viewutil::setupFilteredView(QTreeView *view, QAbstractItemModel *source, Proxy *proxy, QLineEdit *filter)
{
    proxy->setSourceModel(source);
    setupView(view, proxy);
    filter->setClearButtonEnabled(true);
    QObject::connect(filter, &QLineEdit::textChanged, proxy, [proxy](const QString &text) { proxy->setText(text); });
}
