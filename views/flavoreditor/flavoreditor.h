#pragma once

#include <QTabWidget>

class ComputeForm;
class FlavorDocument;
class NumaMapsEditor;
class PortsEditor;
class QLineEdit;
class RawSpecsEditor;
class SpecForm;

// The current flavor grouped as operators think: Compute, CPU, Memory, Devices, and Raw (the
// whole extra-spec table). Follows the document; every edit goes back to it as a command.
class FlavorEditor : public QTabWidget
{
    Q_OBJECT
public:
    explicit FlavorEditor(FlavorDocument *doc, QWidget *parent = nullptr);
    // Brings the field of the first of `keys` that has one into view and focuses it (the Raw
    // table row when no form field edits that key). False when none of the keys is shown.
    bool focusKeys(const QStringList &keys);
    void showDevicesTab();

private:
    void reload();
    QWidget *scrolled(QWidget *content);
    SpecForm *cpuForm();
    void addCpuMaxRows(SpecForm *form);
    SpecForm *memoryForm();
    SpecForm *devicesForm();

    FlavorDocument *m_doc;
    ComputeForm *m_compute;
    NumaMapsEditor *m_numaMaps;
    PortsEditor *m_ports;
    QLineEdit *m_vgpuType;
    RawSpecsEditor *m_raw;
    QList<SpecForm *> m_forms;
};
