#include "messagecapture.h"

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace {
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker lock(&g_mutex);
    g_messages.append(message);
}
} // namespace

MessageCapture::MessageCapture()
{
    {
        const QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    g_previous = qInstallMessageHandler(capture);
}

MessageCapture::~MessageCapture()
{
    qInstallMessageHandler(g_previous);
}

QString MessageCapture::text() const
{
    const QMutexLocker lock(&g_mutex);
    return g_messages.join(QLatin1Char('\n'));
}
