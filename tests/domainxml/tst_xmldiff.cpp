// The line diff is a shortest edit script (as short as GNU diff --minimal) whose hunks, applied
// to the old document, give the new one.
#include "domainxml/xmldiff.h"
#include "processutil.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

namespace {
QString apply(const QString &before, const QList<xmldiff::Hunk> &hunks)
{
    QStringList in = before.split(QLatin1Char('\n'));
    if (!in.isEmpty() && in.constLast().isEmpty())
        in.removeLast();
    QStringList out;
    int next = 0; // index into in
    for (const auto &h : hunks) {
        const int start = h.oldCount ? h.oldStart - 1 : h.oldStart;
        while (next < start)
            out.append(in.at(next++));
        for (const auto &l : h.lines) {
            if (l.kind == xmldiff::Line::Added) {
                out.append(l.text);
            } else {
                if (in.at(next) != l.text)
                    return QStringLiteral("MISMATCH at old line %1").arg(next + 1);
                if (l.kind == xmldiff::Line::Same)
                    out.append(l.text);
                ++next;
            }
        }
    }
    while (next < in.size())
        out.append(in.at(next++));
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int changedLines(const QList<xmldiff::Hunk> &hunks)
{
    int n = 0;
    for (const auto &h : hunks)
        for (const auto &l : h.lines)
            n += l.kind != xmldiff::Line::Same;
    return n;
}

QString randomDoc(QRandomGenerator &rng, int lines)
{
    QString s;
    for (int i = 0; i < lines; ++i)
        s += QStringLiteral("  <e v='%1'/>\n").arg(rng.bounded(6));
    return s;
}
}

class TestXmlDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalDocumentsHaveNoDiff()
    {
        const QString doc = QStringLiteral("<domain>\n  <name>a</name>\n</domain>\n");
        QVERIFY(xmldiff::hunks(doc, doc).isEmpty());
        QVERIFY(xmldiff::unified(doc, doc).isEmpty());
    }

    void oneChangeMatchesDiffU()
    {
        const QString before = QStringLiteral("<domain>\n  <name>a</name>\n  <vcpu>2</vcpu>\n  <memory>1</memory>\n  <os/>\n  <cpu/>\n  <devices/>\n  <features/>\n</domain>\n");
        QString after = before;
        after.replace(QStringLiteral("<vcpu>2</vcpu>"), QStringLiteral("<vcpu>4</vcpu>"));
        after.replace(QStringLiteral("  <features/>\n"), QStringLiteral("  <features/>\n  <iommu/>\n"));
        QCOMPARE(xmldiff::unified(before, after, QStringLiteral("a.xml"), QStringLiteral("b.xml")),
                 QStringLiteral("--- a.xml\n+++ b.xml\n"
                                "@@ -1,9 +1,10 @@\n <domain>\n   <name>a</name>\n-  <vcpu>2</vcpu>\n+  <vcpu>4</vcpu>\n   <memory>1</memory>\n"
                                "   <os/>\n   <cpu/>\n   <devices/>\n   <features/>\n+  <iommu/>\n </domain>\n"));
        const auto hs = xmldiff::hunks(before, after, 1);
        QCOMPARE(hs.size(), 2);
        QCOMPARE(hs.at(0).oldStart, 2);
        QCOMPARE(hs.at(1).newStart, 8);
    }

    void randomEditsAreMinimalAndApply()
    {
        QRandomGenerator rng(20261121);
        QTemporaryDir dir;
        for (int round = 0; round < 60; ++round) {
            const QString a = randomDoc(rng, rng.bounded(0, 40));
            const QString b = randomDoc(rng, rng.bounded(0, 40));
            const auto hs = xmldiff::hunks(a, b, int(rng.bounded(0, 4)));
            QCOMPARE(apply(a, hs), b);
            // GNU diff --minimal counts the same number of changed lines.
            QFile fa(dir.filePath(QStringLiteral("a"))), fb(dir.filePath(QStringLiteral("b")));
            QVERIFY(fa.open(QIODevice::WriteOnly | QIODevice::Truncate) && fb.open(QIODevice::WriteOnly | QIODevice::Truncate));
            fa.write(a.toUtf8());
            fb.write(b.toUtf8());
            fa.close();
            fb.close();
            const ProcessResult r = runProcess(QStringLiteral("diff"), {QStringLiteral("--minimal"), QStringLiteral("-U0"), fa.fileName(), fb.fileName()});
            int gnu = 0;
            for (const QByteArray &line : r.out.split('\n'))
                gnu += (line.startsWith('+') && !line.startsWith("+++")) || (line.startsWith('-') && !line.startsWith("---"));
            QCOMPARE(changedLines(hs), gnu);
        }
    }
};

VDECK_TEST_MAIN(TestXmlDiff)
#include "tst_xmldiff.moc"
