#pragma once

#include "flavors/catalog.h"
#include "flavors/flavor.h"
#include "itemmodels/tablemodel.h"

class QStringListModel;

// The whole extra-spec table of a flavor: editable key/value rows in the operator's order,
// each checked against Nova's catalogue on its own (stage A): unknown keys and values Nova
// rejects are flagged. Edits are not applied here: setData() emits edited(before, after) and
// the document applies it as an undoable command, then hands the result back via setSpecs().
// The catalogue is the selected release's; setCatalog() re-checks every row and replaces the
// key completions when the release changes.
class ExtraSpecTableModel : public TableModel<flavors::Property>
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, CheckColumn };
    enum class Status { Known, Deprecated, InvalidValue, UnknownRejected, UnknownUnchecked };
    Q_ENUM(Status)
    enum Roles { StatusRole = Qt::UserRole + 1, KeyRole };

    explicit ExtraSpecTableModel(const flavors::ExtraSpecCatalog &catalog, QObject *parent = nullptr);

    void setSpecs(const flavors::PropertyList &specs) { setRows(specs.items()); }
    void setCatalog(const flavors::ExtraSpecCatalog &catalog);
    const flavors::ExtraSpecCatalog &catalog() const { return *m_catalog; }
    flavors::PropertyList specs() const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeSpecAt(int row); // emits edited()

    Status status(const flavors::Property &p) const;
    // Every key and key pattern of the catalogue as something to type ("hw:numa_cpus.0",
    // "resources:VGPU", "trait:CUSTOM_"), in catalogue order.
    static QStringList keyCompletions(const flavors::ExtraSpecCatalog &catalog);
    QStringListModel *completionModel() const { return m_completions; }

Q_SIGNALS:
    void edited(const flavors::PropertyList &before, const flavors::PropertyList &after);

protected:
    QStringList headers() const override;
    QVariant cell(const flavors::Property &p, int rowNumber, int column, int role) const override;

private:
    QString statusText(const flavors::Property &p, Status s) const;

    const flavors::ExtraSpecCatalog *m_catalog;
    QStringListModel *m_completions;
    bool m_readOnly = false;
};
