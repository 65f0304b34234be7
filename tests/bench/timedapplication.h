#pragma once

#include "stallprobe.h"

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QPaintEvent>
#include <QMetaEnum>
#include <QThread>
#include <QTextStream>

#include <algorithm>

// A QApplication that times each event the GUI thread's event loop delivers (the outermost
// delivery only: what one turn of the loop spent on it) and keeps the slowest, so a benchmark
// can say what a stall was made of: the receiver's class and name (and its parent's, which names
// the owner of a QTimer or the widget a queued slot call went to) and the event type (MetaCall
// is a queued slot or invokeMethod; UpdateRequest a repaint).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Delivery
    {
        qint64 cpuNs = 0;
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_keep > 0 && event->type() == QEvent::Paint)
            return timedPaint(receiver, event);
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Named before the delivery: it may delete the receiver (DeferredDelete, a slot).
        const QEvent::Type type = event->type();
        const Name who(receiver), parent(receiver->parent());
        ++m_depth;
        const qint64 cpu0 = StallProbe::threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 cpu = StallProbe::threadCpuNs() - cpu0;
        --m_depth;
        if (m_keep > 0 && (m_slowest.size() < m_keep || cpu > m_slowest.constLast().cpuNs))
            record(cpu, who, parent, type);
        return result;
    }

    void keepSlowest(int n)
    {
        m_keep = n;
        m_slowest.clear();
        m_paints.clear();
    }
    const QList<Delivery> &slowest() const { return m_slowest; }
    void printSlowest(QTextStream &out) const
    {
        if (m_keep <= 0)
            return;
        for (const Delivery &d : m_slowest)
            out << "    " << QString::number(double(d.cpuNs) / 1e6, 'f', 1) << " ms CPU: " << d.what << '\n';
        QList<std::pair<qint64, QString>> paints;
        for (auto it = m_paints.cbegin(); it != m_paints.cend(); ++it)
            paints.append({it->ns, QStringLiteral("%1 (%2 paint events, %3 kpixels each, the last %4x%5+%6+%7)")
                                       .arg(it.key())
                                       .arg(it->count)
                                       .arg(it->pixels / 1000 / std::max(1, it->count))
                                       .arg(it->last.width())
                                       .arg(it->last.height())
                                       .arg(it->last.x())
                                       .arg(it->last.y())});
        std::sort(paints.begin(), paints.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        out << "  painting, CPU by widget (the widget's own paintEvent, children apart):\n";
        for (qsizetype i = 0; i < std::min<qsizetype>(paints.size(), m_keep); ++i)
            out << "    " << QString::number(double(paints.at(i).first) / 1e6, 'f', 1) << " ms: " << paints.at(i).second << '\n';
    }

private:
    bool timedPaint(QObject *receiver, QEvent *event)
    {
        const Name who(receiver);
        const QRect rect = static_cast<QPaintEvent *>(event)->rect();
        const qint64 cpu0 = StallProbe::threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        Paints &p = m_paints[who.text()];
        p.ns += StallProbe::threadCpuNs() - cpu0;
        ++p.count;
        p.pixels += qint64(rect.width()) * rect.height();
        p.last = rect;
        return result;
    }

    struct Name
    {
        explicit Name(const QObject *o)
            : className(o ? o->metaObject()->className() : nullptr)
            , objectName(o ? o->objectName() : QString())
        {
            if (o && o->parent() && objectName == QLatin1String("qt_scrollarea_viewport")) // whose viewport
                objectName = o->parent()->objectName() + QLatin1String("/viewport");
        }
        QString text() const
        {
            if (!className)
                return QStringLiteral("-");
            return QString::fromLatin1(className) + (objectName.isEmpty() ? QString() : QLatin1Char('#') + objectName);
        }
        const char *className; // static storage: valid after the object is gone
        QString objectName;
    };

    void record(qint64 cpu, const Name &who, const Name &parent, QEvent::Type type)
    {
        const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        Delivery d{cpu, QStringLiteral("%1 to %2 (in %3)").arg(name ? QString::fromLatin1(name) : QString::number(type), who.text(), parent.text())};
        const auto at = std::upper_bound(m_slowest.begin(), m_slowest.end(), d, [](const Delivery &a, const Delivery &b) { return a.cpuNs > b.cpuNs; });
        m_slowest.insert(at, d);
        if (m_slowest.size() > m_keep)
            m_slowest.removeLast();
    }

    int m_depth = 0;
    int m_keep = 0;
    QList<Delivery> m_slowest;
    struct Paints
    {
        qint64 ns = 0, pixels = 0;
        int count = 0;
        QRect last;
    };
    QHash<QString, Paints> m_paints; // per widget
};
