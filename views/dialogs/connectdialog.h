#pragma once

#include "core/settings.h"
#include "hosts/connecturi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Connect to a host: a URI builder (local, ssh, libssh, tls, test; user, host, port, key file,
// known hosts, driver path, read-only) that shows the resulting URI as it is edited.
// In auditor mode the connection is always read-only and the host is not saved.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(bool auditor, QWidget *parent = nullptr);

    QString uri() const;          // empty while the fields are incomplete
    SavedHost host() const;       // name, URI, read-only
    bool saveHost() const;
    void setTransport(hosts::UriSpec::Transport transport);
    void setTestFile(const QString &path);

private:
    hosts::UriSpec spec() const;
    void updateUri();
    void browseKeyFile();
    void browseTestFile();

    bool m_auditor;
    QComboBox *m_transport;
    QLineEdit *m_name;
    QLineEdit *m_user;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_keyFile;
    QLineEdit *m_knownHosts;
    QComboBox *m_driverPath;
    QLineEdit *m_testFile;
    QCheckBox *m_readOnly;
    QCheckBox *m_save;
    QLineEdit *m_uri;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};
