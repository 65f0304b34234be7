#include "viewutil.h"

#include "widgets/statictextdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>

void viewutil::setupView(QTreeView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setItemDelegate(new StaticTextDelegate(view)); // a repaint does not lay the texts out again
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

void viewutil::styleReadOnlyFields(QWidget *root)
{
    root->setStyleSheet(QStringLiteral("QLineEdit[readOnly=\"true\"], QAbstractSpinBox[readOnly=\"true\"] {"
                                       " background: palette(window); border: 1px solid palette(mid); }"
                                       " QAbstractSpinBox[readOnly=\"true\"] { qproperty-buttonSymbols: NoButtons; }"));
}
