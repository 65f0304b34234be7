#include "widgets/xmlpreviewpanel.h"

#include "widgets/elidedlabel.h"

#include "domainxml/xmldiff.h"
#include "flavors/flavorfiles.h"
#include "widgets/xmlview.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QToolButton *toolButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(objectName);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}
}

XmlPreviewPanel::XmlPreviewPanel(AppMode mode, QWidget *parent)
    : QWidget(parent)
    , m_title(new ElidedLabel(tr("Domain XML preview"), this))
    , m_status(new QLabel(this))
    , m_changes(toolButton(tr("Changes"), QStringLiteral("xmlShowChanges"), this))
    , m_copy(toolButton(tr("Copy"), QStringLiteral("xmlCopy"), this))
    , m_save(toolButton(tr("Save…"), QStringLiteral("xmlSave"), this))
    , m_view(new XmlView(this))
{
    m_view->setObjectName(QStringLiteral("xmlPreview"));
    m_status->setObjectName(QStringLiteral("xmlSchemaStatus"));
    m_status->setWordWrap(true);
    m_changes->setCheckable(true);
    m_changes->setToolTip(tr("Show what the last edit changed in the document"));
    connect(m_changes, &QToolButton::toggled, this, &XmlPreviewPanel::render);
    connect(m_copy, &QToolButton::clicked, this, &XmlPreviewPanel::copyToClipboard);
    connect(m_save, &QToolButton::clicked, this, &XmlPreviewPanel::save);

    // The profile is vDeck's own setting for the host (nova.conf values), never written to it.
    auto *profile = toolButton(tr("Compute Profile…"), QStringLiteral("xmlComputeProfile"), this);
    profile->setToolTip(tr("The host's nova.conf values that shape this document (cpu_dedicated_set, machine type, PCI aliases, ...)"));
    connect(profile, &QToolButton::clicked, this, &XmlPreviewPanel::profileRequested);

    // Three short rows instead of one long one: the pane stays narrow in every language, and a long
    // host name in the title is shortened (issue 20).
    m_title->setObjectName(QStringLiteral("xmlTitle"));
    auto *view = new QHBoxLayout;
    view->addWidget(m_changes);
    view->addWidget(m_copy);
    view->addWidget(m_save);
    view->addStretch(1);
    auto *host = new QHBoxLayout;
    host->addWidget(profile);
    if (mode == AppMode::Operator) { // auditors get no action that writes to a host
        m_validate = toolButton(tr("Validate on host"), QStringLiteral("xmlValidateOnHost"), this);
        m_validate->setToolTip(tr("Define the document on the host under a scratch name and undefine it at once"));
        connect(m_validate, &QToolButton::clicked, this, [this] {
            if (!m_current.isEmpty()) {
                m_status->setText(tr("Validating on the host…"));
                Q_EMIT validateRequested(m_current);
            }
        });
        host->addWidget(m_validate);
    }
    host->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(view);
    layout->addLayout(host);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    showNoHost();
}

void XmlPreviewPanel::setResult(const domainxml::BuildResult &result, const QString &hostName)
{
    m_title->setFullText(tr("Domain XML on %1").arg(hostName));
    if (result.ok()) {
        if (result.xml != m_current) {
            if (!m_current.isEmpty())
                m_previous = m_current;
            m_current = result.xml;
        }
        m_blocked.clear();
    } else {
        QStringList why;
        for (const rules::Finding &f : result.findings) {
            if (f.severity == rules::Severity::Error)
                why.append(QStringLiteral("[%1] %2: %3").arg(rules::stageName(f.stage), f.code, f.message));
        }
        m_blocked = tr("Nova would not build this guest:\n\n%1").arg(why.join(QLatin1Char('\n')));
        m_current.clear();
    }
    render();
}

void XmlPreviewPanel::showNoHost()
{
    m_title->setFullText(tr("Domain XML preview"));
    m_current.clear();
    m_blocked = tr("Open a host (or the demo host) to see the domain XML of this flavor on it.");
    render();
    m_schemaText.clear();
    m_errors.clear();
    m_status->clear();
}

