#pragma once

#include "inventory/hostsnapshot.h"
#include "page.h"

class QChart;
class QChartView;
class QLabel;

// Capacity of the selected host (Qt Charts): hugepages reserved and free per NUMA node and size,
// VF use per PF, mdev instances per type. Charts follow the palette and every new snapshot
// (captures and node-device events). How many instances of a flavor fit comes with the
// host-aware rules, not from here.
class CapacityPage : public Page
{
    Q_OBJECT
public:
    explicit CapacityPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("capacity"); }
    QString title() const override;
    QIcon icon() const override;

    void setSnapshot(const inventory::HostSnapshot &snapshot);
    QList<QChart *> charts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QChartView *makeView(const QString &name, const QString &title);
    void applyTheme();

    QLabel *m_host;
    QChartView *m_hugepages;
    QChartView *m_vfs;
    QChartView *m_mdevs;
};
