// ProgressPanel throttles its updates: the first shows at once, a burst after it shows only its
// latest update once the interval has passed, and a finished job's pending update never shows.
#include "testmain.h"
#include "widgets/progresspanel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>

class TestProgressPanel : public QObject
{
    Q_OBJECT
    static QProgressBar *bar(ProgressPanel &p) { return p.findChild<QProgressBar *>(QStringLiteral("progressBar")); }
    // What HostManager reports while host JOB is read.
    static void report(ProgressPanel &p, const QString &job, int done, int total)
    {
        p.showProgress(job, QStringLiteral("Reading devices of ") + job, done, total);
    }

private Q_SLOTS:
    void firstUpdateAtOnceThenTheLatestAfterTheInterval()
    {
        ProgressPanel panel;
        report(panel, QStringLiteral("a"), 1, 1000);
        QVERIFY(!panel.isHidden());
        QCOMPARE(bar(panel)->value(), 1);
        QElapsedTimer t;
        t.start();
        for (int i = 2; i <= 1000; ++i)
            report(panel, QStringLiteral("a"), i, 1000);
        QCOMPARE(bar(panel)->value(), 1); // the burst waits for the interval
        QTRY_COMPARE(bar(panel)->value(), 1000);
        QVERIFY(t.elapsed() >= ProgressPanel::updateIntervalMs - 10);
        QCOMPARE(bar(panel)->format(), QStringLiteral("1000 of 1000"));
    }

    void aFinishedJobsPendingUpdateNeverShows()
    {
        ProgressPanel panel;
        report(panel, QStringLiteral("a"), 1, 10);
        report(panel, QStringLiteral("a"), 9, 10);
        panel.finish(QStringLiteral("a"));
        QVERIFY(panel.isHidden());
        QTest::qWait(2 * ProgressPanel::updateIntervalMs);
        QVERIFY(panel.isHidden());
        QVERIFY(panel.job().isEmpty());
    }

    void anotherJobsUpdateShowsAfterTheShownJobEnds()
    {
        ProgressPanel panel;
        report(panel, QStringLiteral("a"), 1, 10);
        report(panel, QStringLiteral("b"), 3, 20);
        panel.finish(QStringLiteral("a"));
        QVERIFY(panel.isHidden());
        QTRY_COMPARE(panel.job(), QStringLiteral("b"));
        QVERIFY(!panel.isHidden());
        QCOMPARE(panel.text(), QStringLiteral("Reading devices of b"));
        QCOMPARE(bar(panel)->value(), 3);
    }
};

VDECK_GUI_TEST_MAIN(TestProgressPanel)
#include "tst_progresspanel.moc"
