#pragma once

#include "domainxml/computeprofile.h"
#include "inventory/hostsnapshot.h"

#include <QDialog>

#include <memory>
#include <optional>

class FileChooser;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// The nova.conf values of one compute host that shape the domain XML (ComputeProfile):
// [compute] cpu_dedicated_set / cpu_shared_set, [libvirt] virt_type, cpu_mode, cpu_models,
// hw_machine_type, realtime priority, queue sizes, file-backed memory, and [pci] alias entries.
// Checked as it is typed (the same parser and host check as the XML builder: a CPU that is not
// on the host is refused as nova-compute would refuse to start); OK only when valid. Profiles
// load from and save to the JSON files `vdeckctl xml --profile` reads.
class ComputeProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ComputeProfileDialog(const QString &hostName, const inventory::HostSnapshot &host, const domainxml::ComputeProfile &profile,
                         QWidget *parent = nullptr);

    // The profile as entered, or std::nullopt with *error when it is not valid.
    std::optional<domainxml::ComputeProfile> profile(QString *error = nullptr) const;
    void setProfile(const domainxml::ComputeProfile &profile);
    void setFileChooser(std::shared_ptr<FileChooser> chooser);

private:
    QWidget *computeGroup();
    QWidget *libvirtGroup();
    QWidget *pciGroup();
    void check();
    void load();
    void saveAs();

    inventory::HostSnapshot m_host;
    QLineEdit *m_dedicated;
    QLineEdit *m_shared;
    QComboBox *m_virtType;
    QComboBox *m_cpuMode;
    QLineEdit *m_cpuModels;
    QLineEdit *m_machineType;
    QSpinBox *m_rtPriority;
    QComboBox *m_rxQueue;
    QComboBox *m_txQueue;
    QSpinBox *m_fileBacked;
    QTableWidget *m_aliases;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<FileChooser> m_files;
};
