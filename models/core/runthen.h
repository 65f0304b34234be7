#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

// The project's one async idiom (docs/DEVELOPING.md, "Async work"): fn runs on pool, done gets
// its value on context's thread, always later from context's event loop, never inside the call
// (QFuture::then() runs a continuation at once when fn finished before it was attached, so a
// caller waiting for the signal done emits would miss it), and never once context is gone.
template<typename Fn, typename Done>
void runThen(QThreadPool *pool, QObject *context, Fn fn, Done done)
{
    using Value = std::decay_t<std::invoke_result_t<Fn>>;
    // On context's thread while context lives (then()'s guarantee); posted once more so that it
    // runs from the event loop even when then() ran it at once (a posted call dies with context).
    QtConcurrent::run(pool, std::move(fn)).then(context, [context, done = std::move(done)](Value value) mutable {
        QMetaObject::invokeMethod(context, [done = std::move(done), value = std::move(value)]() mutable { done(value); }, Qt::QueuedConnection);
    });
}

template<typename Fn, typename Done>
void runThen(QObject *context, Fn fn, Done done)
{
    runThen(QThreadPool::globalInstance(), context, std::move(fn), std::move(done));
}
