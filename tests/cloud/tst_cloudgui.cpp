// The clouds page of the real window against the real control plane seeded with the demo
// flavors (tests/support/controlplanefixture.h, one start for the whole binary): connect and see
// the release and the broken flavors flagged with their findings, the password asked and never
// stored or logged, an unreachable cloud named with service and URL, a pull cancelled, the diff
// with an open library side by side, a push that succeeds, one that fails half-way and is
// finished by planning again (with a replace ticked), and no push in auditor mode.
#include "actionpolicy.h"
#include "cloud/cloudmanager.h"
#include "cloud/cloudregistry.h"
#include "controlplanefixture.h"
#include "core/settings.h"
#include "dialogs/cloudpassworddialog.h"
#include "dialogs/pushdialog.h"
#include "document/flavordocument.h"
#include "flavors/flavorfiles.h"
#include "flavors/nativeformat.h"
#include "itemmodels/cloudflavorsmodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/flavorcomparemodel.h"
#include "mainwindow.h"
#include "messagecapture.h"
#include "pages/cloudspage.h"
#include "rules/finding.h"
#include "testmain.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

namespace {

using State = cloud::CloudEntry::State;
const QStringList kBroken{QStringLiteral("viommu.q35.4c8g"), QStringLiteral("bad.policy.4c8g"), QStringLiteral("bad.typo.4c8g"),
                          QStringLiteral("bad.numa.8c16g"), QStringLiteral("bad.pages.4c8g"), QStringLiteral("bad.watchdog.2c4g"),
                          QStringLiteral("bad.vgpu.8c32g")};

State stateOf(const MainWindow &w, const QString &cloud)
{
    const cloud::CloudEntry *e = w.cloudManager()->registry()->entry(cloud);
    return e ? e->state : State::NotConnected;
}

const CloudFlavorRow *row(const CloudFlavorsModel *model, const QString &name)
{
    const int r = model->rowOf(name);
    return r < 0 ? nullptr : &model->rowAt(r);
}

int deployedRows(const CloudFlavorsModel *model)
{
    int n = 0;
    for (const CloudFlavorRow &r : model->rows())
        n += r.cloud.has_value();
    return n;
}

QString resultOf(const QTreeWidget *calls, int row)
{
    return calls->topLevelItem(row) ? calls->topLevelItem(row)->text(1) : QStringLiteral("(no row %1)").arg(row);
}

} // namespace

class TestCloudGui : public QObject
{
    Q_OBJECT
    ControlPlaneFixture m_cp;
    QTemporaryDir m_dir;
    QString m_password;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The window on the clouds page with `cloud` connected (and its flavors pulled).
    void connectTo(MainWindow &w, const QString &cloud)
    {
        w.show();
        QVERIFY(w.showPage(QStringLiteral("clouds")));
        CloudsPage *page = w.cloudsPage();
        QTRY_VERIFY(page->selectCloud(cloud));
        page->findChild<QAction *>(QStringLiteral("actionCloudConnect"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, cloud), State::Connected, 60000);
    }

