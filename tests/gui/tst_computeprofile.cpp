// The compute profile dialog: it checks CPU sets as nova-compute would against the host
// (malformed, offline CPUs), refuses nameless or duplicate PCI aliases, round-trips a profile,
// loads and saves profile files, and through the XML preview's "Compute Profile…" button on the
// real MainWindow it changes the document (vCPUs pinned into cpu_dedicated_set) and is
// remembered per host in Settings.
#include "core/settings.h"
#include "dialogs/computeprofiledialog.h"
#include "dialogs/filechooser.h"
#include "hosts/hostmanager.h"
#include "itemmodels/hostlistmodel.h"
#include "demohost.h"
#include "hosts/hostregistry.h"
#include "mainwindow.h"
#include "testmain.h"
#include "testpaths.h"
#include "widgets/xmlpreviewpanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

namespace {
template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *c = parent->findChild<T *>(name);
    if (!c)
        qFatal("no child %s", qPrintable(name));
    return c;
}

QList<int> pinnedCpus(const QString &xml)
{
    static const QRegularExpression pin(QStringLiteral("<vcpupin vcpu=.(\\d+). cpuset=.(\\d+)./>"));
    QList<int> cpus;
    for (auto it = pin.globalMatch(xml); it.hasNext();)
        cpus.append(it.next().captured(2).toInt());
    return cpus;
}
} // namespace

class TestComputeProfile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void checksCpuSetsAgainstTheHost()
    {
        ComputeProfileDialog d(QStringLiteral("demo"), testhosts::demo(), domainxml::ComputeProfile{});
        QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *dedicated = child<QLineEdit>(&d, QStringLiteral("cpu_dedicated_set"));
        auto *status = child<QLabel>(&d, QStringLiteral("profileStatus"));
        QVERIFY(ok->isEnabled());

        dedicated->setText(QStringLiteral("2-"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(status->text().contains(QLatin1String("cpu_dedicated_set=2-")), qPrintable(status->text()));

        dedicated->setText(QStringLiteral("2-999"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(status->text().contains(QLatin1String("not online")), qPrintable(status->text()));

        dedicated->setText(QStringLiteral("8-15"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(d.profile()->cpuDedicatedSet, QStringLiteral("8-15"));
    }

    void pciAliasesNeedUniqueNames()
    {
        ComputeProfileDialog d(QStringLiteral("demo"), testhosts::demo(), domainxml::ComputeProfile{});
        QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *table = child<QTableWidget>(&d, QStringLiteral("pciAliases"));
        child<QPushButton>(&d, QStringLiteral("addAlias"))->click();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!ok->isEnabled()); // no name yet
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("a100")));
        table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("10DE")));
        table->setItem(0, 2, new QTableWidgetItem(QStringLiteral("20b0")));
        QVERIFY(ok->isEnabled());
        child<QPushButton>(&d, QStringLiteral("addAlias"))->click();
        table->setItem(1, 0, new QTableWidgetItem(QStringLiteral("a100")));
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(&d, QStringLiteral("profileStatus"))->text().contains(QLatin1String("defined twice")));
        table->setCurrentCell(1, 0);
        child<QPushButton>(&d, QStringLiteral("removeAlias"))->click();
        QVERIFY(ok->isEnabled());
        const domainxml::PciAlias alias = d.profile()->pciAliases.value(QStringLiteral("a100"));
        QCOMPARE(alias.vendorId, QStringLiteral("10de"));
        QCOMPARE(alias.productId, QStringLiteral("20b0"));
    }

    void roundTripsAndFiles()
    {
        domainxml::ComputeProfile p;
        p.cpuDedicatedSet = QStringLiteral("4-15");
        p.cpuSharedSet = QStringLiteral("0-3");
        p.virtType = QStringLiteral("qemu");
        p.cpuMode = QStringLiteral("custom");
        p.cpuModels = {QStringLiteral("Cascadelake-Server"), QStringLiteral("Icelake-Server")};
        p.hwMachineType = QStringLiteral("x86_64=q35");
        p.realtimeSchedulerPriority = 50;
        p.rxQueueSize = 1024;
        p.fileBackedMemory = 4096;
        p.pciAliases.insert(QStringLiteral("t4"), domainxml::PciAlias{QStringLiteral("10de"), QStringLiteral("1eb8"), QStringLiteral("type-PCI")});
        ComputeProfileDialog d(QStringLiteral("demo"), testhosts::demo(), p);
        QCOMPARE(*d.profile(), p);

        auto chooser = std::make_shared<ScriptedFileChooser>();
        d.setFileChooser(chooser);
        const QString file = m_dir.filePath(QStringLiteral("profile.json"));
        chooser->queueAnswer(file);
        child<QPushButton>(&d, QStringLiteral("saveProfile"))->click();
        QString error;
        QCOMPARE(domainxml::loadProfile(file, &error), std::optional<domainxml::ComputeProfile>(p));

        d.setProfile(domainxml::ComputeProfile{});
        QVERIFY(*d.profile() != p);
        chooser->queueAnswer(file);
        child<QPushButton>(&d, QStringLiteral("loadProfile"))->click();
        QCOMPARE(*d.profile(), p);

        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"something-else\"}");
        broken.close();
        chooser->queueAnswer(broken.fileName());
        child<QPushButton>(&d, QStringLiteral("loadProfile"))->click();
        QCOMPARE(*d.profile(), p); // unchanged
        QVERIFY(child<QLabel>(&d, QStringLiteral("profileStatus"))->text().contains(QLatin1String("compute profile")));
    }

    void previewFollowsTheProfileAndSettingsKeepIt()
    {
        Settings settings(m_dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Auditor, &settings); // a local setting: auditors may change it too
        w.show();
        QSignalSpy ready(&w, &MainWindow::startHostsReady);
        w.openStartHosts();
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("vdpa.hugepage.4c8g")),
                 QString());
        auto *panel = w.findChild<XmlPreviewPanel *>();
        QTRY_VERIFY(!pinnedCpus(panel->document()).isEmpty());
        // Without a profile Nova may pin to any host CPU: here some lie outside 8-15.
        const QList<int> unrestricted = pinnedCpus(panel->document());
        QVERIFY2(std::any_of(unrestricted.begin(), unrestricted.end(), [](int c) { return c < 8 || c > 15; }), qPrintable(panel->document()));

        child<QToolButton>(panel, QStringLiteral("xmlComputeProfile"))->click();
        ComputeProfileDialog *d = nullptr;
        QTRY_VERIFY((d = w.findChild<ComputeProfileDialog *>()) != nullptr);
        child<QLineEdit>(d, QStringLiteral("cpu_dedicated_set"))->setText(QStringLiteral("8-15"));
        d->accept();

        QTRY_VERIFY(!w.viewsPending()); // the workbench rebuilds once, in the next event-loop turn
        QVERIFY(!pinnedCpus(panel->document()).isEmpty());
        const QList<int> cpus = pinnedCpus(panel->document());
        QCOMPARE(cpus.size(), 4);
        for (const int c : cpus)
            QVERIFY2(c >= 8 && c <= 15, qPrintable(panel->document()));
        const QString hostName = w.hostRegistry()->entry(w.currentHostId())->name;
        QVERIFY(!hostName.isEmpty());
        Settings again(m_dir.filePath(QStringLiteral("vdeck.ini")));
        QCOMPARE(again.computeProfile(hostName).value(QLatin1String("compute")).toObject().value(QLatin1String("cpu_dedicated_set")).toString(),
                 QStringLiteral("8-15"));
    }
};

VDECK_GUI_TEST_MAIN(TestComputeProfile)
#include "tst_computeprofile.moc"
