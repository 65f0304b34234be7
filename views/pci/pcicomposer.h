#pragma once

#include "pci/composer.h"
#include "pci/novaconf.h"
#include "pci/pcidevice.h"

#include <QWidget>

namespace workbench {
class PciWorkbench;
}

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// From a device picked on the PCI page to nova.conf: the device_spec (the device, or every VF of
// its PF) and an alias for it are added to the [pci] entries being edited (the host's probed
// nova.conf to start with); below, the snippet for the compute nodes and the one for the API and
// scheduler nodes, composed from them for the chosen release. Every text that parses becomes the
// workbench's configuration (workbench::PciWorkbench::setConf), which the devices page shows too.
class PciComposer : public QWidget
{
    Q_OBJECT
public:
    explicit PciComposer(workbench::PciWorkbench *pci, QWidget *parent = nullptr);

    void setCurrentDevice(const QString &address);
    bool addCurrentDevice(); // false when no device is chosen

    QPlainTextEdit *editor() const { return m_editor; }
    QPlainTextEdit *computeSnippet() const { return m_compute; }
    QPlainTextEdit *controllerSnippet() const { return m_controller; }
    QLineEdit *aliasName() const { return m_aliasName; }
    QCheckBox *allVfs() const { return m_allVfs; }
    QPushButton *addButton() const { return m_add; }
    QLabel *status() const { return m_status; }

private:
    void startOver(); // the workbench's configuration was replaced by the host's own
    void reparse();
    void updateSnippets();
    void setEditorText(const QString &text);
    const pci::NovaPciDevice *device(const QString &address) const;

    workbench::PciWorkbench *m_pci;
    QString m_device;
    QLabel *m_deviceLabel;
    QLineEdit *m_aliasName;
    QComboBox *m_numaPolicy;
    QCheckBox *m_allVfs;
    QLineEdit *m_physnet;
    QLineEdit *m_resourceClass;
    QLineEdit *m_traits;
    QPushButton *m_add;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QPlainTextEdit *m_compute;
    QPlainTextEdit *m_controller;
    QTimer *m_debounce;
    bool m_settingText = false;
};
