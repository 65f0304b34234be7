#pragma once

#include <QString>

// Every Qt message (qDebug ... qCritical) from any thread while it lives, for tests that search
// what was logged. The previous message handler comes back when it is destroyed, also when a
// failing QVERIFY returns early. One at a time.
class MessageCapture
{
public:
    MessageCapture();
    ~MessageCapture();
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;

    QString text() const; // every message so far, one per line
};
