#include "flavoreditor/portseditor.h"

#include "document/flavordocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using flavors::RequestedPort;

PortsEditor::PortsEditor(FlavorDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add port"), this))
    , m_remove(new QPushButton(tr("Remove port"), this))
{
    m_table->setObjectName(QStringLiteral("portsTable"));
    m_table->setHorizontalHeaderLabels({tr("vNIC type"), tr("Physical network")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(160);
    m_add->setObjectName(QStringLiteral("addPort"));
    m_remove->setObjectName(QStringLiteral("removePort"));

    connect(m_add, &QPushButton::clicked, this, [this] {
        edit(tr("Add port"), [](QList<RequestedPort> &ports) { ports.append(RequestedPort{}); });
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row >= 0)
            edit(tr("Remove port"), [row](QList<RequestedPort> &ports) { ports.removeAt(row); });
    });
    // Queued: the edit rebuilds the table, which must not happen while the view is still
    // committing the cell's editor (QAbstractItemView::commitData warned, issue 20).
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const int row = item->row();
        const QString physnet = item->text().trimmed();
        QMetaObject::invokeMethod(this, [this, row, physnet] {
            edit(tr("Set physical network"), [row, physnet](QList<RequestedPort> &ports) {
                if (row < ports.size())
                    ports[row].physnet = physnet;
            });
        }, Qt::QueuedConnection);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void PortsEditor::edit(const QString &text, const std::function<void(QList<RequestedPort> &)> &change)
{
    m_doc->editCurrent(text, [&change](flavors::Flavor &f) { change(f.ports); });
}

void PortsEditor::load(const flavors::Flavor &flavor)
{
    if (flavor.ports == m_shown && m_table->rowCount() == m_shown.size())
        return;
    m_shown = flavor.ports;
    rebuild();
}

void PortsEditor::rebuild()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        auto *type = new QComboBox(m_table);
        type->setObjectName(QStringLiteral("portVnicType%1").arg(row));
        type->addItems(flavors::vnicTypeNames());
        type->setCurrentText(m_shown.at(row).vnicType);
        type->setEnabled(!m_readOnly);
        connect(type, &QComboBox::activated, this, [this, row, type] {
            const QString vnic = type->currentText();
            edit(tr("Set vNIC type"), [row, vnic](QList<RequestedPort> &ports) { ports[row].vnicType = vnic; });
        });
        m_table->setCellWidget(row, 0, type);
        auto *physnet = new QTableWidgetItem(m_shown.at(row).physnet);
        if (m_readOnly)
            physnet->setFlags(physnet->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 1, physnet);
    }
    m_table->resizeColumnToContents(0);
}

void PortsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    rebuild();
}
