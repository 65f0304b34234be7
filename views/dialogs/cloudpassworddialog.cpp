#include "dialogs/cloudpassworddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CloudPasswordDialog::CloudPasswordDialog(const QString &cloud, const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_cloud(cloud)
    , m_field(new QLineEdit(this))
{
    setObjectName(QStringLiteral("cloudPasswordDialog"));
    setWindowTitle(tr("Password for Cloud %1").arg(cloud));
    auto *text = new QLabel(tr("clouds.yaml has no password for %1. It is used for this session only and not stored.").arg(description), this);
    text->setWordWrap(true);
    m_field->setObjectName(QStringLiteral("cloudPasswordField"));
    m_field->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString CloudPasswordDialog::password() const
{
    return m_field->text();
}
