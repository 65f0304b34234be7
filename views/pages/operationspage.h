#pragma once

#include "page.h"

class FlavorDocument;
class OperationsModel;
class QLabel;
class QTreeView;

// Operations: the lifecycle matrix (live migrate, resize, shelve, suspend, ...) of the current
// flavor and ports for the chosen Nova release, with HTTP status, reason and workaround.
class OperationsPage : public Page
{
    Q_OBJECT
public:
    OperationsPage(FlavorDocument *doc, QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("operations"); }
    QString title() const override;
    QIcon icon() const override;
    OperationsModel *model() const { return m_model; }

private:
    void refresh();
    void showDetails();
    FlavorDocument *m_doc;
    OperationsModel *m_model;
    QLabel *m_heading;
    QTreeView *m_view;
    QLabel *m_details;
    int m_shownFlavor = -1;
};
