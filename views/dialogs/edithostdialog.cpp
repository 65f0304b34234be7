#include "dialogs/edithostdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

EditHostDialog::EditHostDialog(const SavedHost &host, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(host.name, this))
    , m_uri(new QLineEdit(host.uri, this))
    , m_key(new QLineEdit(host.sshIdentity, this))
    , m_readOnly(new QCheckBox(tr("Open read-only"), this))
{
    setObjectName(QStringLiteral("editHostDialog"));
    setWindowTitle(tr("Edit Host"));
    m_name->setObjectName(QStringLiteral("editHostName"));
    m_uri->setObjectName(QStringLiteral("editHostUri"));
    m_key->setObjectName(QStringLiteral("editHostKey"));
    m_key->setPlaceholderText(tr("ssh key file for the host probe (optional)"));
    m_readOnly->setObjectName(QStringLiteral("editHostReadOnly"));
    m_readOnly->setChecked(host.readOnly);
    m_uri->setMinimumWidth(360);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_uri, &QLineEdit::textChanged, ok, [ok](const QString &uri) { ok->setEnabled(!uri.trimmed().isEmpty()); });

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URI:"), m_uri);
    form->addRow(tr("ssh &key:"), m_key);
    form->addRow(QString(), m_readOnly);
    form->addRow(buttons);
}

SavedHost EditHostDialog::host() const
{
    SavedHost h;
    h.uri = Settings::withoutSecrets(m_uri->text().trimmed());
    h.name = m_name->text().trimmed().isEmpty() ? h.uri : m_name->text().trimmed();
    h.readOnly = m_readOnly->isChecked();
    h.sshIdentity = m_key->text().trimmed();
    return h;
}
