#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

// QStyledItemDelegate with each cell's text drawn from a cache of laid-out QStaticText. Qt's
// style lays out, shapes (HarfBuzz) and elides every cell's text again at every paint; in the
// device tree that was half of the GUI thread's time after a node-device event (callgrind on
// bench_gui). Background, selection, check box, icon and focus still come from the style; the
// text is placed, elided and coloured as the style places it. Wrapped or multi-line text, icons
// above or below the text, and cells being edited are left to QStyledItemDelegate.
class StaticTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The view it paints for: a change of its style or font empties the caches (a new style may
    // even live where the old one did).
    explicit StaticTextDelegate(QWidget *view = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    int cachedTexts() const { return int(m_texts.size()); }

private:
    struct TextKey
    {
        QString text;
        QFont font;
        int width;
        int elideMode;
        int alignment;
        int direction;
        bool operator==(const TextKey &) const = default;
        friend size_t qHash(const TextKey &k, size_t seed = 0) { return qHashMulti(seed, k.text, k.font, k.width, k.elideMode, k.alignment, k.direction); }
    };
    struct GeometryKey
    {
        const QStyle *style;
        QSize size;
        int features;
        QSize decorationSize;
        int decorationPosition;
        int direction;
        bool operator==(const GeometryKey &) const = default;
        friend size_t qHash(const GeometryKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.style, k.size.width(), k.size.height(), k.features, k.decorationSize.width(), k.decorationSize.height(),
                              k.decorationPosition, k.direction);
        }
    };

    static bool isSimple(const QStyleOptionViewItem &opt);
    QRect textRect(const QStyleOptionViewItem &opt, const QStyle *style) const;
    const QStaticText &text(const QStyleOptionViewItem &opt, const QString &elided, int width) const;

    mutable QCache<TextKey, QStaticText> m_texts{2048}; // several screens of cells
    mutable QCache<GeometryKey, QRect> m_textRects{256}; // relative to the cell
};
