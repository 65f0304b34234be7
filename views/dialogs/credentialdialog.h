#pragma once

#include "hosts/connection.h"

#include <QDialog>

class QLineEdit;

// libvirt asks for credentials (user name, password, passphrase ...): one field per question,
// secret answers not echoed. Answers go back to the waiting connection and are never stored.
class CredentialDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialDialog(const QString &uri, const QList<hosts::CredentialRequest> &requests, QWidget *parent = nullptr);
    QList<hosts::CredentialRequest> answers() const;
    QList<QLineEdit *> fields() const { return m_fields; }

private:
    QList<hosts::CredentialRequest> m_requests;
    QList<QLineEdit *> m_fields;
};
