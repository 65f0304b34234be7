#include "itemmodels/operationsmodel.h"

#include <QBrush>
#include <QColor>

using rules::Operation;
using rules::OperationVerdict;
using rules::Verdict;

QString OperationsModel::operationLabel(Operation op)
{
    switch (op) {
    case Operation::LiveMigrate: return tr("Live migrate");
    case Operation::ColdMigrate: return tr("Cold migrate");
    case Operation::Resize: return tr("Resize");
    case Operation::Evacuate: return tr("Evacuate");
    case Operation::Shelve: return tr("Shelve");
    case Operation::Unshelve: return tr("Unshelve");
    case Operation::Suspend: return tr("Suspend");
    case Operation::Resume: return tr("Resume");
    case Operation::Rescue: return tr("Rescue");
    case Operation::Rebuild: return tr("Rebuild");
    case Operation::InterfaceAttach: return tr("Attach interface");
    case Operation::InterfaceDetach: return tr("Detach interface");
    case Operation::Snapshot: return tr("Snapshot");
    case Operation::VolumeDetach: return tr("Detach volume");
    }
    return {};
}

QString OperationsModel::verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Allowed: return tr("allowed");
    case Verdict::Blocked: return tr("blocked");
    case Verdict::Caveat: return tr("allowed with caveat");
    }
    return {};
}

QStringList OperationsModel::headers() const
{
    return {tr("Operation"), tr("Verdict"), tr("HTTP"), tr("Reason"), tr("Workaround")};
}

QVariant OperationsModel::cell(const OperationVerdict &v, int, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OperationColumn: return operationLabel(v.operation);
        case VerdictColumn: return verdictLabel(v.verdict);
        case HttpColumn: return v.httpStatus ? QString::number(v.httpStatus) : QString();
        case ReasonColumn: return v.reason;
        case WorkaroundColumn: return v.workaround;
        }
        return {};
    case Qt::ToolTipRole:
        return column == ReasonColumn ? v.reason : column == WorkaroundColumn ? v.workaround : QVariant();
    case Qt::ForegroundRole:
        if (column != VerdictColumn || v.verdict == Verdict::Allowed)
            return {};
        return QBrush(v.verdict == Verdict::Blocked ? QColor(0xc0, 0x1c, 0x28) : QColor(0xb0, 0x70, 0x00));
    case VerdictRole:
        return int(v.verdict);
    case OperationRole:
        return rules::operationName(v.operation);
    default:
        return {};
    }
}
