#pragma once

#include <QStringList>

class QAbstractItemModel;
class QModelIndex;

// An item model as indented text, one line per row: "cell | cell | ...", children indented by
// two spaces. Tests compare it with an expected list (hotspot's tests/testutils.h idea).
QStringList dumpModel(const QAbstractItemModel *model, int role = 0 /* Qt::DisplayRole */);
