#include "dialogs/connectdialog.h"

#include "probe/sshtarget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using Transport = hosts::UriSpec::Transport;

namespace {

QWidget *withBrowse(QLineEdit *edit, QObject *context, std::function<void()> browse)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QToolButton(box);
    button->setText(QStringLiteral("…"));
    QObject::connect(button, &QToolButton::clicked, context, std::move(browse));
    layout->addWidget(button);
    return box;
}

} // namespace

ConnectDialog::ConnectDialog(bool auditor, QWidget *parent)
    : QDialog(parent)
    , m_auditor(auditor)
    , m_transport(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_keyFile(new QLineEdit(this))
    , m_knownHosts(new QLineEdit(this))
    , m_driverPath(new QComboBox(this))
    , m_testFile(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("Open read-only"), this))
    , m_save(new QCheckBox(tr("Save this host"), this))
    , m_uri(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Host"));
    m_transport->setObjectName(QStringLiteral("transport"));
    m_transport->addItem(tr("Local (qemu:///)"), int(Transport::Local));
    m_transport->addItem(tr("SSH (qemu+ssh://)"), int(Transport::Ssh));
    m_transport->addItem(tr("libssh, verified host key (qemu+libssh://)"), int(Transport::Libssh));
    m_transport->addItem(tr("TLS (qemu+tls://)"), int(Transport::Tls));
    m_transport->addItem(tr("Test driver (test:///)"), int(Transport::Test));
    m_name->setObjectName(QStringLiteral("hostName"));
    m_name->setPlaceholderText(tr("defaults to the URI"));
    m_user->setObjectName(QStringLiteral("user"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_knownHosts->setObjectName(QStringLiteral("knownHosts"));
    m_knownHosts->setText(probe::SshTarget().effectiveUserKnownHostsFile());
    m_driverPath->setObjectName(QStringLiteral("driverPath"));
    m_driverPath->addItems({QStringLiteral("/system"), QStringLiteral("/session")});
    m_testFile->setObjectName(QStringLiteral("testFile"));
    m_testFile->setPlaceholderText(tr("empty: test:///default"));
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_save->setObjectName(QStringLiteral("saveHost"));
    m_save->setChecked(!auditor);
    m_save->setVisible(!auditor);
    if (auditor) {
        m_readOnly->setChecked(true);
        m_readOnly->setEnabled(false);
        m_readOnly->setToolTip(tr("Auditor mode opens every connection read-only."));
    }
    m_uri->setObjectName(QStringLiteral("resultingUri"));
    m_uri->setReadOnly(true);
    m_error->setObjectName(QStringLiteral("uriError"));
    m_error->setStyleSheet(QStringLiteral("color: #b02a37"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Transport:"), m_transport);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Key file:"), withBrowse(m_keyFile, this, [this] { browseKeyFile(); }));
    form->addRow(tr("&Known hosts:"), m_knownHosts);
    form->addRow(tr("&Driver:"), m_driverPath);
    form->addRow(tr("Test &file:"), withBrowse(m_testFile, this, [this] { browseTestFile(); }));
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_save);
    form->addRow(tr("Resulting URI:"), m_uri);
    form->addRow(QString(), m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_user, m_host, m_keyFile, m_knownHosts, m_testFile})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateUri);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateUri);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateUri);
    connect(m_driverPath, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateUri);
    setMinimumWidth(560);
    updateUri();
}

hosts::UriSpec ConnectDialog::spec() const
{
    hosts::UriSpec s;
    s.transport = Transport(m_transport->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.keyFile = m_keyFile->text().trimmed();
    s.knownHostsFile = m_knownHosts->text().trimmed();
    s.driverPath = m_driverPath->currentText();
    s.testFile = m_testFile->text().trimmed();
    return s;
}

void ConnectDialog::updateUri()
{
    const Transport t = Transport(m_transport->currentData().toInt());
    const bool remote = t == Transport::Ssh || t == Transport::Libssh || t == Transport::Tls;
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port)})
        w->setEnabled(remote);
    m_keyFile->parentWidget()->setEnabled(t == Transport::Ssh || t == Transport::Libssh);
    m_knownHosts->setEnabled(t == Transport::Libssh);
    m_driverPath->setEnabled(t != Transport::Test);
    m_testFile->parentWidget()->setEnabled(t == Transport::Test);
    QString error;
    const QString uri = hosts::buildUri(spec(), &error);
    m_uri->setText(uri);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (m_ok)
        m_ok->setEnabled(!uri.isEmpty());
}

QString ConnectDialog::uri() const
{
    return m_uri->text();
}

SavedHost ConnectDialog::host() const
{
    SavedHost h;
    h.uri = uri();
    h.name = m_name->text().trimmed().isEmpty() ? h.uri : m_name->text().trimmed();
    h.readOnly = m_readOnly->isChecked() || m_auditor;
    h.sshIdentity = m_keyFile->text().trimmed();
    return h;
}

bool ConnectDialog::saveHost() const
{
    return !m_auditor && m_save->isChecked();
}

void ConnectDialog::setTransport(Transport transport)
{
    m_transport->setCurrentIndex(m_transport->findData(int(transport)));
}

void ConnectDialog::setTestFile(const QString &path)
{
    m_testFile->setText(path);
}

void ConnectDialog::browseKeyFile()
{
    auto *d = new QFileDialog(this, tr("Choose a private key"), QDir::homePath() + QStringLiteral("/.ssh"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, m_keyFile, &QLineEdit::setText);
    d->open();
}

void ConnectDialog::browseTestFile()
{
    auto *d = new QFileDialog(this, tr("Choose a libvirt test-driver XML"), QString(), tr("XML files (*.xml)"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, m_testFile, &QLineEdit::setText);
    d->open();
}
