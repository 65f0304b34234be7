#pragma once

#include "core/settings.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

// Edit a saved host: its name, libvirt URI, read-only flag and ssh key file. OK needs a name
// or a URI; a password typed into the URI is dropped when the host is saved (Settings).
class EditHostDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditHostDialog(const SavedHost &host, QWidget *parent = nullptr);
    SavedHost host() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_uri;
    QLineEdit *m_key;
    QCheckBox *m_readOnly;
};
