#include "widgets/capacitycharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QBarSeries>
#include <QPalette>
#include <QValueAxis>

#include <cmath>

namespace {

void reset(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void attach(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, Qt::Orientation valueOrientation,
            const QString &valueTitle)
{
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(!categories.isEmpty());
    if (categories.isEmpty())
        return; // nothing to show: no axes either
    auto *categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setMin(0);
    const bool horizontal = valueOrientation == Qt::Horizontal;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (valueAxis->max() > valueAxis->min()) // all zero: nice numbers of an empty range are NaN
        valueAxis->applyNiceNumbers();
}

} // namespace

namespace capacitycharts {

namespace {
const char *const kRole = "vdeckRole";
}

QBarSet *role(QBarSet *set, Role role)
{
    set->setProperty(kRole, int(role));
    return set;
}

// One colour per meaning in both themes (a chart theme colours bar sets by their order, and the
// dark theme's order swapped in use and free): orange what is taken, blue what is left.
QColor roleColor(Role role, bool dark)
{
    if (role == Role::Used)
        return dark ? QColor(0xff, 0xa3, 0x48) : QColor(0xe6, 0x61, 0x00);
    return dark ? QColor(0x62, 0xa0, 0xea) : QColor(0x1c, 0x71, 0xd8);
}

void showHugepages(QChart *chart, const inventory::CapacitySummary &summary)
{
    reset(chart);
    auto *total = role(new QBarSet(QCoreApplication::translate("CapacityPage", "Reserved (GiB)")), Role::Used);
    auto *free = role(new QBarSet(QCoreApplication::translate("CapacityPage", "Free (GiB)")), Role::Free);
    QStringList categories;
    for (const inventory::HugepageUse &h : summary.hugepages) {
        const double gib = double(h.sizeKiB) / (1024.0 * 1024.0);
        categories << QCoreApplication::translate("CapacityPage", "N%1 %2").arg(h.node).arg(inventory::pageSizeText(h.sizeKiB));
        *total << double(h.total) * gib;
        *free << double(h.free) * gib;
    }
    auto *series = new QBarSeries(chart);
    series->append({total, free});
    attach(chart, series, categories, Qt::Vertical, QCoreApplication::translate("CapacityPage", "GiB"));
}

void showVfs(QChart *chart, const inventory::CapacitySummary &summary)
{
    reset(chart);
    auto *used = role(new QBarSet(QCoreApplication::translate("CapacityPage", "In use")), Role::Used);
    auto *free = role(new QBarSet(QCoreApplication::translate("CapacityPage", "Free")), Role::Free);
    QStringList categories;
    for (const inventory::VfUse &v : summary.vfs) {
        categories << v.label;
        *used << v.used;
        *free << std::max(0, v.total - v.used);
    }
    auto *series = new QHorizontalStackedBarSeries(chart);
    series->append({used, free});
    attach(chart, series, categories, Qt::Horizontal, QCoreApplication::translate("CapacityPage", "VFs"));
}

void showMdevs(QChart *chart, const inventory::CapacitySummary &summary)
{
    reset(chart);
    auto *available = role(new QBarSet(QCoreApplication::translate("CapacityPage", "Available instances")), Role::Free);
    auto *created = role(new QBarSet(QCoreApplication::translate("CapacityPage", "Created")), Role::Used);
    QStringList categories;
    for (const inventory::MdevUse &m : summary.mdevs) {
        QString label = m.typeName.isEmpty() ? m.typeId : QStringLiteral("%1 (%2)").arg(m.typeName, m.typeId);
        while (categories.contains(label)) // two parents offering the same type
            label += QLatin1Char(' ');
        categories << label;
        *available << m.available;
        *created << m.created;
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append({available, created});
    attach(chart, series, categories, Qt::Horizontal, QCoreApplication::translate("CapacityPage", "instances"));
}

void showFlavorFit(QChart *chart, const QList<FlavorFitBar> &bars)
{
    reset(chart);
    auto *fits = role(new QBarSet(QCoreApplication::translate("CapacityPage", "Instances that fit now")), Role::Free);
    QStringList categories;
    for (const FlavorFitBar &b : bars) {
        QString label = b.host;
        while (categories.contains(label)) // two hosts with the same name
            label += QLatin1Char(' ');
        categories << label;
        *fits << b.fits;
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(fits);
    series->setBarWidth(bars.size() < 3 ? 0.4 : 0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    attach(chart, series, categories, Qt::Horizontal, QCoreApplication::translate("CapacityPage", "instances"));
    chart->legend()->setVisible(false);
    int most = 0;
    for (const FlavorFitBar &b : bars)
        most = std::max(most, b.fits);
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (auto *values = qobject_cast<QValueAxis *>(axis)) { // room for the value labels past the longest bar
            values->setRange(0, std::max(1.0, std::ceil(most * 1.15)));
            values->applyNiceNumbers();
        }
    }
}

QString fleetBucket(int fits)
{
    if (fits <= 1)
        return QString::number(fits);
    int low = 2;
    while (low * 2 <= fits)
        low *= 2;
    return QStringLiteral("%1–%2").arg(low).arg(low * 2 - 1);
}

void showFleet(QChart *chart, const fleet::FleetCapacity &capacity, int perHostUpTo)
{
    reset(chart);
    const auto limit = [](const fleet::HostCapacity &h) {
        if (h.fits == 0 && !h.reasonsKnown)
            return QCoreApplication::translate("FleetCapacityModel", "not a candidate");
        return h.limitedBy.isEmpty() ? QCoreApplication::translate("CapacityPage", "other") : h.limitedBy;
    };
    QStringList limits; // one bar set (colour) per limiting resource, in order of first use
    for (const fleet::HostCapacity &h : capacity.hosts)
        if (!limits.contains(limit(h)))
            limits << limit(h);
    const bool perHost = capacity.hosts.size() <= perHostUpTo;
    QStringList categories;
    QList<QList<qreal>> values(limits.size());
    if (perHost) {
        for (const fleet::HostCapacity &h : capacity.hosts) {
            categories << h.name;
            for (qsizetype i = 0; i < limits.size(); ++i)
                values[i] << (limits.at(i) == limit(h) ? h.fits : 0);
        }
    } else {
        int most = 0;
        for (const fleet::HostCapacity &h : capacity.hosts)
            most = std::max(most, h.fits);
        for (int f = 0; f <= most; f = f < 2 ? f + 1 : f * 2)
            categories << fleetBucket(f);
        for (auto &v : values)
            v = QList<qreal>(categories.size(), 0);
        for (const fleet::HostCapacity &h : capacity.hosts)
            values[limits.indexOf(limit(h))][categories.indexOf(fleetBucket(h.fits))] += 1;
    }
    auto *series = new QHorizontalStackedBarSeries(chart);
    for (qsizetype i = 0; i < limits.size(); ++i) {
        auto *set = new QBarSet(limits.at(i));
        set->append(values.at(i));
        series->append(set);
    }
    series->setBarWidth(0.75);
    attach(chart, series, categories, Qt::Horizontal,
           perHost ? QCoreApplication::translate("CapacityPage", "instances that fit (colour: what runs out first)")
                   : QCoreApplication::translate("CapacityPage", "compute nodes (by instances that fit; colour: what runs out first)"));
    chart->legend()->setVisible(!limits.isEmpty());
}

void applyTheme(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::WindowText));
        axis->setTitleBrush(palette.color(QPalette::WindowText));
    }
    for (QAbstractSeries *series : chart->series()) { // value labels sit outside the bars
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setLabelColor(palette.color(QPalette::WindowText));
                if (const QVariant r = set->property(kRole); r.isValid()) {
                    set->setColor(roleColor(Role(r.toInt()), dark));
                    set->setBorderColor(roleColor(Role(r.toInt()), dark));
                }
            }
        }
    }
}

} // namespace capacitycharts
