#pragma once

#include <QStringList>
#include <QWidget>

class FlavorDocument;
class QTableWidget;
namespace flavors {
struct Flavor;
}

// hw:numa_cpus.N and hw:numa_mem.N for each guest NUMA node N (one row per node of
// hw:numa_nodes, or per map already present). An empty cell removes that key.
class NumaMapsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NumaMapsEditor(FlavorDocument *doc, QWidget *parent = nullptr);
    void load(const flavors::Flavor &flavor);
    void setReadOnly(bool readOnly);
    static QStringList allKeys(); // every hw:numa_cpus.N / hw:numa_mem.N this editor shows

private:
    void rebuild();
    FlavorDocument *m_doc;
    QTableWidget *m_table;
    QList<QStringList> m_shown; // per node: cpus, mem
    bool m_readOnly = false;
};
