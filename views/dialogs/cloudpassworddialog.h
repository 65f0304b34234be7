#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// clouds.yaml (and secure.yaml, OS_PASSWORD, the desktop keyring) gave no password for a cloud:
// asked here, not echoed, handed to cloud::CloudManager for this session only, or with "Remember
// in the keyring" also kept in the desktop keyring (never in vDeck's files or settings).
class CloudPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    CloudPasswordDialog(const QString &cloud, const QString &description, QWidget *parent = nullptr);
    QString cloud() const { return m_cloud; }
    QString password() const;
    bool remember() const;
    QLineEdit *field() const { return m_field; }
    QCheckBox *rememberBox() const { return m_remember; }

private:
    QString m_cloud;
    QLineEdit *m_field;
    QCheckBox *m_remember;
};
