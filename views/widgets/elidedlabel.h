#pragma once

#include <QLabel>

// A one-line label that shortens its text with "…" instead of widening its window: its minimum
// width is a few characters; the whole text is in the tool tip while it is shortened. Plain
// text only. (Long host names, titles with a host in them.)
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    bool isElided() const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();
    QString m_full;
    Qt::TextElideMode m_mode;
};
