#pragma once

#include "cloud/cloudclient.h"
#include "cloud/cloudconfig.h"

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace cloud {

// Cloud work off the GUI thread: each task runs on a thread of the tasks' own small pool (its
// calls block that thread, so never the global pool) with a CloudClient of its own, and gives
// its result as a QFuture, or to a context object through runThen(). cancelAll() aborts the
// requests in flight within 50 ms (the task then sees CloudError::Kind::Cancelled); the
// destructor cancels and waits.
class CloudTasks : public QObject
{
    Q_OBJECT
public:
    explicit CloudTasks(QObject *parent = nullptr);
    ~CloudTasks() override;

    template<typename Work>
    auto run(CloudConfig config, Work work) -> QFuture<decltype(work(std::declval<CloudClient &>()))>
    {
        auto cancel = m_cancel;
        return QtConcurrent::run(&m_pool, [config = std::move(config), work = std::move(work), cancel]() {
            CloudClient client(config);
            client.setCancelFlag(cancel);
            return work(client);
        });
    }

    // run(), and done(value) on context's thread as runThen() (models/core/runthen.h) gives it:
    // later, from context's event loop, never inside the call, and not at all once context is gone.
    template<typename Work, typename Done>
    void runThen(QObject *context, CloudConfig config, Work work, Done done)
    {
        using Value = std::decay_t<decltype(work(std::declval<CloudClient &>()))>;
        run(std::move(config), std::move(work)).then(context, [context, done = std::move(done)](Value value) mutable {
            QMetaObject::invokeMethod(context, [done = std::move(done), value = std::move(value)]() mutable { done(value); }, Qt::QueuedConnection);
        });
    }

    void cancelAll();
    bool idle() const { return m_pool.activeThreadCount() == 0; }

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace cloud
