#include "pages/operationspage.h"

#include "document/flavordocument.h"
#include "itemmodels/operationsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

OperationsPage::OperationsPage(FlavorDocument *doc, QWidget *parent)
    : Page(parent)
    , m_doc(doc)
    , m_model(new OperationsModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
{
    m_details->setObjectName(QStringLiteral("operationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(80);
    m_heading->setObjectName(QStringLiteral("operationsHeading"));
    m_view->setObjectName(QStringLiteral("operationsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(OperationsModel::ReasonColumn, QHeaderView::Stretch);
    // Operation names and verdicts are short, but longer in French and German: never cut.
    m_view->header()->setSectionResizeMode(OperationsModel::OperationColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(OperationsModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(OperationsModel::HttpColumn, 50);
    m_view->setColumnWidth(OperationsModel::WorkaroundColumn, 300);
    connect(doc, &FlavorDocument::analysisChanged, this, &OperationsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OperationsPage::showDetails);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    refresh();
}

void OperationsPage::refresh()
{
    m_model->setVerdicts(m_doc->operations());
    const flavors::Flavor *f = m_doc->current();
    m_heading->setText(f ? tr("Lifecycle operations of <b>%1</b> on Nova %2").arg(f->name.toHtmlEscaped(), m_doc->release().displayName())
                         : tr("No flavor selected"));
    // Keep the selected operation; else show the first one that is not simply allowed.
    int row = m_doc->currentRow() == m_shownFlavor ? m_view->currentIndex().row() : -1;
    m_shownFlavor = m_doc->currentRow();
    for (int r = 0; row < 0 && r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r).verdict != rules::Verdict::Allowed)
            row = r;
    }
    m_view->setCurrentIndex(m_model->index(std::max(row, 0), 0));
    showDetails();
}

void OperationsPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const rules::OperationVerdict &v = m_model->rowAt(current.row());
    QString html = QStringLiteral("<p><b>%1</b>: %2").arg(OperationsModel::operationLabel(v.operation), OperationsModel::verdictLabel(v.verdict));
    if (v.httpStatus)
        html += QLatin1Char(' ') + tr("(HTTP %1)").arg(v.httpStatus);
    html += QStringLiteral("</p>");
    if (!v.reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(v.reason.toHtmlEscaped());
    if (!v.workaround.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("<b>Workaround:</b>"), v.workaround.toHtmlEscaped());
    m_details->setText(html);
}

QString OperationsPage::title() const
{
    return tr("Operations");
}

QIcon OperationsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-operations.svg"));
}
