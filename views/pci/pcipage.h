#pragma once

#include "page.h"
#include "pci/pcireport.h"

namespace workbench {
class PciWorkbench;
}

class PciComposer;
class QLabel;
class QTabWidget;
class QTreeWidget;

// PCI passthrough of the selected host: every PCI device with the [pci] device_spec that claims
// it, the aliases that can request it, its dev_type and Placement resource class and traits (as
// the tool bar's Nova release matches, pci::evaluate, off the GUI thread); the conflicts; the
// composer of device_spec/alias/mdev snippets. (The day-2 check is on the host's details:
// DriftPanel on the hosts page.)
// The host, nova.conf (the host's probed one, or the composer's text once edited), the release
// and the evaluation are workbench::PciWorkbench's; the page shows them and the composer edits.
class PciPage : public Page
{
    Q_OBJECT
public:
    explicit PciPage(workbench::PciWorkbench *pci, QWidget *parent = nullptr);
    ~PciPage() override;
    QString id() const override { return QStringLiteral("pci"); }
    QString title() const override;
    QIcon icon() const override;

    int releaseMajor() const;
    bool selectDevice(const QString &address);

    QTreeWidget *devices() const { return m_devices; }
    QTreeWidget *findings() const { return m_findings; }
    PciComposer *composer() const { return m_composer; }
    bool pending() const;

Q_SIGNALS:
    void reportShown(); // a new evaluation is on screen (tests wait for it)

private:
    void showSource();
    void show(const pci::PciReport &report);

    workbench::PciWorkbench *m_pci;
    QLabel *m_source;
    QTabWidget *m_tabs;
    QTreeWidget *m_devices;
    QTreeWidget *m_findings;
    PciComposer *m_composer;
};
