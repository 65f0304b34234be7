#pragma once

#include "flavors/flavor.h"

#include <QWidget>

class FlavorDocument;
class QPushButton;
class QTableWidget;

// The Neutron ports the instance boots with: vNIC type and physical network per port.
// Not part of the Nova flavor, but findings, operations and the XML depend on them.
class PortsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PortsEditor(FlavorDocument *doc, QWidget *parent = nullptr);
    void load(const flavors::Flavor &flavor);
    void setReadOnly(bool readOnly);

private:
    void rebuild();
    void edit(const QString &text, const std::function<void(QList<flavors::RequestedPort> &)> &change);

    FlavorDocument *m_doc;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<flavors::RequestedPort> m_shown;
    bool m_readOnly = false;
};
