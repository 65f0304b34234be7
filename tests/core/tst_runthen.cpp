// runThen() (models/core/runthen.h): the value arrives on the context's thread, from its event
// loop, never inside the call that asked, and not at all once the context is gone.
#include "core/runthen.h"

#include <QSignalSpy>
#include <QTest>
#include <QSemaphore>
#include <QThread>

#include <vector>

class TestRunThen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverInsideTheCall()
    {
        // fn is trivial: it often finishes before the continuation is attached, when a bare
        // QFuture::then(context, ...) would run it at once, inside the caller.
        constexpr int kCalls = 2000;
        std::vector<char> returned(kCalls, 0);
        int inside = 0;
        int arrived = 0;
        for (int i = 0; i < kCalls; ++i) {
            runThen(this, [i] { return i; }, [&, i](int value) {
                QCOMPARE(value, i);
                QCOMPARE(QThread::currentThread(), thread());
                if (!returned[i])
                    ++inside;
                ++arrived;
            });
            returned[i] = 1;
        }
        QTRY_COMPARE(arrived, kCalls);
        QCOMPARE(inside, 0);
    }

    void droppedWhenTheContextIsGone()
    {
        bool ran = false;
        auto *context = new QObject;
        QSemaphore started;
        QSemaphore release;
        runThen(context, [&] {
            started.release();
            release.acquire();
            return 1;
        }, [&ran](int) { ran = true; });
        started.acquire();
        delete context;
        release.release();
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestRunThen)
#include "tst_runthen.moc"
