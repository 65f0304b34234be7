#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// The flat-table plumbing written once: rows of plain values, a fixed column list, headers.
// A concrete model supplies headers() and cell(); setRows() replaces the snapshot, emitting
// dataChanged when only values changed and a reset when the row count changed.
template<typename Row>
class TableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const final { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const final { return parent.isValid() ? 0 : int(headers().size()); }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const final
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= headers().size())
            return {};
        return headers().at(section);
    }

    QVariant data(const QModelIndex &index, int role) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.row(), index.column(), role);
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    void setRows(const QList<Row> &rows)
    {
        if (rows.size() != m_rows.size()) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!(rows.at(i) == m_rows.at(i))) {
                m_rows[i] = rows.at(i);
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
            }
        }
    }

protected:
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const Row &row, int rowNumber, int column, int role) const = 0;
    QList<Row> &mutableRows() { return m_rows; }

private:
    QList<Row> m_rows;
};
