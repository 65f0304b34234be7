#include "driftpanel.h"

#include "core/runthen.h"
#include "dialogs/filechooser.h"
#include "drift/hostdrift.h"
#include "inventory/snapshotfile.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>

namespace {
struct Loaded
{
    std::optional<inventory::HostSnapshot> snapshot;
    QString error;
};
}

DriftPanel::DriftPanel(QWidget *parent)
    : QWidget(parent), m_choose(new QPushButton(tr("Compare with a baseline snapshot…"), this)), m_status(new QLabel(this)),
      m_findings(new QTreeWidget(this))
{
    m_choose->setObjectName(QStringLiteral("chooseBaseline"));
    m_status->setObjectName(QStringLiteral("driftStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Save a snapshot of the host when it is right (Capture Snapshot), and compare it after a reboot or an update."));
    m_findings->setObjectName(QStringLiteral("driftFindings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setHeaderLabels({tr("Severity"), tr("Code"), tr("Drift"), tr("Fix")});
    auto *top = new QHBoxLayout;
    top->addWidget(m_choose);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_findings, 1);
    connect(m_choose, &QPushButton::clicked, this, &DriftPanel::chooseBaseline);
}

void DriftPanel::setSnapshot(const inventory::HostSnapshot &snapshot)
{
    m_snapshot = snapshot;
    compare();
}

void DriftPanel::chooseBaseline()
{
    if (!m_chooser)
        m_chooser = std::make_shared<DialogFileChooser>();
    m_chooser->openFile(this, tr("Baseline snapshot"), tr("vDeck host snapshots (*.vdeckhost)"), [this](const QString &path) {
        if (!path.isEmpty())
            loadBaseline(path);
    });
}

void DriftPanel::loadBaseline(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Reading %1…").arg(path));
    runThen(this, [path] {
        Loaded l;
        inventory::HostSnapshot s;
        if (inventory::snapshotfile::load(path, &s, &l.error))
            l.snapshot = s;
        return l;
    }, [this, generation, path](const Loaded &l) {
        Q_ASSERT(QThread::currentThread() == thread());
        if (generation != m_generation)
            return;
        if (!l.snapshot) {
            m_status->setText(l.error);
            return;
        }
        m_baseline = l.snapshot;
        m_baselinePath = path;
        compare();
    });
}

void DriftPanel::compare()
{
    if (!m_baseline || m_snapshot.isNull())
        return;
    const QList<rules::Finding> found = drift::compare(*m_baseline, m_snapshot);
    m_findings->clear();
    for (const rules::Finding &f : found)
        m_findings->addTopLevelItem(new QTreeWidgetItem({rules::severityName(f.severity), f.code, f.message, f.fix}));
    m_status->setText(found.isEmpty() ? tr("No drift since %1 (%2).").arg(m_baseline->capturedAt().toString(Qt::ISODate), m_baselinePath)
                                      : tr("%n drift(s) since %1 (%2).", nullptr, int(found.size())).arg(m_baseline->capturedAt().toString(Qt::ISODate), m_baselinePath));
    Q_EMIT compared();
}
