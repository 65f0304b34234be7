#pragma once

#include "page.h"

class QChartView;

// Capacity: hugepages per NUMA node and size, VF use per PF, mdev instances per type, and how
// many instances of the current flavor fit on each open host (Qt Charts).
class CapacityPage : public Page
{
    Q_OBJECT
public:
    explicit CapacityPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("capacity"); }
    QString title() const override;
    QIcon icon() const override;

private:
    QChartView *m_hugepages;
};
