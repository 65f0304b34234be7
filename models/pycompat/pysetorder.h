#pragma once

#include <QList>

#include <cstdint>

// Nova's CPU pinning depends on the iteration order of Python sets (thread siblings are kept as
// sets, and _pack_instance_onto_cores takes `list(sibling)[:threads]`). This reproduces
// CPython's (3.8 to 3.13) set table - hash & mask, 9 linear probes, perturbed probing, growth at
// 60% fill - for sets of small ints and of int tuples, so vDeck pins the same pCPUs Nova does.
namespace pyset {

// A CPython set of keys identified by (hash, index into the caller's key list).
class Table
{
public:
    Table();
    bool contains(std::uint64_t hash, int key) const;
    void add(std::uint64_t hash, int key); // no-op when present (keys equal <=> same index)
    QList<int> order() const;              // iteration order

private:
    struct Entry
    {
        std::uint64_t hash = 0;
        int key = -1;
    };
    void insertClean(QList<Entry> &table, std::uint64_t hash, int key) const;
    QList<Entry> m_table;
    int m_used = 0;
};

std::uint64_t intHash(int value);                      // hash(n) for 0 <= n < 2**61 - 1
std::uint64_t tupleHash(const QList<int> &items);      // hash(tuple_of_ints)
QList<int> intSetOrder(const QList<int> &insertionOrder); // list(set) after adding in this order

// The thread siblings of a host NUMA cell in the order Nova's NUMACell.free_siblings yields
// them, each in its own iteration order: `cpuSiblings` is every CPU's siblings list as in the
// capabilities XML (CPU order), `usable` the CPUs Nova may use.
QList<QList<int>> novaSiblingOrder(const QList<QList<int>> &cpuSiblings, const QList<int> &usable);

} // namespace pyset
