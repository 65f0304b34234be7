#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// Read-only XML text, highlighted by KF6 SyntaxHighlighting with a theme that follows the
// palette (dark or light). Used for the domain XML preview and a device's raw XML.
class XmlView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit XmlView(QWidget *parent = nullptr);
    // Shows `text` (a document, a diff or a message) by replacing only the part that differs from
    // what is shown: after a flavor edit the view keeps its scroll position, and the highlighter
    // re-highlights the changed lines (and those whose state they change), not the document.
    void setXml(const QString &text);
    QString themeName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};
