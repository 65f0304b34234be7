// The devices page follows node-device events of the shown host in place: the rows the user
// collapsed stay collapsed, the selected device stays selected, a new device appears under its
// PF; the current device going away makes a neighbour current. Another host resets.
#include "inventory/nodedeviceparser.h"
#include "demohost.h"
#include "itemmodels/devicetreemodel.h"
#include "pages/devicespage.h"
#include "widgets/devicedetails.h"
#include "widgets/xmlview.h"
#include "testmain.h"
#include "testpaths.h"

#include <QComboBox>

#include <functional>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace inventory;

namespace {

QString currentName(const DevicesPage &page)
{
    return page.tree()->currentIndex().data(DeviceTreeModel::DeviceNameRole).toString();
}

QModelIndex viewIndex(const DevicesPage &page, const QString &name)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(page.tree()->model());
    return proxy->mapFromSource(page.model()->indexOfDevice(name));
}

} // namespace

class TestDevicesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventsKeepSelectionAndExpansion()
    {
        const HostSnapshot s0 = testhosts::demo();
        DevicesPage page;
        page.resize(1200, 800);
        page.show();
        page.setSnapshot(s0, {}, QStringLiteral("host"));
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        const QString e810 = QStringLiteral("pci_0000_b1_00_0");
        const QString connectx = QStringLiteral("pci_0000_17_00_0");
        QVERIFY(page.tree()->isExpanded(viewIndex(page, e810)));
        page.tree()->collapse(viewIndex(page, connectx));
        QVERIFY(page.selectDevice(QStringLiteral("pci_0000_b1_01_3")));

        // A fifth E810 VF (b1:01.4) appears.
        QString xml = s0.graph().node(QStringLiteral("pci_0000_b1_01_3"))->device.rawXml;
        xml.replace(QStringLiteral("pci_0000_b1_01_3"), QStringLiteral("pci_0000_b1_01_4"))
            .replace(QStringLiteral("<function>3</function>"), QStringLiteral("<function>4</function>"))
            .replace(QStringLiteral("function='0x3'"), QStringLiteral("function='0x4'"));
        const Device vf = parseNodeDevice(xml);
        QVERIFY2(!vf.broken, qPrintable(vf.error));
        const HostSnapshot s1 = s0.withGraph(s0.graph().withDevice(vf));
        auto *numa = page.findChild<QComboBox *>(QStringLiteral("deviceNumaFilter"));
        QVERIFY(numa);
        QCOMPARE(numa->count(), 3); // all, node 0, node 1
        QSignalSpy numaRebuilt(numa->model(), &QAbstractItemModel::rowsRemoved);
        page.setSnapshot(s1, {}, QStringLiteral("host"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(numaRebuilt.count(), 0); // the same NUMA nodes: the filter's choices stay as they are
        QCOMPARE(numa->count(), 3);
        QCOMPARE(currentName(page), QStringLiteral("pci_0000_b1_01_3"));
        QVERIFY(page.tree()->selectionModel()->isSelected(page.tree()->currentIndex()));
        QVERIFY(!page.tree()->isExpanded(viewIndex(page, connectx))); // still as the user left it
        QVERIFY(page.tree()->isExpanded(viewIndex(page, e810)));
        const QModelIndex added = viewIndex(page, QStringLiteral("pci_0000_b1_01_4"));
        QVERIFY(added.isValid());
        QCOMPARE(added.parent(), viewIndex(page, e810));
        QCOMPARE(viewIndex(page, e810).siblingAtColumn(DeviceTreeModel::CapacityColumn).data().toString(), QStringLiteral("2 / 5 VFs (max 128)"));

        // The selected VF goes: a neighbour of it becomes current, and the details follow.
        page.setSnapshot(s1.withGraph(s1.graph().withoutDevice(QStringLiteral("pci_0000_b1_01_3"))), {}, QStringLiteral("host"));
        QCOMPARE(resets.count(), 0);
        QVERIFY(!viewIndex(page, QStringLiteral("pci_0000_b1_01_3")).isValid());
        QVERIFY(page.model()->snapshot().graph().node(currentName(page)));
        QVERIFY(!page.tree()->isExpanded(viewIndex(page, connectx)));

        // Another host: a reset, everything expanded again.
        page.setSnapshot(s0, {}, QStringLiteral("other host"));
        QCOMPARE(resets.count(), 1);
        QVERIFY(page.tree()->isExpanded(viewIndex(page, connectx)));
    }

    // A parent of more than 64 rows starts collapsed (laying out 20,000 VF rows would stall the
    // GUI); the others are expanded.
    void largeParentsStartCollapsed()
    {
        const HostSnapshot s0 = testhosts::demo();
        QList<Device> devices = s0.graph().devices();
        const QString vf = s0.graph().node(QStringLiteral("pci_0000_b1_01_3"))->device.rawXml;
        for (int i = 0; i < 70; ++i) {
            QString xml = vf;
            xml.replace(QStringLiteral("pci_0000_b1_01_3"), QStringLiteral("pci_0000_b1_%1_%2").arg(2 + i / 8, 2, 16, QLatin1Char('0')).arg(i % 8))
                .replace(QStringLiteral("<slot>1</slot>"), QStringLiteral("<slot>%1</slot>").arg(2 + i / 8))
                .replace(QStringLiteral("<function>3</function>"), QStringLiteral("<function>%1</function>").arg(i % 8));
            devices.append(parseNodeDevice(xml));
        }
        DevicesPage page;
        page.show();
        page.setSnapshot(s0.withGraph(DeviceGraph(devices)), {}, QStringLiteral("host"));
        const QModelIndex e810 = viewIndex(page, QStringLiteral("pci_0000_b1_00_0"));
        QCOMPARE(page.tree()->model()->rowCount(e810), 75); // 74 VFs and the uplink netdev
        QVERIFY(!page.tree()->isExpanded(e810));
        QVERIFY(page.tree()->isExpanded(viewIndex(page, QStringLiteral("pci_0000_17_00_0"))));
        QVERIFY(page.tree()->isExpanded(viewIndex(page, QStringLiteral("pci_0000_b0_02_0")))); // the E810's parent
    }

    // While a large host loads, batch after batch (HostSession::devicesArrived): the top rows
    // never collapse, a row the user collapsed stays collapsed, a large PF the user expanded
    // stays expanded, and the selected device stays selected (issue 20).
    void loadingKeepsExpansionAndSelection()
    {
        const HostSnapshot s0 = testhosts::demo();
        QList<Device> devices = s0.graph().devices();
        const QString vf = s0.graph().node(QStringLiteral("pci_0000_b1_01_3"))->device.rawXml;
        for (int i = 0; i < 300; ++i) {
            const int slot = 2 + i / 8;
            QString xml = vf;
            xml.replace(QStringLiteral("pci_0000_b1_01_3"), QStringLiteral("pci_0000_b1_%1_%2").arg(slot, 2, 16, QLatin1Char('0')).arg(i % 8))
                .replace(QStringLiteral("<slot>1</slot>"), QStringLiteral("<slot>%1</slot>").arg(slot))
                .replace(QStringLiteral("<function>3</function>"), QStringLiteral("<function>%1</function>").arg(i % 8));
            devices.append(parseNodeDevice(xml));
        }
        const HostSnapshot whole = s0.withGraph(DeviceGraph(devices));
        DevicesPage page;
        page.resize(1200, 800);
        page.show();
        page.setSnapshot(HostSnapshot(), {}, QStringLiteral("large")); // connecting: no devices yet
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QTreeView *tree = page.tree();
        const QString connectx = QStringLiteral("pci_0000_17_00_0");
        const QString e810 = QStringLiteral("pci_0000_b1_00_0");
        const QString selected = QStringLiteral("pci_0000_b1_01_3");
        bool collapsedByUser = false;
        bool expandedByUser = false;
        bool selectedByUser = false;
        int batches = 0;
        for (qsizetype n = 40; n < devices.size() + 40; n += 40) {
            page.appendDevices(whole.withGraph(DeviceGraph(devices.mid(0, std::min(n, devices.size())))));
            ++batches;
            for (int r = 0; r < tree->model()->rowCount(); ++r) {
                const QModelIndex top = tree->model()->index(r, 0);
                QVERIFY2(tree->model()->rowCount(top) == 0 || tree->isExpanded(top), qPrintable(top.data().toString()));
            }
            if (collapsedByUser)
                QVERIFY(!tree->isExpanded(viewIndex(page, connectx)));
            if (expandedByUser)
                QVERIFY(tree->isExpanded(viewIndex(page, e810)));
            if (selectedByUser)
                QCOMPARE(currentName(page), selected);
            if (!collapsedByUser && tree->model()->rowCount(viewIndex(page, connectx)) > 0) {
                tree->collapse(viewIndex(page, connectx));
                collapsedByUser = true;
            }
            if (!expandedByUser && tree->model()->rowCount(viewIndex(page, e810)) > 64) {
                tree->collapse(viewIndex(page, e810));
                tree->expand(viewIndex(page, e810));
                expandedByUser = true;
            }
            if (!selectedByUser && page.selectDevice(selected))
                selectedByUser = true;
        }
        QVERIFY(batches > 5);
        QVERIFY(collapsedByUser && expandedByUser && selectedByUser);
        QVERIFY(page.showsPartial());
        QCOMPARE(tree->model()->rowCount(viewIndex(page, e810)), 305); // 304 VFs and the uplink netdev

        page.setSnapshot(whole, {}, QStringLiteral("large")); // the complete host follows
        QCOMPARE(resets.count(), 0);
        QVERIFY(!tree->isExpanded(viewIndex(page, connectx)));
        QVERIFY(tree->isExpanded(viewIndex(page, e810)));
        QCOMPARE(currentName(page), selected);
    }

    // The kind filter offers the mdev types; a device the filter hides leaves the details too; an
    // mdev type shows its device API as part of its kind, not as a driver (issue 20).
    void filtersAndDetailsAgree()
    {
        DevicesPage page;
        page.resize(1200, 800);
        page.show();
        page.setSnapshot(testhosts::demo(), {}, QStringLiteral("host"));
        auto *details = page.findChild<DeviceDetails *>();
        QVERIFY(details);
        QVERIFY(page.selectDevice(QStringLiteral("pci_0000_b1_01_3")));
        QTRY_VERIFY(details->xml()->toPlainText().contains(QLatin1String("pci_0000_b1_01_3")));
        auto *kind = page.findChild<QComboBox *>(QStringLiteral("deviceKindFilter"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("gpu")));
        QVERIFY(!details->xml()->toPlainText().contains(QLatin1String("pci_0000_b1_01_3")));

        kind->setCurrentIndex(kind->findData(QStringLiteral("mdev_type")));
        QVERIFY(kind->currentIndex() > 0);
        const QAbstractItemModel *shown = page.tree()->model();
        int types = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < shown->rowCount(parent); ++r) {
                const QModelIndex i = shown->index(r, 0, parent);
                if (shown->rowCount(i) == 0) { // every leaf left is an mdev type
                    QCOMPARE(i.data(DeviceTreeModel::KindRole).toString(), QStringLiteral("mdev_type"));
                    QVERIFY(i.siblingAtColumn(DeviceTreeModel::DriverColumn).data().toString().isEmpty());
                    QVERIFY(i.siblingAtColumn(DeviceTreeModel::KindColumn).data().toString().startsWith(QLatin1String("mdev type (")));
                    ++types;
                }
                walk(i);
            }
        };
        walk({});
        QVERIFY(types >= 2);
    }

    // A large host's rows are built on the thread pool: the tree is empty meanwhile, then shows
    // the whole host with its first PF selected; a host chosen meanwhile wins over it.
    void largeHostRowsAreBuiltAside()
    {
        const HostSnapshot s0 = testhosts::demo();
        QList<Device> devices = s0.graph().devices();
        const QString vf = s0.graph().node(QStringLiteral("pci_0000_b1_01_3"))->device.rawXml;
        const int extra = DevicesPage::kRowsAsideFrom;
        for (int i = 0; i < extra; ++i) {
            const int slot = 2 + i / 8;
            QString xml = vf;
            xml.replace(QStringLiteral("pci_0000_b1_01_3"), QStringLiteral("pci_0000_b1_%1_%2").arg(slot, 2, 16, QLatin1Char('0')).arg(i % 8))
                .replace(QStringLiteral("<slot>1</slot>"), QStringLiteral("<slot>%1</slot>").arg(slot))
                .replace(QStringLiteral("<function>3</function>"), QStringLiteral("<function>%1</function>").arg(i % 8));
            devices.append(parseNodeDevice(xml));
        }
        const HostSnapshot large = s0.withGraph(DeviceGraph(devices));
        QCOMPARE(large.graph().size(), s0.graph().size() + extra);
        DevicesPage page;
        page.show();
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        page.setSnapshot(large, {}, QStringLiteral("large"));
        QVERIFY(page.showPending());
        QCOMPARE(page.model()->rowCount(), 0);
        QTRY_VERIFY(!page.showPending());
        QCOMPARE(page.model()->snapshot().graph().size(), large.graph().size());
        QCOMPARE(page.tree()->model()->rowCount(viewIndex(page, QStringLiteral("pci_0000_b1_00_0"))), extra + 5); // + 4 VFs and the netdev
        QTRY_VERIFY(page.model()->snapshot().graph().node(currentName(page))); // a device is current
        // another host while the large one builds: the other host stays
        page.setSnapshot(large, {}, QStringLiteral("large again"));
        QVERIFY(page.showPending());
        page.setSnapshot(s0, {}, QStringLiteral("demo"));
        QCOMPARE(page.model()->snapshot().graph().size(), s0.graph().size()); // a small host: at once
        QTRY_VERIFY(!page.showPending()); // its details follow
        QTest::qWait(200);
        QCOMPARE(page.model()->snapshot().graph().size(), s0.graph().size());
        QVERIFY(resets.count() >= 3);
    }
};

VDECK_GUI_TEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
