#include "pages/findingspage.h"

#include "core/findingtext.h"
#include "document/flavordocument.h"
#include "itemmodels/findingsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

FindingsPage::FindingsPage(FlavorDocument *doc, QWidget *parent)
    : Page(parent)
    , m_doc(doc)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_fix(new QPushButton(tr("&Fix"), this))
    , m_show(new QPushButton(tr("&Show in Editor"), this))
    , m_details(new QLabel(this))
{
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(80);
    m_heading->setObjectName(QStringLiteral("findingsHeading"));
    m_view->setObjectName(QStringLiteral("findingsView"));
    // Sortable by any column (severity and stage in Nova's order), filtered by any text; the
    // unsorted order is the one list's (errors first, the one Nova reports on top).
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(220);
    m_heading->setWordWrap(true); // a long flavor or host name wraps instead of widening the window
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *copy = new QAction(tr("&Copy Findings"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &FindingsPage::copySelected);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 105);
    m_view->setColumnWidth(FindingsModel::CodeColumn, 230);
    m_view->setColumnWidth(FindingsModel::StageColumn, 130);
    m_view->setColumnWidth(FindingsModel::HttpColumn, 50);
    m_view->setColumnWidth(FindingsModel::FixColumn, 260);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("Apply the finding's fix to the flavor (undoable)"));
    m_show->setObjectName(QStringLiteral("showInEditorButton"));
    m_fix->setVisible(!doc->isReadOnly()); // the library is read-only for auditors

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPage::selectionChanged);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT focusRequested(index.siblingAtColumn(0).data(FindingsModel::KeysRole).toStringList(), true);
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        Q_EMIT focusRequested(m_view->currentIndex().siblingAtColumn(0).data(FindingsModel::KeysRole).toStringList(), true);
    });
    connect(m_fix, &QPushButton::clicked, this, &FindingsPage::applyFix);
    connect(doc, &FlavorDocument::analysisChanged, this, &FindingsPage::refresh);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_fix);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_filter);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    refresh();
}

void FindingsPage::refresh()
{
    const QString code = m_view->currentIndex().siblingAtColumn(0).data(FindingsModel::CodeRole).toString();
    const flavors::Flavor *f = m_doc->current();
    m_model->setFindings(f && !m_hostName.isEmpty() ? m_hostFindings : m_doc->findings());
    if (!f)
        m_heading->setText(tr("No flavor selected"));
    else if (m_hostName.isEmpty())
        m_heading->setText(tr("<b>%1</b> on Nova %2: %3").arg(f->name.toHtmlEscaped(), m_doc->release().displayName(), FindingsModel::countsText(m_model->rows())));
    else
        m_heading->setText(tr("<b>%1</b> on Nova %2, host %3: %4")
                               .arg(f->name.toHtmlEscaped(), m_doc->release().displayName(), m_hostName.toHtmlEscaped(), FindingsModel::countsText(m_model->rows())));
    // The same finding stays selected while one flavor is edited; another flavor starts at the top.
    const int row = m_doc->currentRow() == m_shownFlavor ? std::max(m_model->rowOfCode(code), 0) : 0;
    m_shownFlavor = m_doc->currentRow();
    m_refreshing = true;
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(shown.isValid() ? shown : m_proxy->index(0, 0));
    selectionChanged();
    m_refreshing = false;
}

void FindingsPage::setHostFindings(const QString &hostName, const QList<rules::Finding> &findings)
{
    if (hostName == m_hostName && findings == m_hostFindings)
        return;
    m_hostName = hostName;
    m_hostFindings = findings;
    refresh();
}

void FindingsPage::selectionChanged()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    m_fix->setEnabled(current.isValid() && current.data(FindingsModel::FixableRole).toBool());
    m_show->setEnabled(current.isValid());
    m_details->setText(current.isValid() ? details(m_model->rowAt(m_proxy->mapToSource(current).row())) : QString());
    if (current.isValid() && !m_refreshing)
        Q_EMIT focusRequested(current.data(FindingsModel::KeysRole).toStringList(), false);
}

QString FindingsPage::details(const rules::Finding &f) const
{
    QString html = QStringLiteral("<p><b>%1</b> %2</p>").arg(f.code.toHtmlEscaped(), f.message.toHtmlEscaped());
    QStringList facts;
    facts.append(tr("Stage %1").arg(FindingsModel::stageLabel(f.stage)));
    if (!f.novaException.isEmpty())
        facts.append(tr("Nova raises %1").arg(f.novaException));
    if (f.httpStatus)
        facts.append(tr("HTTP %1 on Nova %2").arg(f.httpStatus).arg(m_doc->release().displayName()));
    if (!f.keys.isEmpty())
        facts.append(tr("Keys: %1").arg(f.keys.join(QStringLiteral(", "))));
    if (f.novaReports)
        facts.append(tr("the error Nova reports"));
    else if (f.laterBlocker)
        facts.append(tr("a later blocker: Nova reports it once the errors before it are fixed"));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!f.fix.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("<b>Fix:</b>"), FindingText::fix(f.fix).toHtmlEscaped());
    return html;
}

void FindingsPage::applyFix()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_doc->applyFix(m_model->rowAt(m_proxy->mapToSource(current).row()));
}

void FindingsPage::copySelected() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows = {m_view->currentIndex().siblingAtColumn(0)};
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList text;
    for (const QModelIndex &i : rows)
        text << i.data(FindingsModel::TextRole).toString();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

QString FindingsPage::title() const
{
    return tr("Findings");
}

QIcon FindingsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-findings.svg"));
}
