#pragma once

#include <QStyledItemDelegate>

// Paints a usage bar (used of capacity) in cells whose model gives a fraction 0..1 for
// `fractionRole`; other cells paint as usual.
class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    UsageBarDelegate(int fractionRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
