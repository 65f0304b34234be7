#pragma once

#include "cloud/cloudconfig.h"

#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real OpenStack control plane on 127.0.0.1 for one test: Keystone, Placement and nova-api
// (Debian 13's packages under uWSGI, SQLite in WAL mode, no message queue, no compute),
// prepared by tools/controlplane.py. The pristine databases are made once per checkout
// (build/controlplane, shared by the presets; about 2 minutes, guarded by a lock for parallel
// tests) and copied for each fixture; ports are chosen per fixture and written into its catalog, so tests
// run in parallel. Services are stopped by PID in the destructor and die with the test process.
//
// State "seeded": the demo's projects (tenant-a, tenant-b) and flavors (tools/demo_flavors.py);
// "base": Keystone's admin and service users, the compute and placement endpoints, no flavor.
// More seeding (Placement providers, more flavors) goes through the APIs with adminConfig().
class ControlPlaneFixture
{
public:
    struct Options
    {
        QString state = QStringLiteral("seeded");
        int tokenExpirationSeconds = 3600;
    };
    static constexpr const char *kServices[] = {"keystone", "placement", "nova"};

    ControlPlaneFixture();
    explicit ControlPlaneFixture(Options options);
    ~ControlPlaneFixture();
    ControlPlaneFixture(const ControlPlaneFixture &) = delete;
    ControlPlaneFixture &operator=(const ControlPlaneFixture &) = delete;

    // Prepares the run directory and starts the three services; false and *error (with the
    // logs' tails) when one does not answer.
    bool start(QString *error, int timeoutMs = 300000);
    void stop();
    // Fault injection: stop one service (SIGKILL, as a crash) or start it again on its port.
    void killService(const QString &name);
    bool startService(const QString &name, QString *error, int timeoutMs = 60000);

    QString authUrl() const { return m_authUrl; }   // http://127.0.0.1:PORT/v3
    quint16 port(const QString &service) const { return m_ports.value(service); }
    QString directory() const { return m_dir.path(); }
    qint64 startMs() const { return m_startMs; }     // how long start() took
    // The admin (project admin, domain Default) as a clouds.yaml cloud named `name`.
    cloud::CloudConfig adminConfig(const QString &name = QStringLiteral("fixture")) const;
    // A clouds.yaml (and, with separateSecrets, a secure.yaml holding the password) in the run
    // directory; returns the clouds.yaml path.
    QString writeCloudsYaml(const QString &name = QStringLiteral("fixture"), bool separateSecrets = false) const;
    QString logTail(int lines = 20) const;

private:
    bool launch(const QString &name, QString *error, int timeoutMs);

    Options m_options;
    QTemporaryDir m_dir;
    QString m_authUrl;
    QMap<QString, quint16> m_ports;
    QMap<QString, QStringList> m_commands;
    QMap<QString, QString> m_readyPaths;
    QMap<QString, QString> m_logs;
    QMap<QString, std::shared_ptr<QProcess>> m_processes;
    QString m_adminPassword;
    qint64 m_startMs = 0;
};
