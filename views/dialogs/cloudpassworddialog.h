#pragma once

#include <QDialog>

class QLineEdit;

// clouds.yaml (and secure.yaml, OS_PASSWORD) gave no password for a cloud: asked here, not
// echoed, handed to cloud::CloudManager for this session only and never stored.
class CloudPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    CloudPasswordDialog(const QString &cloud, const QString &description, QWidget *parent = nullptr);
    QString cloud() const { return m_cloud; }
    QString password() const;
    QLineEdit *field() const { return m_field; }

private:
    QString m_cloud;
    QLineEdit *m_field;
};
