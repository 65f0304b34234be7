#pragma once

#include "flavors/flavor.h"
#include "itemmodels/tablemodel.h"

#include <optional>

// One field of a flavor side by side: the library's value and the cloud's.
struct CompareRow
{
    QString field;
    QString library; // empty and `inLibrary` false when the library has no such field or flavor
    QString cloud;
    bool inLibrary = true;
    bool inCloud = true;
    bool differs() const { return inLibrary != inCloud || library != cloud; }
    friend bool operator==(const CompareRow &, const CompareRow &) = default;
};

// The library's flavor and the cloud's of one name, field by field as Nova holds a flavor (what
// cloud::diffFlavors compares and a push changes): vCPUs, RAM, disks, swap, public, description,
// access, then every extra spec (the library's order, then the cloud's own). Rows that differ are
// bold.
class FlavorCompareModel : public TableModel<CompareRow>
{
    Q_OBJECT
public:
    enum Column { FieldColumn, LibraryColumn, CloudColumn };
    enum Roles { DiffersRole = Qt::UserRole + 1 };
    using TableModel::TableModel;

    void setFlavors(const std::optional<flavors::Flavor> &library, const std::optional<flavors::Flavor> &cloud);
    int rowOf(const QString &field) const;
    int differences() const;

protected:
    QStringList headers() const override;
    QVariant cell(const CompareRow &row, int rowNumber, int column, int role) const override;
};
