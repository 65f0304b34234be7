#pragma once

#include "cloud/flavorwriter.h"
#include "cloud/pushplan.h"

#include <QDialog>

class FlavorDocument;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
namespace cloud {
class CloudManager;
}

// Push the open library to a cloud (operator mode only: auditors have no action that opens it).
// Shows the plan (cloud::planPush from the library and the flavors the cloud holds: create,
// set extra specs, description and access; a flavor whose vCPUs, RAM, disks or public flag
// changed is blocked unless ticked under "replace"), applies it through cloud::CloudManager and
// shows each call's result as it comes: done, failed (with the cloud's answer) or not run.
// The cloud is pulled again after the push; "Plan Again" plans from what it holds now, which
// finishes a push that stopped half-way.
class PushDialog : public QDialog
{
    Q_OBJECT
public:
    PushDialog(cloud::CloudManager *manager, const QString &cloud, const FlavorDocument *doc, QWidget *parent = nullptr);

    const cloud::PushPlan &plan() const { return m_plan; }
    QListWidget *replaceList() const { return m_replace; }
    QTreeWidget *callsView() const { return m_calls; }
    QPushButton *pushButton() const { return m_push; }
    QString summary() const;
    bool running() const { return m_running; }

private:
    void replan();
    void start();
    void showStep(int row, const cloud::StepResult &result);
    void finished(const cloud::PushReport &report);

    cloud::CloudManager *m_manager;
    QString m_cloud;
    const FlavorDocument *m_doc;
    cloud::PushPlan m_plan;
    QLabel *m_heading;
    QLabel *m_replaceText;
    QListWidget *m_replace;
    QTreeWidget *m_calls;
    QLabel *m_notes;
    QLabel *m_summary;
    QPushButton *m_push;
    int m_stepsShown = 0;
    bool m_running = false;
    bool m_done = false;
};
