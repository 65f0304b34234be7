#pragma once

#include <QList>
#include <QSplitter>
#include <QString>

#include <utility>

class DeviceTreeModel;
class QTreeWidget;
class XmlView;

namespace inventory {
struct GraphNode;
struct MdevType;
}

// The selected device: its properties (kind, address, driver, NUMA node, IOMMU group, PCIe link,
// VFs, netdev, mdev types, the guests that use it, what nova.conf [pci] makes of it ...) above
// libvirt's raw XML for it, highlighted.
class DeviceDetails : public QSplitter
{
    Q_OBJECT
public:
    explicit DeviceDetails(QWidget *parent = nullptr);

    // A device of the model's snapshot, with its guests and its PCI claim as the model has them.
    void showDevice(const DeviceTreeModel &model, const inventory::GraphNode &node);
    void showMdevType(const inventory::GraphNode &parent, const inventory::MdevType &type);
    void clear();
    QTreeWidget *properties() const { return m_properties; }
    XmlView *xml() const { return m_xml; }

private:
    static QString shownXml(const QString &xml);
    void add(const QString &name, const QString &value);
    void addPciClaim(const DeviceTreeModel &model, const QString &device);
    void showProperties();
    void showXmlOf(const QString &device, const QString &rawXml);

    QTreeWidget *m_properties;
    XmlView *m_xml;
    QString m_xmlOf;  // the device whose XML is shown
    QString m_rawXml; // and that XML, as libvirt gave it
    QList<std::pair<QString, QString>> m_pending, m_shown; // property rows: being collected, shown
};
