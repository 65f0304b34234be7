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
    void setXml(const QString &xml);
    QString themeName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};
