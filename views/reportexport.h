#pragma once

#include <QObject>

#include <memory>

class FileChooser;
class FlavorDocument;
class QAction;
class QWidget;
namespace hosts {
class HostManager;
}

// File > Export Report: the flavor library's findings for the selected Nova release and the
// capacity of every open host, as HTML or JSON (reports::buildReport, the same report as
// `vdeckctl report`). Built and saved (atomically) off the GUI thread. Writes nothing to a
// host, so it exists in auditor mode too.
namespace workbench {
class ComputeProfiles;
}

class ReportExport : public QObject
{
    Q_OBJECT
public:
    ReportExport(FlavorDocument *doc, hosts::HostManager *hosts, QWidget *dialogParent);
    QAction *action() const { return m_action; }
    // The hosts' compute profiles: a host's findings in the report are those of its profile.
    void setProfiles(workbench::ComputeProfiles *profiles) { m_profiles = profiles; }
    void setFileChooser(std::shared_ptr<FileChooser> chooser);
    void exportTo(const QString &path); // the format follows the suffix: .json, else HTML

Q_SIGNALS:
    void exported(const QString &message);
    void errorOccurred(const QString &message);

private:
    void chooseFile();

    FlavorDocument *m_doc;
    hosts::HostManager *m_hosts;
    workbench::ComputeProfiles *m_profiles = nullptr;
    QWidget *m_parent;
    QAction *m_action;
    std::shared_ptr<FileChooser> m_files;
};
