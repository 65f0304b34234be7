#pragma once

#include "page.h"

class QTreeView;
class QStandardItemModel;

// Operations: the lifecycle matrix (live migrate, resize, shelve, suspend, ...) of the current
// flavor and ports for the chosen Nova release, with HTTP status, reason and workaround.
class OperationsPage : public Page
{
    Q_OBJECT
public:
    explicit OperationsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("operations"); }
    QString title() const override;
    QIcon icon() const override;

private:
    QStandardItemModel *m_model;
    QTreeView *m_view;
};
