#include "dialogs/cloudpassworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CloudPasswordDialog::CloudPasswordDialog(const QString &cloud, const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_cloud(cloud)
    , m_field(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keyring"), this))
{
    setObjectName(QStringLiteral("cloudPasswordDialog"));
    setWindowTitle(tr("Password for Cloud %1").arg(cloud));
    auto *text = new QLabel(tr("clouds.yaml has no password for %1, and the desktop keyring remembers none. "
                               "It is used for this session only, unless you tick Remember.").arg(description), this);
    text->setWordWrap(true);
    m_field->setObjectName(QStringLiteral("cloudPasswordField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("cloudPasswordRemember"));
    m_remember->setToolTip(tr("Keep the password in the desktop keyring (Secret Service, service \"vdeck\") for the next connections; "
                              "never in vDeck's own files or settings"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_field);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString CloudPasswordDialog::password() const
{
    return m_field->text();
}

bool CloudPasswordDialog::remember() const
{
    return m_remember->isChecked();
}
