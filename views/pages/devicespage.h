#pragma once

#include "page.h"

class QLineEdit;
class QComboBox;
class QTreeView;
class XmlView;

// Devices: the logical device tree of the selected host (PF -> VFs -> vDPA/netdevs,
// mdev parents -> types -> mdevs), filters, and the selected device's details and raw XML.
class DevicesPage : public Page
{
    Q_OBJECT
public:
    explicit DevicesPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("devices"); }
    QString title() const override;
    QIcon icon() const override;

private:
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_numa;
    QTreeView *m_tree;
    XmlView *m_xml;
};