    void saveLibrary(const QList<flavors::Flavor> &list, const QString &file)
    {
        QString error;
        QVERIFY2(flavors::saveAtomically(file, flavors::writeNative(flavors::FlavorLibrary{list, {}}), &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cp.start(&error), qPrintable(error));
        qInfo("control plane started in %lld ms", m_cp.startMs());
        m_password = m_cp.adminConfig().password;
        QVERIFY(!m_password.isEmpty());
        // clouds.yaml: the fixture's cloud (password in secure.yaml), the same cloud without a
        // password anywhere, and one where nothing listens.
        QFile fixture(m_cp.writeCloudsYaml(QStringLiteral("fixture"), true));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray yaml = fixture.readAll();
        const QString auth = QStringLiteral("    auth:\n      auth_url: %1\n      username: admin\n      project_name: admin\n"
                                            "      user_domain_name: Default\n      project_domain_name: Default\n");
        yaml += (QStringLiteral("  nopass:\n") + auth.arg(m_cp.authUrl())).toUtf8();
        yaml += (QStringLiteral("  unreachable:\n") + auth.arg(QStringLiteral("http://127.0.0.1:1/v3")) + QStringLiteral("      password: x\n")).toUtf8();
        QFile clouds(path(QStringLiteral("clouds.yaml")));
        QVERIFY(clouds.open(QIODevice::WriteOnly));
        clouds.write(yaml);
        clouds.close();
        for (const QString &k : QProcessEnvironment::systemEnvironment().keys())
            if (k.startsWith(QLatin1String("OS_")))
                qunsetenv(k.toUtf8().constData());
        qputenv("OS_CLIENT_CONFIG_FILE", path(QStringLiteral("clouds.yaml")).toUtf8());
        qputenv("OS_CLIENT_SECURE_FILE", (m_cp.directory() + QStringLiteral("/secure.yaml")).toUtf8());
    }

    void connectsShowsReleaseAndFlagsBrokenFlavors()
    {
        Settings settings(path(QStringLiteral("connect.ini")));
        MainWindow w(AppMode::Operator, &settings);
        connectTo(w, QStringLiteral("fixture"));
        CloudsPage *page = w.cloudsPage();
        const QString status = page->statusLabel()->text();
        QVERIFY2(status.contains(QLatin1String("Nova 31 (2025.1 Epoxy) or 32, compute API 2.100")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("35 flavor(s), 9 with errors")), qPrintable(status));
        const CloudFlavorsModel *model = page->flavorsModel();
        QCOMPARE(deployedRows(model), 35);
        QCOMPARE(model->rowCount(), 36); // and the new library's own flavor
        int withErrors = 0;
        for (const CloudFlavorRow &r : model->rows())
            withErrors += r.count(rules::Severity::Error) > 0;
        QCOMPARE(withErrors, 9); // 7 refused at 2.86, 2 that cannot boot
        for (const QString &name : kBroken) {
            QVERIFY2(row(model, name) && row(model, name)->count(rules::Severity::Error) > 0, qPrintable(name));
            QCOMPARE(model->index(model->rowOf(name), CloudFlavorsModel::LibraryColumn).data().toString(), QStringLiteral("only in cloud"));
        }
        QCOMPARE(row(model, QStringLiteral("m1.small"))->count(rules::Severity::Error), 0);

        // The selected flavor's findings: the findings page's model, rules::findingText below.
        QVERIFY(page->selectFlavor(QStringLiteral("bad.policy.4c8g")));
        const FindingsModel *findings = page->findingsModel();
        QVERIFY(findings->rowCount() > 0);
        QCOMPARE(findings->rowAt(0).severity, rules::Severity::Error);
        QVERIFY2(rules::findingText(findings->rowAt(0)).contains(QLatin1String("'bogus' is not one of")), qPrintable(rules::findingText(findings->rowAt(0))));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("cloudFindingDetails"))->text(), rules::findingText(findings->rowAt(0)));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("cloudFindingsHeading"))->text().contains(QLatin1String("bad.policy.4c8g")));

        // Import into the library, then "Open in Library" shows it there.
        QAction *open = page->findChild<QAction *>(QStringLiteral("actionOpenInLibrary"));
        QVERIFY(!open->isEnabled()); // not in the (new) library yet
        page->findChild<QAction *>(QStringLiteral("actionImportFromCloud"))->trigger();
        QVERIFY(w.flavorDocument()->library().find(QStringLiteral("bad.policy.4c8g")));
        QCOMPARE(*w.flavorDocument()->library().find(QStringLiteral("bad.policy.4c8g"))->extraSpecs.value(QStringLiteral("hw:cpu_policy")),
                 QStringLiteral("bogus"));
        QTRY_COMPARE(model->index(model->rowOf(QStringLiteral("bad.policy.4c8g")), CloudFlavorsModel::LibraryColumn).data().toString(),
                     QStringLiteral("same"));
        QTRY_VERIFY(open->isEnabled());
        w.showPage(QStringLiteral("clouds"));
        open->trigger();
        QCOMPARE(w.currentPage()->id(), QStringLiteral("flavors"));
        QCOMPARE(w.flavorDocument()->current()->name, QStringLiteral("bad.policy.4c8g"));
    }

    void passwordIsAskedAndNeverStoredOrLogged()
    {
        const MessageCapture messages;
        {
            Settings settings(path(QStringLiteral("password.ini")));
            MainWindow w(AppMode::Operator, &settings);
            w.show();
            w.showPage(QStringLiteral("clouds"));
            CloudsPage *page = w.cloudsPage();
            QTRY_VERIFY(page->selectCloud(QStringLiteral("nopass")));
            page->findChild<QAction *>(QStringLiteral("actionCloudConnect"))->trigger();
            CloudPasswordDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<CloudPasswordDialog *>()) && dialog->isVisible(), 20000);
            QCOMPARE(dialog->field()->echoMode(), QLineEdit::Password);
            dialog->field()->setText(m_password);
            const QPointer<CloudPasswordDialog> answered(dialog);
            dialog->accept();
            QTRY_VERIFY(answered.isNull());
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, QStringLiteral("nopass")), State::Connected, 60000);
            QCOMPARE(deployedRows(page->flavorsModel()), 35);
            // A second pull in the same session does not ask again.
            page->findChild<QAction *>(QStringLiteral("actionCloudConnect"))->trigger();
            QCOMPARE(stateOf(w, QStringLiteral("nopass")), State::Connecting);
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, QStringLiteral("nopass")), State::Connected, 60000);
            QVERIFY(!w.findChild<CloudPasswordDialog *>());
            settings.sync();
        }
        QFile ini(path(QStringLiteral("password.ini")));
        if (ini.open(QIODevice::ReadOnly)) // a window that changed no setting writes no file
            QVERIFY(!ini.readAll().contains(m_password.toUtf8()));
        QVERIFY(!messages.text().contains(m_password));
    }

    void anUnreachableCloudNamesCloudServiceAndUrl()
    {
        Settings settings(path(QStringLiteral("unreachable.ini")));
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        w.showPage(QStringLiteral("clouds"));
        CloudsPage *page = w.cloudsPage();
        QTRY_VERIFY(page->selectCloud(QStringLiteral("unreachable")));
        page->findChild<QAction *>(QStringLiteral("actionCloudConnect"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, QStringLiteral("unreachable")), State::Failed, 60000);
        const QString message = w.cloudManager()->registry()->entry(QStringLiteral("unreachable"))->message;
        for (const char *part : {"cloud 'unreachable'", "identity", "http://127.0.0.1:1/v3"})
            QVERIFY2(message.contains(QLatin1String(part)), qPrintable(message));
        QVERIFY2(page->statusLabel()->text().contains(QLatin1String("error")), qPrintable(page->statusLabel()->text()));
        QVERIFY(page->messageBar()->isError());
        QCOMPARE(page->messageBar()->text(), message);
        QCOMPARE(page->flavorsModel()->rowCount(), 0);
    }

    void aPullIsCancelledFromTheStatusBar()
    {
        Settings settings(path(QStringLiteral("cancel.ini")));
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        w.showPage(QStringLiteral("clouds"));
        CloudsPage *page = w.cloudsPage();
        QTRY_VERIFY(page->selectCloud(QStringLiteral("fixture")));
        page->findChild<QAction *>(QStringLiteral("actionCloudConnect"))->trigger();
        QCOMPARE(stateOf(w, QStringLiteral("fixture")), State::Connecting);
        auto *cancel = w.findChild<QToolButton *>(QStringLiteral("progressCancel"));
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible());
        cancel->click();
        QCOMPARE(stateOf(w, QStringLiteral("fixture")), State::NotConnected);
        QTRY_VERIFY_WITH_TIMEOUT(!w.cloudManager()->busy(), 60000);
        QCOMPARE(stateOf(w, QStringLiteral("fixture")), State::NotConnected); // the pull's answer, if any, was dropped
        QVERIFY2(page->statusLabel()->text().contains(QLatin1String("cancelled")), qPrintable(page->statusLabel()->text()));
        QCOMPARE(page->flavorsModel()->rowCount(), 0);
        QTRY_VERIFY(!cancel->isVisible());
    }

    void diffsPushesAndFinishesAHalfDonePush()
    {
        Settings settings(path(QStringLiteral("push.ini")));
        MainWindow w(AppMode::Operator, &settings);
        connectTo(w, QStringLiteral("fixture"));
        CloudsPage *page = w.cloudsPage();
        const QList<flavors::Flavor> deployed = w.cloudManager()->registry()->entry(QStringLiteral("fixture"))->deployed();
        const auto cloudFlavor = [&deployed](const QString &name) {
            for (const flavors::Flavor &f : deployed)
                if (f.name == name)
                    return f;
            return flavors::Flavor{};
        };
        // The library: the broken policy fixed, m1.small as deployed, m1.medium with more vCPUs
        // (Nova cannot change that), a new flavor.
        flavors::Flavor fixedPolicy = cloudFlavor(QStringLiteral("bad.policy.4c8g"));
        fixedPolicy.extraSpecs.set(QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated"));
        flavors::Flavor medium = cloudFlavor(QStringLiteral("m1.medium"));
        medium.vcpus = 3;
        flavors::Flavor fresh = flavors::newFlavor();
        fresh.name = QStringLiteral("gui.new.2c2g");
        fresh.extraSpecs.set(QStringLiteral("hw:cpu_policy"), QStringLiteral("shared"));
        const QString library = path(QStringLiteral("library.vdeckflavors"));
        saveLibrary({fixedPolicy, cloudFlavor(QStringLiteral("m1.small")), medium, fresh}, library);
        QCOMPARE(w.openFlavorLibrary(library), QString());

        // Side by side: added, removed, changed and same, field by field.
        CloudFlavorsModel *model = page->flavorsModel();
        const auto libraryState = [model](const QString &name) {
            return model->index(model->rowOf(name), CloudFlavorsModel::LibraryColumn).data().toString();
        };
        QTRY_COMPARE(libraryState(QStringLiteral("bad.policy.4c8g")), QStringLiteral("differs"));
        QCOMPARE(libraryState(QStringLiteral("m1.small")), QStringLiteral("same"));
        QCOMPARE(libraryState(QStringLiteral("m1.medium")), QStringLiteral("differs"));
        QCOMPARE(libraryState(QStringLiteral("gui.new.2c2g")), QStringLiteral("only in library"));
        QCOMPARE(libraryState(QStringLiteral("m1.tiny")), QStringLiteral("only in cloud"));
        QCOMPARE(model->rowCount(), 36);
        QVERIFY(page->selectFlavor(QStringLiteral("bad.policy.4c8g")));
        FlavorCompareModel *compare = page->compareModel();
        const int policy = compare->rowOf(QStringLiteral("hw:cpu_policy"));
        QVERIFY(policy >= 0);
        QCOMPARE(compare->index(policy, FlavorCompareModel::LibraryColumn).data().toString(), QStringLiteral("dedicated"));
        QCOMPARE(compare->index(policy, FlavorCompareModel::CloudColumn).data().toString(), QStringLiteral("bogus"));
        QVERIFY(compare->index(policy, 0).data(FlavorCompareModel::DiffersRole).toBool());
        QVERIFY(!compare->index(compare->rowOf(QStringLiteral("vcpus")), 0).data(FlavorCompareModel::DiffersRole).toBool());
        QCOMPARE(compare->differences(), 1);
        QVERIFY(page->selectFlavor(QStringLiteral("m1.medium")));
        QCOMPARE(compare->index(compare->rowOf(QStringLiteral("vcpus")), FlavorCompareModel::LibraryColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(compare->index(compare->rowOf(QStringLiteral("vcpus")), FlavorCompareModel::CloudColumn).data().toString(), QStringLiteral("2"));
        QVERIFY(page->selectFlavor(QStringLiteral("gui.new.2c2g")));
        QCOMPARE(compare->index(0, FlavorCompareModel::CloudColumn).data().toString(), QStringLiteral("(none)"));

        // Push: the plan (m1.medium blocked until ticked), then every call succeeds.
        page->findChild<QAction *>(QStringLiteral("actionPushToCloud"))->trigger();
        PushDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<PushDialog *>()) && dialog->isVisible());
        QStringList calls;
        for (const cloud::PushStep &s : dialog->plan().steps)
            calls << s.describe();
        QCOMPARE(dialog->plan().steps.size(), 3); // bad.policy's extra spec; create gui.new and set its extra spec
        QVERIFY2(calls.join(QLatin1Char('\n')).contains(QLatin1String("bad.policy.4c8g")), qPrintable(calls.join(QLatin1Char('\n'))));
        QCOMPARE(dialog->replaceList()->count(), 1);
        QCOMPARE(dialog->replaceList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("m1.medium"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("pushNotes"))->text().contains(QLatin1String("Blocked: m1.medium")));
        QTreeWidget *view = dialog->callsView();
        QCOMPARE(view->topLevelItemCount(), 3);
        QCOMPARE(resultOf(view, 0), QStringLiteral("planned"));
        dialog->pushButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 60000);
        QVERIFY2(dialog->summary().startsWith(QLatin1String("Push complete: 3 call(s) succeeded")), qPrintable(dialog->summary()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(resultOf(view, i), QStringLiteral("succeeded"));
        // Pulled again: the broken flavor is fixed in the cloud.
        QTRY_COMPARE(libraryState(QStringLiteral("bad.policy.4c8g")), QStringLiteral("same"));
        QCOMPARE(row(model, QStringLiteral("bad.policy.4c8g"))->count(rules::Severity::Error), 0);
        QCOMPARE(libraryState(QStringLiteral("gui.new.2c2g")), QStringLiteral("same"));
        QVERIFY2(page->statusLabel()->text().contains(QLatin1String("36 flavor(s), 8 with errors")), qPrintable(page->statusLabel()->text()));

        // A push that fails half-way: Nova refuses the new flavor's extra spec at 2.86.
        FlavorDocument *doc = w.flavorDocument();
        flavors::Flavor failing = flavors::newFlavor();
        failing.name = QStringLiteral("gui.fail.2c2g");
        failing.extraSpecs.set(QStringLiteral("hw:cpu_policy"), QStringLiteral("bogus"));
        QVERIFY(doc->addFlavor(failing));
        flavors::Flavor later = flavors::newFlavor();
        later.name = QStringLiteral("gui.later.2c2g");
        QVERIFY(doc->addFlavor(later));
        dialog->pushButton()->click(); // "Plan Again"
        QCOMPARE(dialog->plan().steps.size(), 3); // create gui.fail, its extra spec, create gui.later
        dialog->pushButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 60000);
        QCOMPARE(resultOf(view, 0), QStringLiteral("succeeded"));
        const QString failed = resultOf(view, 1);
        QVERIFY2(failed.startsWith(QLatin1String("failed: cloud 'fixture', compute, POST http://127.0.0.1:")) && failed.contains(QLatin1String("HTTP 400")),
                 qPrintable(failed));
        QCOMPARE(resultOf(view, 2), QStringLiteral("not attempted"));
        QVERIFY2(dialog->summary().startsWith(QLatin1String("Push incomplete: 1 succeeded, 1 failed, 1 not attempted")), qPrintable(dialog->summary()));
        QTRY_COMPARE(libraryState(QStringLiteral("gui.fail.2c2g")), QStringLiteral("differs")); // created, without its extra spec
        QCOMPARE(libraryState(QStringLiteral("gui.later.2c2g")), QStringLiteral("only in library"));

        // Fixed in the library and planned again from what the cloud holds: the push finishes,
        // and m1.medium is replaced because it is ticked.
        QVERIFY(doc->selectFlavor(QStringLiteral("gui.fail.2c2g")));
        QVERIFY(doc->setSpec(QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")));
        dialog->pushButton()->click(); // "Plan Again"
        dialog->replaceList()->item(0)->setCheckState(Qt::Checked);
        calls.clear();
        for (const cloud::PushStep &s : dialog->plan().steps)
            calls << s.describe();
        const QString plan = calls.join(QLatin1Char('\n'));
        QVERIFY2(!plan.contains(QLatin1String("create gui.fail")), qPrintable(plan)); // exists already
        QVERIFY2(plan.contains(QLatin1String("gui.fail.2c2g")) && plan.contains(QLatin1String("create gui.later.2c2g")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("delete m1.medium")) && plan.contains(QLatin1String("create m1.medium")), qPrintable(plan));
        dialog->pushButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 60000);
        QVERIFY2(dialog->summary().startsWith(QLatin1String("Push complete")), qPrintable(dialog->summary()));
        for (const QString &name : {QStringLiteral("gui.fail.2c2g"), QStringLiteral("gui.later.2c2g"), QStringLiteral("m1.medium")})
            QTRY_COMPARE(libraryState(name), QStringLiteral("same"));
        dialog->pushButton()->click(); // "Plan Again": nothing left
        QCOMPARE(dialog->plan().steps.size(), 0);
        QVERIFY(!dialog->pushButton()->isEnabled());
    }

    void auditorHasNoPushOrImport()
    {
        Settings settings(path(QStringLiteral("auditor.ini")));
        MainWindow w(AppMode::Auditor, &settings);
        connectTo(w, QStringLiteral("fixture"));
        QStringList names;
        for (const CloudFlavorRow &r : w.cloudsPage()->flavorsModel()->rows())
            if (r.cloud)
                names << r.name;
        QVERIFY2(names.size() == 38, qPrintable(names.join(QLatin1Char(' ')))); // 35 and the three pushed above
        QVERIFY(!w.cloudsPage()->cloudActions().isEmpty());
        for (const QAction *a : w.findChildren<QAction *>())
            QVERIFY2(!actionpolicy::writes(a), qPrintable(a->objectName()));
        for (const char *name : {"actionPushToCloud", "actionImportFromCloud", "actionImportAllFromCloud"})
            QVERIFY2(!w.findChild<QAction *>(QString::fromLatin1(name)), name);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionOpenInLibrary")));
        w.cloudsPage()->openPushDialog();
        QVERIFY(!w.findChild<PushDialog *>());
        QVERIFY(!w.cloudManager()->push(QStringLiteral("fixture"), cloud::PushPlan{}));
    }
};

VDECK_GUI_TEST_MAIN(TestCloudGui)
#include "tst_cloudgui.moc"
