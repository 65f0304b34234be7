#include "pages/flavorspage.h"

#include "document/flavordocument.h"
#include "flavoreditor/flavoreditor.h"
#include "flavoreditor/libraryactions.h"
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

void FlavorsPage::showFindingsSummary()
{
    int counts[3] = {0, 0, 0};
    for (const rules::Finding &f : m_doc->findings())
        ++counts[int(f.severity)];
    QString text = tr("Nova %1: %2 error(s), %3 warning(s), %4 note(s)")
                       .arg(m_doc->release().displayName())
                       .arg(counts[0])
                       .arg(counts[1])
                       .arg(counts[2]);
    for (const rules::Finding &f : m_doc->findings()) {
        if (f.severity == rules::Severity::Error) { // the one Nova stops at
            text += QStringLiteral("<br><span style='color:#c01c28'>%1</span>").arg(QString(f.code + QStringLiteral(": ") + f.message).toHtmlEscaped());
            break;
        }
    }
    m_summary->setText(text);
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

void FlavorsPage::showLibrary()
{
    m_syncing = true;
    m_model->setLibrary(m_doc->library());
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
