#include "pages/flavorspage.h"

#include "rules/checker.h"

#include "document/flavordocument.h"
#include "flavoreditor/flavoreditor.h"
#include "flavoreditor/libraryactions.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/flavorlibrarymodel.h"
#include "widgets/messagebar.h"
#include "widgets/xmlpreviewpanel.h"
#include "widgets/xmlview.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

FlavorsPage::FlavorsPage(FlavorDocument *doc, AppMode mode, QWidget *parent)
    : Page(parent)
    , m_doc(doc)
    , m_actions(new LibraryActions(doc, mode, this))
    , m_model(new FlavorLibraryModel(this))
    , m_fileLabel(new QLabel(this))
    , m_library(new QListView(this))
    , m_editor(new FlavorEditor(doc, this))
    , m_xml(new XmlPreviewPanel(mode, this))
    , m_messages(new MessageBar(this))
    , m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_library->setObjectName(QStringLiteral("flavorLibrary"));
    m_library->setModel(m_model);
    m_library->setContextMenuPolicy(Qt::CustomContextMenu);
    m_fileLabel->setObjectName(QStringLiteral("libraryFile"));
    m_fileLabel->setWordWrap(true);

    connect(m_library->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing)
                    m_doc->setCurrentRow(current.isValid() ? current.row() : -1);
            });
    connect(m_library, &QWidget::customContextMenuRequested, this, &FlavorsPage::showLibraryMenu);
    connect(doc, &FlavorDocument::libraryChanged, this, &FlavorsPage::showLibrary);
    connect(doc, &FlavorDocument::currentChanged, this, &FlavorsPage::showLibrary);
    connect(doc, &FlavorDocument::fileStateChanged, this, &FlavorsPage::showFileState);
    connect(doc, &FlavorDocument::analysisChanged, this, &FlavorsPage::showFindingsSummary);
    connect(m_actions, &LibraryActions::errorOccurred, m_messages, &MessageBar::showError);
    connect(m_actions, &LibraryActions::message, m_messages, &MessageBar::showInfo);


    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("flavorSplitter"));
    splitter->addWidget(libraryPane());
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_summary);
    splitter->addWidget(editorPane);
    splitter->addWidget(m_xml);
    splitter->setChildrenCollapsible(false); // every pane keeps its minimum
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({200, 520, 370});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);
    showLibrary();
    showFileState();
    showFindingsSummary();
}

void FlavorsPage::setHostFindings(const QString &hostName, const QList<rules::Finding> &findings)
{
    m_hostName = hostName;
    m_hostFindings = findings;
    showFindingsSummary();
}

void FlavorsPage::showFindingsSummary()
{
    const bool onHost = !m_hostName.isEmpty() && m_doc->current();
    const QList<rules::Finding> &findings = onHost ? m_hostFindings : m_doc->findings();
    QString text = onHost ? tr("Nova %1 on %2: %3").arg(m_doc->release().displayName(), m_hostName.toHtmlEscaped(), FindingsModel::countsText(findings))
                          : tr("Nova %1: %2").arg(m_doc->release().displayName(), FindingsModel::countsText(findings));
    if (const rules::Finding *f = rules::reportedError(findings)) // the one Nova stops at
        text += QStringLiteral("<br><span style='color:#c01c28'>%1</span>").arg(QString(f->code + QStringLiteral(": ") + f->message).toHtmlEscaped());
    m_summary->setText(text);
    showErrorCounts();
}

QWidget *FlavorsPage::libraryPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_library, 1);
    auto *buttons = new QGridLayout; // two to a row: the pane stays narrow in every language
    for (QAction *a : m_actions->flavorActions()) {
        auto *b = new QToolButton(pane);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const int i = buttons->count();
        buttons->addWidget(b, i / 2, i % 2);
    }
    buttons->setColumnStretch(2, 1);
    layout->addLayout(buttons);
    return pane;
}

// Each flavor's error count in the library list: the current flavor's from the list the findings
// page shows (on the target host when there is one), the others' from the rules (checked again only
// when the flavor or the release changed).
void FlavorsPage::showErrorCounts()
{
    const QList<flavors::Flavor> &flavors = m_doc->library().flavors;
    m_counts.resize(flavors.size());
    QList<int> counts;
    for (int row = 0; row < flavors.size(); ++row) {
        if (row == m_doc->currentRow()) {
            const bool onHost = !m_hostName.isEmpty();
            const QList<rules::Finding> &findings = onHost ? m_hostFindings : m_doc->findings();
            counts << int(std::count_if(findings.cbegin(), findings.cend(), [](const rules::Finding &f) { return f.severity == rules::Severity::Error; }));
            continue;
        }
        CountCache &c = m_counts[row];
        if (c.release != m_doc->release().major() || !(c.flavor == flavors.at(row))) {
            const QList<rules::Finding> findings = rules::checkFlavor(flavors.at(row), m_doc->catalog(), rules::CheckOptions{m_doc->release()});
            c = {flavors.at(row), m_doc->release().major(),
                 int(std::count_if(findings.cbegin(), findings.cend(), [](const rules::Finding &f) { return f.severity == rules::Severity::Error; }))};
        }
        counts << c.errors;
    }
    m_model->setErrorCounts(counts);
}

void FlavorsPage::showLibrary()
{
    m_syncing = true;
    m_model->setLibrary(m_doc->library());
    showErrorCounts();
    const QModelIndex want = m_model->index(m_doc->currentRow(), 0);
    if (m_library->currentIndex() != want)
        m_library->setCurrentIndex(want);
    m_syncing = false;
}

void FlavorsPage::showFileState()
{
    const QString name = m_doc->filePath().isEmpty() ? tr("Unsaved library") : QFileInfo(m_doc->filePath()).fileName();
    QString text = m_doc->isModified() ? tr("%1 (modified)").arg(name) : name;
    if (m_doc->isReadOnly())
        text += QLatin1Char(' ') + tr("(read-only)");
    m_fileLabel->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    m_fileLabel->setToolTip(m_doc->filePath());
}

void FlavorsPage::showLibraryMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("libraryContextMenu"));
    menu.addActions(m_actions->flavorActions());
    if (!m_actions->flavorActions().isEmpty())
        menu.addSeparator();
    menu.addMenu(m_actions->exportMenu());
    menu.exec(m_library->viewport()->mapToGlobal(pos));
}

QString FlavorsPage::title() const
{
    return tr("Flavors");
}

QIcon FlavorsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-flavors.svg"));
}

void FlavorsPage::setFileChooser(const std::shared_ptr<FileChooser> &chooser)
{
    m_actions->setFileChooser(chooser);
    m_xml->setFileChooser(chooser);
}

void FlavorsPage::showXmlPreview()
{
    m_xml->view()->setFocus();
}
