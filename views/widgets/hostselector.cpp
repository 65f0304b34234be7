#include "widgets/hostselector.h"

#include "itemmodels/hostlistmodel.h"

#include <QSortFilterProxyModel>

HostSelector::HostSelector(HostListModel *hosts, QWidget *parent)
    : QComboBox(parent)
    , m_open(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("targetHost"));
    // As wide as 24 characters whatever the host's name: a long name is elided (the tool tip and
    // the list show it whole), so it never widens the window (issue 20).
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    updateToolTip();
    setPlaceholderText(tr("No host open"));
    m_open->setSourceModel(hosts);
    m_open->setFilterRole(HostListModel::HasSnapshotRole);
    m_open->setFilterFixedString(QStringLiteral("true"));
    m_open->setFilterKeyColumn(HostListModel::NameColumn);
    setModel(m_open);
    setModelColumn(HostListModel::NameColumn);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        updateToolTip();
        if (!m_following && currentIndex() >= 0)
            Q_EMIT hostChosen(currentHostId());
    });
}

void HostSelector::selectHost(const QString &id)
{
    int row = -1;
    for (int r = 0; r < m_open->rowCount(); ++r) {
        if (m_open->index(r, 0).data(HostListModel::HostIdRole).toString() == id)
            row = r;
    }
    m_following = true;
    setCurrentIndex(row);
    m_following = false;
}

QString HostSelector::currentHostId() const
{
    return currentIndex() < 0 ? QString() : m_open->index(currentIndex(), 0).data(HostListModel::HostIdRole).toString();
}

void HostSelector::updateToolTip()
{
    const QString what = tr("the XML preview, the host findings and the capacity of the current flavor are computed for it");
    setToolTip(currentIndex() < 0 ? tr("Target host: %1").arg(what) : tr("Target host %1: %2").arg(currentText(), what));
}
