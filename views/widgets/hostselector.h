#pragma once

#include <QComboBox>

class HostListModel;
class QSortFilterProxyModel;

// The target host in the main tool bar: a combo of the open hosts (those with a snapshot,
// captured or loaded). Choosing one emits hostChosen(); selectHost() follows a choice made
// elsewhere (the hosts page) without emitting.
class HostSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit HostSelector(HostListModel *hosts, QWidget *parent = nullptr);
    void selectHost(const QString &id);
    QString currentHostId() const;

Q_SIGNALS:
    void hostChosen(const QString &id);

private:
    void updateToolTip();
    QSortFilterProxyModel *m_open;
    bool m_following = false;
};
