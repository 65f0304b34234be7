#include "pycompat/pysetorder.h"

namespace pyset {
namespace {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr std::uint64_t kPrime1 = 11400714785074694791ULL;
constexpr std::uint64_t kPrime2 = 14029467366897019727ULL;
constexpr std::uint64_t kPrime5 = 2870177450012600261ULL;

} // namespace

Table::Table()
    : m_table(8)
{
}

bool Table::contains(std::uint64_t hash, int key) const
{
    for (const Entry &e : m_table)
        if (e.key == key && e.hash == hash)
            return true;
    return false;
}

void Table::insertClean(QList<Entry> &table, std::uint64_t hash, int key) const
{
    const std::uint64_t mask = std::uint64_t(table.size()) - 1;
    std::uint64_t perturb = hash;
    std::uint64_t i = hash & mask;
    while (true) {
        const int probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (int j = 0; j <= probes; ++j) {
            if (table.at(qsizetype(i) + j).key < 0) {
                table[qsizetype(i) + j] = Entry{hash, key};
                return;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void Table::add(std::uint64_t hash, int key)
{
    if (contains(hash, key))
        return;
    insertClean(m_table, hash, key); // without deletions the probe sequence is set_add_entry's
    ++m_used;
    const std::uint64_t mask = std::uint64_t(m_table.size()) - 1;
    if (std::uint64_t(m_used) * 5 < mask * 3)
        return;
    const int minUsed = m_used > 50000 ? m_used * 2 : m_used * 4;
    qsizetype size = 8;
    while (size <= minUsed)
        size <<= 1;
    QList<Entry> grown(size);
    for (const Entry &e : m_table)
        if (e.key >= 0)
            insertClean(grown, e.hash, e.key);
    m_table = grown;
}

QList<int> Table::order() const
{
    QList<int> out;
    for (const Entry &e : m_table)
        if (e.key >= 0)
            out.append(e.key);
    return out;
}

std::uint64_t intHash(int value)
{
    return std::uint64_t(value);
}

std::uint64_t tupleHash(const QList<int> &items)
{
    std::uint64_t acc = kPrime5;
    for (int v : items) {
        acc += intHash(v) * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += std::uint64_t(items.size()) ^ (kPrime5 ^ 3527539ULL);
    return acc == ~std::uint64_t(0) ? 1546275796ULL : acc;
}

QList<int> intSetOrder(const QList<int> &insertionOrder)
{
    Table t;
    for (int v : insertionOrder)
        t.add(intHash(v), v);
    return t.order();
}

QList<QList<int>> novaSiblingOrder(const QList<QList<int>> &cpuSiblings, const QList<int> &usable)
{
    // set(tuple(cpu.siblings) for cpu in cell.cpus): tuples in the order of their set
    QList<QList<int>> tuples;
    Table tupleSet;
    for (const QList<int> &spec : cpuSiblings) {
        const QList<int> tuple = intSetOrder(spec);
        qsizetype index = tuples.indexOf(tuple);
        if (index < 0) {
            tuples.append(tuple);
            index = tuples.size() - 1;
        }
        tupleSet.add(tupleHash(tuple), int(index));
    }
    QList<QList<int>> out;
    for (int index : tupleSet.order()) {
        // set(x), then `& cpus`, the NUMACell field copies, the database round trip and
        // free_siblings' `& free_pcpus`: each re-adds the elements in the previous set's order;
        // for sets this small the order only depends on whether their number is odd (it is)
        QList<int> kept;
        for (int cpu : intSetOrder(tuples.at(index)))
            if (usable.contains(cpu))
                kept.append(cpu);
        if (!kept.isEmpty())
            out.append(intSetOrder(kept));
    }
    return out;
}

} // namespace pyset
