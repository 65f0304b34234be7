// Host details with the ssh probe's facts: a snapshot file that holds them, opened in the real
// MainWindow (offscreen), shows them on the hosts page; one without them shows none; facts
// loaded with Load Host Facts join the host and the snapshot it saves.
#include "core/settings.h"
#include "dialogs/filechooser.h"
#include "hostfacts/hostfactsjson.h"
#include "hosts/hostmanager.h"
#include "inventory/snapshotfile.h"
#include "itemmodels/hostlistmodel.h"
#include "hosts/hostregistry.h"
#include "mainwindow.h"
#include "pages/hostspage.h"
#include "testmain.h"
#include "widgets/hostdetails.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {
hostfacts::HostFacts probedFacts()
{
    using namespace hostfacts;
    HostFactsParts p;
    p.host = QStringLiteral("root@compute-r750-07:22");
    p.probedAt = QDateTime(QDate(2026, 11, 22), QTime(3, 10), QTimeZone::UTC);
    p.hugepages = {{0, 1048576, 16, 12, 0}, {1, 1048576, 16, 2, 0}};
    p.kernel = {QStringLiteral("6.12.48+deb13-amd64"), QStringLiteral("#1 SMP PREEMPT_DYNAMIC"), false,
                QStringLiteral("BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt hugepagesz=1G")};
    p.memlock.processes = {{QStringLiteral("/proc/4242/limits"), QStringLiteral("qemu-system-x86_64"), 17179869184, 17179869184}};
    p.iommuGroups = {{3, {QStringLiteral("0000:17:00.0")}}, {4, {QStringLiteral("0000:17:00.2")}}};
    p.mdevTypes = {{QStringLiteral("0000:ca:00.0"), QStringLiteral("nvidia-558"), QStringLiteral("NVIDIA A16-4Q"), {}, 4, QStringLiteral("vfio-pci")}};
    p.vdpaDevices = {{QStringLiteral("vdpa0"), QStringLiteral("pci/0000:17:00.2"), QStringLiteral("vhost_vdpa")}};
    p.nova = {{QStringLiteral("compute"), {{QStringLiteral("cpu_dedicated_set"), QStringLiteral("4-31,36-63")}}},
              {QStringLiteral("devices"), {{QStringLiteral("enabled_mdev_types"), QStringLiteral("nvidia-558")}}}};
    p.cpu = {QStringLiteral("4-31,36-63"), {}, QStringLiteral("0-63"), QStringLiteral("on"), true};
    p.versions = {QStringLiteral("11.3.0"), QStringLiteral("10.0.2")};
    p.probes = {{QStringLiteral("kernel"), true, false, false, {}}, {QStringLiteral("nova"), false, true, false, QStringLiteral("probe nova timed out after 10000 ms")}};
    return HostFacts(std::move(p));
}

}

class TestHostDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlShowsTheFacts()
    {
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY2(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error), qPrintable(error));
        hosts::HostEntry e;
        e.name = QStringLiteral("demo");
        e.snapshot = demo;
        QVERIFY(!HostDetails::html(e).contains(QLatin1String("Host facts")));
        e.snapshot = demo.withHostFacts(probedFacts());
        const QString html = HostDetails::html(e);
        for (const char *expected : {"Host facts (ssh probe of root@compute-r750-07:22", "intel_iommu=on iommu=pt hugepagesz=1G",
                                     "node 1, 1 GiB: 2 free of 16", "qemu-system-x86_64: 16", "nvidia-558 (NVIDIA A16-4Q, 4 available)",
                                     "vdpa0 (pci/0000:17:00.2)", "[compute] cpu_dedicated_set = 4-31,36-63", "nova: probe nova timed out after 10000 ms",
                                     "4-31,36-63"})
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
    }

    // libvirt counts sockets per NUMA cell; the details count the host's (issue 20: a 2-socket
    // host read "1 socket(s) x 16 cores").
    void cpusCountTheHostsSockets()
    {
        inventory::HostCapabilities caps;
        caps.sockets = 1;
        caps.cores = 16;
        caps.threads = 2;
        inventory::NumaCell cell;
        for (int i = 0; i < 32; ++i)
            cell.cpus.append(inventory::HostCpu{i, 0, 0, i, QString()});
        caps.cells = {cell, cell};
        caps.cells[1].id = 1;
        QCOMPARE(HostDetails::cpuText(caps), QStringLiteral("%1 (sockets: 2, cores per socket: 16, threads per core: 2)").arg(caps.cpuCount()));
    }

    void openedSnapshotShowsItsFactsOnTheHostsPage()
    {
        QTemporaryDir dir;
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error));
        const QString path = dir.filePath(QStringLiteral("probed.vdeckhost"));
        QVERIFY2(inventory::snapshotfile::save(demo.withHostFacts(probedFacts()), path, &error), qPrintable(error));

        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Auditor, &settings);
        w.show();
        QSignalSpy ready(&w, &MainWindow::startHostsReady);
        w.openStartHosts(path);
        QTRY_COMPARE(ready.size(), 1);
        auto *details = w.findChild<HostDetails *>(QStringLiteral("hostDetails"));
        QVERIFY(details);
        QTRY_VERIFY(details->toPlainText().contains(QLatin1String("Host facts (ssh probe of root@compute-r750-07:22")));
        QVERIFY(details->toPlainText().contains(QLatin1String("node 0, 1 GiB: 12 free of 16")));
    }

    void loadedFactsJoinTheSnapshot()
    {
        QTemporaryDir dir;
        const QString factsPath = dir.filePath(QStringLiteral("facts.json"));
        QFile f(factsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(hostfacts::json::toJson(probedFacts())).toJson());
        f.close();

        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        QSignalSpy ready(&w, &MainWindow::startHostsReady);
        w.openStartHosts();
        QTRY_COMPARE(ready.size(), 1);
        const QString id = w.currentHostId();
        auto files = std::make_shared<ScriptedFileChooser>();
        files->queueAnswer(factsPath);
        w.setFileChooser(files);
        w.findChild<QAction *>(QStringLiteral("actionLoadFacts"))->trigger();
        QTRY_VERIFY(w.hostRegistry()->snapshot(id).hostFacts().has_value());
        QCOMPARE(w.hostRegistry()->snapshot(id).hostFacts()->parts(), probedFacts().parts());
        auto *details = w.findChild<HostDetails *>(QStringLiteral("hostDetails"));
        QTRY_VERIFY(details->toPlainText().contains(QLatin1String("Host facts")));

        const QString saved = dir.filePath(QStringLiteral("saved.vdeckhost"));
        files->queueAnswer(saved);
        QSignalSpy savedSpy(w.hostManager(), &hosts::HostManager::snapshotSaved);
        w.findChild<QAction *>(QStringLiteral("actionCaptureSnapshot"))->trigger();
        QVERIFY(savedSpy.wait(20000));
        inventory::HostSnapshot loaded;
        QString error;
        QVERIFY2(inventory::snapshotfile::load(saved, &loaded, &error), qPrintable(error));
        QVERIFY(loaded.hostFacts());
        QCOMPARE(loaded.hostFacts()->parts(), probedFacts().parts());
    }
};

VDECK_GUI_TEST_MAIN(TestHostDetails)
#include "tst_hostdetails.moc"
