#pragma once

#include "inventory/hostsnapshot.h"

#include <QWidget>

#include <memory>

class FileChooser;
class QLabel;
class QPushButton;
class QTreeWidget;

// The day-2 check of the selected host: pick a baseline .vdeckhost snapshot of it (loaded off the
// GUI thread), and what drifted since (drift::compare), each with the command that restores it.
// The comparison follows every new snapshot of the host.
class DriftPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DriftPanel(QWidget *parent = nullptr);

    void setFileChooser(std::shared_ptr<FileChooser> chooser) { m_chooser = std::move(chooser); }
    void setSnapshot(const inventory::HostSnapshot &snapshot);
    void chooseBaseline();
    void loadBaseline(const QString &path);

    QTreeWidget *findings() const { return m_findings; }
    QLabel *status() const { return m_status; }
    QPushButton *chooseButton() const { return m_choose; }

Q_SIGNALS:
    void compared(); // the findings show the current snapshot against the baseline

private:
    void compare();

    std::shared_ptr<FileChooser> m_chooser;
    inventory::HostSnapshot m_snapshot;
    std::optional<inventory::HostSnapshot> m_baseline;
    QString m_baselinePath;
    quint64 m_generation = 0;
    QPushButton *m_choose;
    QLabel *m_status;
    QTreeWidget *m_findings;
};
