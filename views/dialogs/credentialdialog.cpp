#include "dialogs/credentialdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CredentialDialog::CredentialDialog(const QString &uri, const QList<hosts::CredentialRequest> &requests, QWidget *parent)
    : QDialog(parent)
    , m_requests(requests)
{
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(tr("Credentials for %1").arg(uri));
    auto *form = new QFormLayout;
    for (const hosts::CredentialRequest &r : requests) {
        auto *edit = new QLineEdit(r.defaultResult, this);
        edit->setEchoMode(r.secret ? QLineEdit::Password : QLineEdit::Normal);
        if (!r.challenge.isEmpty())
            edit->setToolTip(r.challenge);
        form->addRow(r.prompt.isEmpty() ? tr("Answer:") : r.prompt, edit);
        m_fields.append(edit);
    }
    auto *note = new QLabel(tr("libvirt or the ssh probe asks for these to connect to %1. vDeck passes them on and does not store them.").arg(uri), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QList<hosts::CredentialRequest> CredentialDialog::answers() const
{
    QList<hosts::CredentialRequest> out = m_requests;
    for (int i = 0; i < out.size(); ++i)
        out[i].result = m_fields.at(i)->text();
    return out;
}
