// "Remember in the keyring" against a real Secret Service and the real control plane: a private
// D-Bus session bus with gnome-keyring-daemon on it (tests/support/secretservicefixture.h; HOME
// and the XDG directories under the fixture's directory) and Keystone + nova-api
// (tests/support/controlplanefixture.h). The cloud `nopass` has no password in clouds.yaml.
// First the bus alone (a desktop without a keyring): said, asked instead, nothing written. Then
// the keyring: remembered from the dialog, a new window (a new CloudManager) connects without
// asking, Forget asks again; a remembered password that Keystone refuses names the keyring. The
// password is never in a file under the fixture's directories (settings, config, data: the
// keyring's own file is encrypted) nor in any logged message.
#include "cloud/cloudconfig.h"
#include "cloud/cloudmanager.h"
#include "cloud/cloudregistry.h"
#include "cloud/secretstore.h"
#include "controlplanefixture.h"
#include "core/settings.h"
#include "dialogs/cloudpassworddialog.h"
#include "mainwindow.h"
#include "messagecapture.h"
#include "pages/cloudspage.h"
#include "secretservicefixture.h"
#include "testmain.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

using State = cloud::CloudEntry::State;
const QString kCloud = QStringLiteral("nopass");

State stateOf(const MainWindow &w)
{
    const cloud::CloudEntry *e = w.cloudManager()->registry()->entry(kCloud);
    return e ? e->state : State::NotConnected;
}

QStringList texts(const QSignalSpy &spy)
{
    QStringList l;
    for (const QList<QVariant> &args : spy)
        l << args.value(0).toString();
    return l;
}

// Every file under dir that holds needle (UTF-8 or UTF-16).
QStringList filesHolding(const QString &dir, const QString &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray all = f.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        if (all.contains(needle.toUtf8()) || all.contains(utf16))
            found << f.fileName();
    }
    return found;
}

} // namespace

class TestCloudKeyring : public QObject
{
    Q_OBJECT
    SecretServiceFixture m_secrets;
    ControlPlaneFixture m_cp;
    QString m_password;

    QString settingsFile(const QString &name) const { return m_secrets.configHome() + QLatin1Char('/') + name + QStringLiteral(".ini"); }

    // The window on the clouds page with "Connect and Pull" triggered for the cloud.
    void connectCloud(MainWindow &w)
    {
        w.show();
        QVERIFY(w.showPage(QStringLiteral("clouds")));
        QTRY_VERIFY(w.cloudsPage()->selectCloud(kCloud));
        w.cloudsPage()->findChild<QAction *>(QStringLiteral("actionCloudConnect"))->trigger();
    }