void XmlPreviewPanel::setHostLive(bool live)
{
    if (live == m_hostLive)
        return;
    m_hostLive = live;
    render();
}

void XmlPreviewPanel::showValidation(bool ok, const QString &message)
{
    m_status->setText(ok ? tr("Host: accepted by libvirt") : tr("Host: %1").arg(message));
}

QString XmlPreviewPanel::displayedText() const
{
    return m_view->toPlainText();
}

QString XmlPreviewPanel::schemaStatus() const
{
    return m_status->text();
}

bool XmlPreviewPanel::showsChanges() const
{
    return m_changes->isChecked();
}

void XmlPreviewPanel::setShowChanges(bool on)
{
    m_changes->setChecked(on);
}

void XmlPreviewPanel::render()
{
    const bool haveDoc = !m_current.isEmpty();
    m_copy->setEnabled(haveDoc);
    m_save->setEnabled(haveDoc);
    m_changes->setEnabled(haveDoc && !m_previous.isEmpty());
    if (m_validate) {
        m_validate->setEnabled(haveDoc && m_hostLive);
        m_validate->setToolTip(m_hostLive ? tr("Define the document on the host under a scratch name and undefine it at once")
                                          : tr("Needs a live connection to the target host: a snapshot or a host that is not connected cannot define domains"));
    }
    // Messages (why there is no document) wrap; XML keeps its lines, shown from their start.
    const QPlainTextEdit::LineWrapMode wrap = haveDoc ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth;
    const bool wrapChanged = m_view->lineWrapMode() != wrap;
    if (wrapChanged)
        m_view->setLineWrapMode(wrap);
    if (!haveDoc) {
        m_view->setXml(m_blocked);
    } else if (m_changes->isChecked() && !m_previous.isEmpty()) {
        const QString diff = xmldiff::unified(m_previous, m_current, tr("before the last edit"), tr("now"));
        m_view->setXml(diff.isEmpty() ? tr("The last edit did not change the document.") : diff);
    } else {
        m_view->setXml(m_current);
    }
    if (wrapChanged)
        m_view->horizontalScrollBar()->setValue(0);
}

void XmlPreviewPanel::showSchema(bool checking, const std::optional<SchemaValidator::Result> &r)
{
    if (checking)
        m_schemaText = tr("Schema: checking…");
    else if (r)
        m_schemaText = r->valid ? tr("Schema: valid (libvirt domain.rng)") : tr("Schema: %1").arg(r->summary());
    else
        m_schemaText.clear();
    showStatus();
}

void XmlPreviewPanel::setFindings(const QList<rules::Finding> &findings)
{
    m_errors.clear();
    for (const rules::Finding &f : findings) {
        if (f.severity == rules::Severity::Error)
            m_errors.append(f.code);
    }
    showStatus();
}

void XmlPreviewPanel::showStatus()
{
    QString text = m_schemaText;
    if (!m_current.isEmpty() && !m_errors.isEmpty() && !text.isEmpty())
        text = tr("%1; but %n error(s) on this host: %2 (see Findings)", nullptr, int(m_errors.size()))
                   .arg(text, m_errors.join(QStringLiteral(", ")));
    m_status->setText(text);
}

void XmlPreviewPanel::copyToClipboard() const
{
    if (!m_current.isEmpty())
        QApplication::clipboard()->setText(m_current);
}

bool XmlPreviewPanel::saveTo(const QString &path, QString *error) const
{
    return flavors::saveAtomically(path, m_current.toUtf8(), error);
}

void XmlPreviewPanel::save()
{
    // The document as it is now, even if an edit regenerates the preview while the dialog is open.
    const QString xml = m_current;
    m_files->saveFile(this, tr("Save domain XML"), QStringLiteral("domain.xml"), tr("libvirt domain XML (*.xml)"),
                      [self = QPointer<XmlPreviewPanel>(this), xml](const QString &path) {
                          if (!self || path.isEmpty())
                              return;
                          QString error;
                          if (!flavors::saveAtomically(path, xml.toUtf8(), &error))
                              self->m_status->setText(tr("Not saved: %1").arg(error));
                      });
}
