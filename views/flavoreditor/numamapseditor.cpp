#include "flavoreditor/numamapseditor.h"

#include "document/flavordocument.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString kCpus = QStringLiteral("hw:numa_cpus.%1");
const QString kMem = QStringLiteral("hw:numa_mem.%1");
constexpr int kMaxNodes = 16;

QList<QStringList> mapsOf(const flavors::Flavor &f)
{
    static const QRegularExpression mapKey(QStringLiteral("^hw:numa_(cpus|mem)\\.(\\d+)$"));
    int nodes = std::clamp(f.extraSpecs.value(QStringLiteral("hw:numa_nodes")).value_or(QString()).toInt(), 0, kMaxNodes);
    for (const flavors::Property &p : f.extraSpecs.items()) {
        const QRegularExpressionMatch m = mapKey.match(p.key);
        if (m.hasMatch())
            nodes = std::max(nodes, std::min(m.captured(2).toInt() + 1, kMaxNodes));
    }
    QList<QStringList> rows;
    for (int n = 0; n < nodes; ++n)
        rows.append({f.extraSpecs.value(kCpus.arg(n)).value_or(QString()), f.extraSpecs.value(kMem.arg(n)).value_or(QString())});
    return rows;
}
}

NumaMapsEditor::NumaMapsEditor(FlavorDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(QStringLiteral("numaMaps"));
    m_table->setHorizontalHeaderLabels({tr("vCPUs (hw:numa_cpus.N)"), tr("Memory MB (hw:numa_mem.N)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(150);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const QString key = (item->column() == 0 ? kCpus : kMem).arg(item->row());
        const QString value = item->text().trimmed();
        m_doc->editCurrent(tr("Set %1").arg(key), [&key, &value](flavors::Flavor &f) {
            if (value.isEmpty())
                f.extraSpecs.remove(key);
            else
                f.extraSpecs.set(key, value);
        });
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

QStringList NumaMapsEditor::allKeys()
{
    QStringList keys;
    for (int n = 0; n < kMaxNodes; ++n)
        keys << kCpus.arg(n) << kMem.arg(n);
    return keys;
}

void NumaMapsEditor::load(const flavors::Flavor &flavor)
{
    const QList<QStringList> maps = mapsOf(flavor);
    if (maps == m_shown && m_table->rowCount() == maps.size())
        return;
    m_shown = maps;
    rebuild();
}

void NumaMapsEditor::rebuild()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_shown.size()));
    QStringList labels;
    for (int n = 0; n < m_shown.size(); ++n) {
        labels.append(tr("Node %1").arg(n));
        for (int c = 0; c < 2; ++c) {
            auto *item = new QTableWidgetItem(m_shown.at(n).at(c));
            if (m_readOnly)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(n, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(labels);
}

void NumaMapsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}
