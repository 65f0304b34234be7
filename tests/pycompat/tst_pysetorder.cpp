// CPython set iteration order, checked against what Nova 31 on Python 3.13 reports for the demo
// host's first NUMA cell (NUMACell.free_siblings after the database round trip).
#include "pycompat/pysetorder.h"
#include "testmain.h"

class TestPySetOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intSets()
    {
        QCOMPARE(pyset::intSetOrder({0, 32}), (QList<int>{0, 32}));
        QCOMPARE(pyset::intSetOrder({3, 35}), (QList<int>{35, 3}));
        QCOMPARE(pyset::intSetOrder({9, 1, 17, 5, 3, 2}), (QList<int>{1, 2, 3, 5, 9, 17})); // grown to 32 slots
    }

    void tupleHash()
    {
        // hash((0, 32)) and hash(()) in CPython 3.8+ (64-bit)
        QCOMPARE(pyset::tupleHash({}), std::uint64_t(5740354900026072187ULL));
        QCOMPARE(pyset::tupleHash({0, 32}), std::uint64_t(16390213721735451308ULL));
    }

    void demoHostSiblings()
    {
        QList<QList<int>> specs;
        QList<int> usable;
        for (int i = 0; i < 16; ++i)
            specs.append({i, i + 32});
        for (int i = 0; i < 16; ++i)
            specs.append({i, i + 32});
        for (int i = 0; i < 16; ++i)
            usable << i << i + 32;
        const QList<QList<int>> nova{{46, 14}, {43, 11}, {45, 13}, {0, 32}, {9, 41}, {1, 33}, {38, 6}, {35, 3},
                                     {39, 7}, {37, 5}, {10, 42}, {12, 44}, {2, 34}, {47, 15}, {4, 36}, {8, 40}};
        QCOMPARE(pyset::novaSiblingOrder(specs, usable), nova);
    }
};

VDECK_TEST_MAIN(TestPySetOrder)
#include "tst_pysetorder.moc"
