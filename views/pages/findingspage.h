#pragma once

#include "page.h"

class QTreeView;
class QStandardItemModel;

// Findings: what Nova would reject or warn about for the current flavor, with code, stage,
// HTTP status for the chosen Nova release, message and fix.
class FindingsPage : public Page
{
    Q_OBJECT
public:
    explicit FindingsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("findings"); }
    QString title() const override;
    QIcon icon() const override;

private:
    QStandardItemModel *m_model;
    QTreeView *m_view;
};
