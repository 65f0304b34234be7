#include "itemmodels/extraspectablemodel.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <QStringListModel>

using flavors::Property;
using flavors::PropertyList;

ExtraSpecTableModel::ExtraSpecTableModel(const flavors::ExtraSpecCatalog &catalog, QObject *parent)
    : TableModel(parent)
    , m_catalog(&catalog)
    , m_completions(new QStringListModel(keyCompletions(catalog), this))
{
}

void ExtraSpecTableModel::setCatalog(const flavors::ExtraSpecCatalog &catalog)
{
    if (&catalog == m_catalog)
        return;
    m_catalog = &catalog;
    m_completions->setStringList(keyCompletions(catalog));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, CheckColumn));
}

PropertyList ExtraSpecTableModel::specs() const
{
    PropertyList list;
    for (const Property &p : rows())
        list.set(p.key, p.value);
    return list;
}

Qt::ItemFlags ExtraSpecTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() != CheckColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ExtraSpecTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() == CheckColumn)
        return false;
    const QString text = value.toString().trimmed();
    const PropertyList before = specs();
    Property &p = mutableRows()[index.row()];
    if (index.column() == KeyColumn) {
        if (text.isEmpty() || (text != p.key && before.contains(text)))
            return false; // a key is never empty and never twice
        p.key = text;
    } else {
        p.value = value.toString();
    }
    const PropertyList after = specs();
    if (after == before)
        return false;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), CheckColumn));
    Q_EMIT edited(before, after);
    return true;
}

bool ExtraSpecTableModel::removeSpecAt(int row)
{
    if (m_readOnly || row < 0 || row >= rowCount())
        return false;
    const PropertyList before = specs();
    PropertyList after = before;
    after.remove(rowAt(row).key);
    Q_EMIT edited(before, after);
    return true;
}

ExtraSpecTableModel::Status ExtraSpecTableModel::status(const Property &p) const
{
    const flavors::SpecValidator *v = m_catalog->find(p.key);
    if (!v)
        return m_catalog->inValidatedNamespace(p.key) || m_catalog->validate(p.key, p.value) ? Status::UnknownRejected
                                                                                       : Status::UnknownUnchecked;
    if (m_catalog->validate(p.key, p.value))
        return Status::InvalidValue;
    return v->deprecated ? Status::Deprecated : Status::Known;
}

QString ExtraSpecTableModel::statusText(const Property &p, Status s) const
{
    switch (s) {
    case Status::Known:
        return tr("ok");
    case Status::Deprecated:
        return tr("deprecated");
    case Status::InvalidValue:
        return tr("invalid value");
    case Status::UnknownRejected:
        return tr("unknown key: Nova rejects it");
    case Status::UnknownUnchecked:
        return p.key.contains(QLatin1Char(':')) ? tr("unknown namespace: not checked by Nova") : tr("unknown key: not checked by Nova");
    }
    return {};
}

QStringList ExtraSpecTableModel::headers() const
{
    return {tr("Key"), tr("Value"), tr("Check")};
}

QVariant ExtraSpecTableModel::cell(const Property &p, int, int column, int role) const
{
    const Status s = status(p);
    const bool flagged = s != Status::Known;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return column == KeyColumn ? p.key : column == ValueColumn ? p.value : statusText(p, s);
    case Qt::ToolTipRole: {
        if (s == Status::InvalidValue || s == Status::UnknownRejected)
            return m_catalog->validate(p.key, p.value).value_or(statusText(p, s));
        const flavors::SpecValidator *v = m_catalog->find(p.key);
        return v ? v->description : statusText(p, s);
    }
    case Qt::ForegroundRole:
        if (!flagged || column == ValueColumn)
            return {};
        return QBrush(s == Status::UnknownUnchecked || s == Status::Deprecated ? QColor(0xb0, 0x70, 0x00) : QColor(0xc0, 0x1c, 0x28));
    case StatusRole:
        return int(s);
    case KeyRole:
        return p.key;
    default:
        return {};
    }
}

QStringList ExtraSpecTableModel::keyCompletions(const flavors::ExtraSpecCatalog &catalog)
{
    static const QRegularExpression number(QStringLiteral("\\{(num|id)\\}"));
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    QStringList out;
    for (const flavors::SpecValidator &v : catalog.validators()) {
        QString key = v.name;
        key.replace(number, QStringLiteral("0"));
        key.replace(placeholder, QString());
        if (!out.contains(key))
            out.append(key);
    }
    return out;
}
