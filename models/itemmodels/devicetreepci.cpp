// DeviceTreeModel: each PCI device's claim by the host's nova.conf [pci] (PciColumn).
#include "itemmodels/devicetreemodel.h"

QString DeviceTreeModel::pciShown(const pci::DeviceClaim &claim)
{
    const QString type = pci::devTypeName(claim.device.devType);
    if (claim.spec < 0)
        return tr("%1: not claimed").arg(type);
    if (claim.aliases.isEmpty())
        return tr("%1: spec #%2").arg(type).arg(claim.spec);
    return tr("%1: spec #%2, alias %3").arg(type).arg(claim.spec).arg(claim.aliases.join(QStringLiteral(", ")));
}

const pci::DeviceClaim *DeviceTreeModel::pciClaim(const QString &device) const
{
    const auto it = m_claimOf.constFind(device);
    return it == m_claimOf.constEnd() ? nullptr : &m_pci->devices.at(*it);
}

QString DeviceTreeModel::pciCell(const QString &device) const
{
    const pci::DeviceClaim *claim = pciClaim(device);
    return claim ? pciShown(*claim) : QString();
}

void DeviceTreeModel::setPciReport(const std::optional<pci::PciReport> &report, bool known)
{
    QHash<QString, QString> before;
    before.reserve(m_claimOf.size());
    for (auto it = m_claimOf.cbegin(); it != m_claimOf.cend(); ++it)
        before.insert(it.key(), pciCell(it.key()));
    m_pciKnown = known;
    m_pci = known ? report : std::nullopt;
    m_claimOf.clear();
    if (m_pci) {
        for (qsizetype i = 0; i < m_pci->devices.size(); ++i)
            m_claimOf.insert(m_pci->devices.at(i).device.name, i);
    }
    QSet<QString> devices(before.keyBegin(), before.keyEnd());
    for (auto it = m_claimOf.cbegin(); it != m_claimOf.cend(); ++it)
        devices.insert(it.key());
    for (const QString &name : std::as_const(devices)) {
        if (before.value(name) == pciCell(name))
            continue;
        const auto item = m_byKey.constFind(name);
        if (item == m_byKey.constEnd() || !m_items[size_t(*item)].node)
            continue;
        const QModelIndex cell = indexOfItem(*item, PciColumn);
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole});
    }
}
