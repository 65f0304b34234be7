#include "modeldump.h"

#include <QAbstractItemModel>

namespace {
void dumpRows(const QAbstractItemModel *model, const QModelIndex &parent, int role, const QString &indent, QStringList &out)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(parent); ++c)
            cells.append(model->index(r, c, parent).data(role).toString());
        out.append(indent + cells.join(QStringLiteral(" | ")));
        const QModelIndex child = model->index(r, 0, parent);
        if (model->hasChildren(child))
            dumpRows(model, child, role, indent + QStringLiteral("  "), out);
    }
}
}

QStringList dumpModel(const QAbstractItemModel *model, int role)
{
    QStringList out;
    dumpRows(model, QModelIndex(), role, QString(), out);
    return out;
}
