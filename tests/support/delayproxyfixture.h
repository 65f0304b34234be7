#pragma once

#include <QProcess>
#include <QString>

#include <memory>

// tools/delay-proxy.py in front of a TCP port on 127.0.0.1: every chunk is forwarded one-way-delay
// ms after it arrived, in each direction (RTT = 2 x delay), the stream stays pipelined. For the
// remote benchmarks (the kernel has no netem). Stopped by the destructor, killed with the test.
class DelayProxyFixture
{
public:
    DelayProxyFixture() = default;
    ~DelayProxyFixture();
    DelayProxyFixture(const DelayProxyFixture &) = delete;
    DelayProxyFixture &operator=(const DelayProxyFixture &) = delete;

    // Starts the proxy towards 127.0.0.1:targetPort and waits until it listens.
    bool start(quint16 targetPort, double oneWayDelayMs, QString *error, int timeoutMs = 15000);
    void stop();
    quint16 port() const { return m_port; }
    qint64 pid() const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};
