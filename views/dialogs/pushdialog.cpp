#include "dialogs/pushdialog.h"

#include "cloud/cloudmanager.h"
#include "cloud/cloudregistry.h"
#include "cloud/flavordiff.h"
#include "document/flavordocument.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString statusText(cloud::StepResult::Status status)
{
    switch (status) {
    case cloud::StepResult::Status::Done:
        return PushDialog::tr("succeeded");
    case cloud::StepResult::Status::Failed:
        return PushDialog::tr("failed");
    case cloud::StepResult::Status::NotRun:
        return PushDialog::tr("not attempted");
    }
    return {};
}

} // namespace

PushDialog::PushDialog(cloud::CloudManager *manager, const QString &cloud, const FlavorDocument *doc, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_cloud(cloud)
    , m_doc(doc)
    , m_heading(new QLabel(this))
    , m_replaceText(new QLabel(tr("Nova cannot change the vCPUs, RAM, disks or public flag of a flavor. Tick a flavor to delete it and create it "
                                  "again (running instances keep their own copy):"),
                               this))
    , m_replace(new QListWidget(this))
    , m_calls(new QTreeWidget(this))
    , m_notes(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_push(new QPushButton(tr("&Push"), this))
{
    setObjectName(QStringLiteral("pushDialog"));
    setWindowTitle(tr("Push Library to Cloud %1").arg(cloud));
    m_heading->setWordWrap(true);
    m_replaceText->setWordWrap(true);
    m_replace->setObjectName(QStringLiteral("replaceList"));
    m_replace->setMaximumHeight(90);
    m_calls->setObjectName(QStringLiteral("pushCallsView"));
    m_calls->setRootIsDecorated(false);
    m_calls->setHeaderLabels({tr("Call"), tr("Result")});
    m_calls->header()->setStretchLastSection(false);
    m_calls->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_calls->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_calls->header()->resizeSection(1, 260);
    m_notes->setObjectName(QStringLiteral("pushNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("pushSummary"));
    m_summary->setWordWrap(true);
    m_push->setObjectName(QStringLiteral("pushApplyButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_push, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_push, &QPushButton::clicked, this, [this] {
        if (m_done)
            replan();
        else
            start();
    });
    connect(m_replace, &QListWidget::itemChanged, this, [this] {
        if (!m_running && !m_done)
            replan();
    });
    connect(manager, &cloud::CloudManager::stepDone, this, [this](const QString &name, const cloud::StepResult &r) {
        if (name == m_cloud && m_running)
            showStep(m_stepsShown++, r);
    });
    connect(manager, &cloud::CloudManager::pushFinished, this, [this](const QString &name, const cloud::PushReport &report) {
        if (name == m_cloud && m_running)
            finished(report);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_replaceText);
    layout->addWidget(m_replace);
    layout->addWidget(m_calls, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 520);
    replan();
}

void PushDialog::replan()
{
    const cloud::CloudEntry *entry = m_manager->registry()->entry(m_cloud);
    const QList<flavors::Flavor> deployed = entry ? entry->deployed() : QList<flavors::Flavor>{};
    const QList<flavors::Flavor> &library = m_doc->library().flavors;
    const QList<cloud::FlavorDiff> diff = cloud::diffFlavors(library, deployed);

    QStringList ticked;
    for (int i = 0; i < m_replace->count(); ++i)
        if (m_replace->item(i)->checkState() == Qt::Checked)
            ticked << m_replace->item(i)->data(Qt::UserRole).toString();
    const QSignalBlocker block(m_replace);
    m_replace->clear();
    for (const cloud::FlavorDiff &d : diff) {
        if (!d.coreChanged())
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(d.name, d.coreChanges.join(QStringLiteral(", "))), m_replace);
        item->setData(Qt::UserRole, d.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(d.name) ? Qt::Checked : Qt::Unchecked);
    }
    m_replace->setVisible(m_replace->count() > 0);
    m_replaceText->setVisible(m_replace->count() > 0);

    m_plan = cloud::planPush(diff, library, cloud::PushOptions{ticked, {}});
    const QString release = entry && entry->version ? entry->version->release.displayName() : QString();
    m_heading->setText(tr("Library %1 to cloud %2 (%3): %n call(s). Extra specs are written at compute API %4, where Nova checks them.", nullptr,
                          int(m_plan.steps.size()))
                           .arg(m_doc->filePath().isEmpty() ? tr("(not saved)") : m_doc->filePath(), m_cloud, release,
                                QString::fromLatin1(cloud::kExtraSpecsMicroversion)));
    m_calls->clear();
    for (const cloud::PushStep &step : std::as_const(m_plan.steps))
        new QTreeWidgetItem(m_calls, {step.describe(), tr("planned")});
    QStringList notes;
    for (const QString &b : std::as_const(m_plan.blocked))
        notes << tr("Blocked: %1").arg(b.section(QStringLiteral("; --replace"), 0, 0));
    if (!m_plan.untouched.isEmpty())
        notes << tr("Kept (only in the cloud, never deleted from here): %1").arg(m_plan.untouched.join(QStringLiteral(", ")));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_summary->setText(m_plan.steps.isEmpty() ? tr("Nothing to push: the cloud holds the library's flavors.") : QString());
    m_stepsShown = 0;
    m_done = false;
    m_push->setText(tr("&Push"));
    m_push->setEnabled(!m_plan.steps.isEmpty() && entry && entry->state == cloud::CloudEntry::State::Connected);
}

void PushDialog::start()
{
    if (!m_manager->push(m_cloud, m_plan)) {
        m_summary->setText(tr("Cloud %1 is not connected: connect it and plan again.").arg(m_cloud));
        return;
    }
    m_running = true;
    m_stepsShown = 0;
    m_replace->setEnabled(false);
    m_push->setEnabled(false);
    m_summary->setText(tr("Pushing…"));
}

void PushDialog::showStep(int row, const cloud::StepResult &result)
{
    QTreeWidgetItem *item = m_calls->topLevelItem(row);
    if (!item)
        return;
    QString text = statusText(result.status);
    if (result.error)
        text += QStringLiteral(": ") + result.error->toString();
    item->setText(1, text);
    item->setToolTip(1, text);
    item->setData(1, Qt::UserRole, int(result.status));
    if (result.status == cloud::StepResult::Status::Failed)
        item->setForeground(1, QBrush(QColor(0xc6, 0x28, 0x28)));
    else if (result.status == cloud::StepResult::Status::Done)
        item->setForeground(1, QBrush(QColor(0x2e, 0x7d, 0x32)));
}

void PushDialog::finished(const cloud::PushReport &report)
{
    for (int i = 0; i < report.results.size(); ++i)
        showStep(i, report.results.at(i));
    m_running = false;
    m_done = true;
    m_replace->setEnabled(true);
    const int done = report.count(cloud::StepResult::Status::Done);
    if (report.results.isEmpty())
        m_summary->setText(tr("The push did not start: %1").arg(m_manager->registry()->entry(m_cloud) ? m_manager->registry()->entry(m_cloud)->message : QString()));
    else if (report.complete())
        m_summary->setText(tr("Push complete: %n call(s) succeeded.", nullptr, done));
    else
        m_summary->setText(tr("Push incomplete: %1 succeeded, %2 failed, %3 not attempted. Plan Again plans from what the cloud holds now and finishes it.")
                               .arg(done)
                               .arg(report.count(cloud::StepResult::Status::Failed))
                               .arg(report.count(cloud::StepResult::Status::NotRun)));
    m_push->setText(tr("Plan &Again"));
    m_push->setEnabled(true);
}

QString PushDialog::summary() const
{
    return m_summary->text();
}
