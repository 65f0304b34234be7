#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <ctime>

// A 5 ms timer on the GUI thread that records the longest gap between two of its ticks: how
// long the event loop could not react. The GUI thread's CPU time in that gap tells our own work
// (CPU time close to the gap) from the machine not running us (CPU time far below it).
class StallProbe : public QObject
{
public:
    explicit StallProbe(int intervalMs = 5)
        : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        reset();
        m_timer.start(m_interval);
    }
    void reset()
    {
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
        m_maxGapNs = m_maxGapCpuNs = m_maxCpuNs = 0;
        m_ticks = 0;
    }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }      // wall time, the stall
    double maxGapCpuMs() const { return double(m_maxGapCpuNs) / 1e6; } // our CPU time in that gap
    double maxCpuMs() const { return double(m_maxCpuNs) / 1e6; }       // the most CPU between two ticks
    int ticks() const { return m_ticks; }

    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const qint64 gap = now - m_lastNs;
        if (gap > m_maxGapNs) {
            m_maxGapNs = gap;
            m_maxGapCpuNs = cpu - m_lastCpuNs;
        }
        m_maxCpuNs = std::max(m_maxCpuNs, cpu - m_lastCpuNs);
        m_lastNs = now;
        m_lastCpuNs = cpu;
        ++m_ticks;
    }

    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0, m_lastCpuNs = 0, m_maxGapNs = 0, m_maxGapCpuNs = 0, m_maxCpuNs = 0;
    int m_ticks = 0;
};
