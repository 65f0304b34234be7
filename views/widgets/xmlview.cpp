#include "widgets/xmlview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QTextCursor>

#include <algorithm>

namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
}

XmlView::XmlView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setUndoRedoEnabled(false); // read-only: the edits of setXml() are not the user's to undo
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("XML")));
    applyTheme();
}

void XmlView::setXml(const QString &text)
{
    const QString shown = document()->toPlainText();
    if (text == shown)
        return;
    // The common head and tail of the two texts (not overlapping), then one edit of the middle.
    const qsizetype limit = std::min(shown.size(), text.size());
    qsizetype head = 0;
    while (head < limit && shown.at(head) == text.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < limit - head && shown.at(shown.size() - 1 - tail) == text.at(text.size() - 1 - tail))
        ++tail;
    QTextCursor edit(document());
    edit.setPosition(int(head));
    edit.setPosition(int(shown.size() - tail), QTextCursor::KeepAnchor);
    edit.insertText(text.mid(head, text.size() - head - tail)); // '\n' becomes a block separator
}

QString XmlView::themeName() const
{
    return m_highlighter->theme().name();
}

void XmlView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void XmlView::applyTheme()
{
    const auto theme = repository().themeForPalette(palette());
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}
