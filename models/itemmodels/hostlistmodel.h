#pragma once

#include "hosts/hostregistry.h"

#include <QAbstractTableModel>
#include <QTimer>

// Presents a hosts::HostRegistry as a table: name, URI, state (with the reason and a retry
// countdown while disconnected), libvirt and QEMU versions. Holds no host state of its own: rows
// are the registry's entries, in its order.
class HostListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UriColumn, StateColumn, LibvirtColumn, HypervisorColumn, ColumnCount };
    enum Role { HostIdRole = Qt::UserRole + 1, StateRole, HasSnapshotRole };

    explicit HostListModel(const hosts::HostRegistry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const hosts::HostRegistry *registry() const { return m_registry; }
    int rowOf(const QString &id) const { return m_registry->indexOf(id); }

    static QString stateText(const hosts::HostEntry &entry);

private:
    void entryChanged(int row, hosts::HostRegistry::Change change);
    void changed(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    void tick();

    const hosts::HostRegistry *m_registry;
    QTimer m_countdown; // refreshes the retry countdown once a second while one runs
};
