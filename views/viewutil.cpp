#include "viewutil.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>

void viewutil::setupView(QTreeView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->header()->setStretchLastSection(true);
}

void viewutil::copyToClipboard(const QString &text)
{
    QApplication::clipboard()->setText(text);
}