    // The password dialog, answered.
    void answer(MainWindow &w, const QString &password, bool remember)
    {
        CloudPasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<CloudPasswordDialog *>()) && dialog->isVisible(), 20000);
        QVERIFY(!dialog->rememberBox()->isChecked()); // remembering is asked for, never the default
        dialog->rememberBox()->setChecked(remember);
        dialog->field()->setText(password);
        const QPointer<CloudPasswordDialog> answered(dialog);
        dialog->accept();
        QTRY_VERIFY(answered.isNull());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_secrets.applyEnvironment();
        QString error;
        QVERIFY2(m_secrets.startBus(&error), qPrintable(error));
        qInfo("private session bus %s (pid %lld)", qPrintable(m_secrets.busAddress()), m_secrets.busPid());
        QVERIFY2(m_cp.start(&error), qPrintable(error));
        m_password = m_cp.adminConfig().password;
        QVERIFY(m_password.size() >= 8);
        for (const QString &k : QProcessEnvironment::systemEnvironment().keys())
            if (k.startsWith(QLatin1String("OS_")))
                qunsetenv(k.toUtf8().constData());
        // clouds.yaml in its standard place under the fixture's HOME, and no password anywhere.
        QDir().mkpath(m_secrets.configHome() + QStringLiteral("/openstack"));
        const QString yaml = m_secrets.configHome() + QStringLiteral("/openstack/clouds.yaml");
        QFile f(yaml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("clouds:\n  %1:\n    auth:\n      auth_url: %2\n      username: admin\n      project_name: admin\n"
                               "      user_domain_name: Default\n      project_domain_name: Default\n    region_name: RegionOne\n")
                    .arg(kCloud, m_cp.authUrl())
                    .toUtf8());
        f.close();
        qputenv("OS_CLIENT_CONFIG_FILE", yaml.toUtf8());
    }

    void withoutAKeyringThePasswordIsAskedAndTheFailureSaid()
    {
        const MessageCapture messages;
        Settings settings(settingsFile(QStringLiteral("nokeyring")));
        MainWindow w(AppMode::Operator, &settings);
        QSignalSpy errors(w.cloudManager(), &cloud::CloudManager::errorOccurred);
        QSignalSpy notices(w.cloudManager(), &cloud::CloudManager::notice);
        connectCloud(w);
        answer(w, m_password, true);
        const QString unread = texts(errors).value(0);
        QVERIFY2(unread.startsWith(QLatin1String("The desktop keyring could not be read (")) && unread.contains(QLatin1String("org.freedesktop.secrets"))
                     && unread.endsWith(QLatin1String("The password of cloud nopass is asked instead.")),
                 qPrintable(unread));
        // The password works for this session; remembering it failed, and says so.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w), State::Connected, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 20000);
        const QString unwritten = texts(errors).value(1);
        QVERIFY2(unwritten.startsWith(QLatin1String("The desktop keyring could not remember the password of cloud nopass ("))
                     && unwritten.endsWith(QLatin1String("It is kept for this session only.")),
                 qPrintable(unwritten));
        QVERIFY(notices.isEmpty());
        QVERIFY(w.cloudsPage()->messageBar()->isError());
        QVERIFY(w.cloudsPage()->messageBar()->text().contains(QLatin1String("desktop keyring")));
        settings.sync();
        QVERIFY2(filesHolding(m_secrets.directory(), m_password).isEmpty(), qPrintable(filesHolding(m_secrets.directory(), m_password).join(QLatin1Char(' '))));
        QVERIFY(!messages.text().contains(m_password));
    }

    void rememberedConnectsWithoutAskingUntilForgotten()
    {
        QString error;
        QVERIFY2(m_secrets.startKeyring(&error), qPrintable(error));
        qInfo("gnome-keyring-daemon pid %lld", m_secrets.keyringPid());
        const MessageCapture messages;
        {
            Settings settings(settingsFile(QStringLiteral("remember")));
            MainWindow w(AppMode::Operator, &settings);
            QSignalSpy errors(w.cloudManager(), &cloud::CloudManager::errorOccurred);
            QSignalSpy notices(w.cloudManager(), &cloud::CloudManager::notice);
            connectCloud(w);
            answer(w, m_password, true); // asked: the keyring remembers nothing yet
            QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 20000);
            QCOMPARE(texts(notices).value(0), QStringLiteral("The password of cloud nopass is remembered in the desktop keyring."));
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(w), State::Connected, 60000);
            QVERIFY2(errors.isEmpty(), qPrintable(texts(errors).join(QLatin1Char('\n'))));
            settings.sync();
        }
        {
            // A new window and manager: the keyring's password, no dialog.
            Settings settings(settingsFile(QStringLiteral("again")));
            MainWindow w(AppMode::Operator, &settings);
            QSignalSpy asked(w.cloudManager(), &cloud::CloudManager::passwordNeeded);
            QSignalSpy errors(w.cloudManager(), &cloud::CloudManager::errorOccurred);
            connectCloud(w);
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(w), State::Connected, 60000);
            QCOMPARE(asked.size(), 0);
            QVERIFY(!w.findChild<CloudPasswordDialog *>());
            QVERIFY2(errors.isEmpty(), qPrintable(texts(errors).join(QLatin1Char('\n'))));
            QVERIFY(w.cloudsPage()->statusLabel()->text().contains(QLatin1String("35 flavor(s)")));

            // Forget: out of the keyring and out of this session.
            QSignalSpy notices(w.cloudManager(), &cloud::CloudManager::notice);
            QAction *forget = w.cloudsPage()->findChild<QAction *>(QStringLiteral("actionForgetCloudPassword"));
            QVERIFY(forget && forget->isEnabled());
            forget->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 20000);
            QCOMPARE(texts(notices).value(0), QStringLiteral("The desktop keyring no longer remembers the password of cloud nopass."));
            QCOMPARE(w.cloudsPage()->messageBar()->text(), texts(notices).value(0));
            w.cloudsPage()->findChild<QAction *>(QStringLiteral("actionCloudConnect"))->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
            CloudPasswordDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = w.findChild<CloudPasswordDialog *>()) && dialog->isVisible());
            dialog->reject();
            settings.sync();
        }
        {
            Settings settings(settingsFile(QStringLiteral("forgotten")));
            MainWindow w(AppMode::Operator, &settings);
            QSignalSpy asked(w.cloudManager(), &cloud::CloudManager::passwordNeeded);
            connectCloud(w);
            QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
            QCOMPARE(stateOf(w), State::NotConnected);
        }
        QVERIFY2(filesHolding(m_secrets.directory(), m_password).isEmpty(), qPrintable(filesHolding(m_secrets.directory(), m_password).join(QLatin1Char(' '))));
        QVERIFY(!messages.text().contains(m_password));
    }

    void aRefusedRememberedPasswordNamesTheKeyring()
    {
        // Keystone's password changed since it was remembered.
        cloud::CloudConfig config;
        config.name = kCloud;
        config.username = QStringLiteral("admin");
        config.authUrl = m_cp.authUrl();
        const QString key = cloud::SecretStore::keyFor(config);
        QCOMPARE(key, QStringLiteral("cloud nopass, admin at ") + m_cp.authUrl());
        QObject context;
        std::optional<cloud::SecretResult> written;
        cloud::SecretStore::write(key, QStringLiteral("an-old-password"), &context, [&written](const cloud::SecretResult &r) { written = r; });
        QVERIFY(!written); // never inside the call
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        QCOMPARE(written->status, cloud::SecretResult::Status::Done);

        Settings settings(settingsFile(QStringLiteral("refused")));
        MainWindow w(AppMode::Operator, &settings);
        connectCloud(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w), State::Failed, 60000);
        const QString message = w.cloudManager()->registry()->entry(kCloud)->message;
        QVERIFY2(message.contains(QLatin1String("HTTP 401")) && message.contains(QLatin1String("The password came from the desktop keyring"))
                     && message.contains(QLatin1String("Forget Password")),
                 qPrintable(message));

        std::optional<cloud::SecretResult> removed;
        cloud::SecretStore::remove(key, &context, [&removed](const cloud::SecretResult &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QCOMPARE(removed->status, cloud::SecretResult::Status::Done);
        std::optional<cloud::SecretResult> read;
        cloud::SecretStore::read(key, &context, [&read](const cloud::SecretResult &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
        QCOMPARE(read->status, cloud::SecretResult::Status::NotFound);
    }

    void cleanupTestCase()
    {
        m_cp.stop();
        m_secrets.stop(); // by PID: the keyring daemon, then the bus
    }
};

VDECK_GUI_TEST_MAIN(TestCloudKeyring)
#include "tst_cloudkeyring.moc"
