#include "itemmodels/findingsmodel.h"

#include "core/findingtext.h"
#include "rules/fixedits.h"

#include <QBrush>
#include <QColor>

using rules::Finding;

int FindingsModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (rowAt(i).code == code)
            return i;
    }
    return -1;
}

QString FindingsModel::severityLabel(rules::Severity s)
{
    switch (s) {
    case rules::Severity::Error:
        return tr("Error");
    case rules::Severity::Warning:
        return tr("Warning");
    case rules::Severity::Info:
        return tr("Info");
    }
    return {};
}

QString FindingsModel::stageLabel(rules::Stage s)
{
    switch (s) {
    case rules::Stage::A:
        return tr("A: extra-spec API");
    case rules::Stage::B:
        return tr("B: server API");
    case rules::Stage::C:
        return tr("C: scheduler");
    case rules::Stage::D:
        return tr("D: compute spawn");
    }
    return {};
}

QString FindingsModel::countsText(const QList<Finding> &findings)
{
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        ++counts[int(f.severity)];
    return tr("%1 error(s), %2 warning(s), %3 note(s)").arg(counts[0]).arg(counts[1]).arg(counts[2]);
}

QStringList FindingsModel::headers() const
{
    return {tr("Severity"), tr("Code"), tr("Stage"), tr("HTTP"), tr("Message"), tr("Fix")};
}

QString FindingsModel::text(const Finding &f, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityLabel(f.severity);
    case CodeColumn:
        return f.code;
    case StageColumn:
        return stageLabel(f.stage);
    case HttpColumn:
        return f.httpStatus ? QString::number(f.httpStatus) : QString();
    case MessageColumn:
        return f.message;
    case FixColumn:
        return FindingText::fix(f.fix); // shown translated; FixRole keeps the English that is applied
    }
    return {};
}

QVariant FindingsModel::cell(const Finding &f, int, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text(f, column);
    case Qt::ToolTipRole:
        if (column == SeverityColumn && f.laterBlocker)
            return tr("A later blocker: Nova reports it once the errors before it are fixed");
        if (column == StageColumn && !f.novaException.isEmpty())
            return tr("Nova raises %1").arg(f.novaException);
        return column == MessageColumn || column == FixColumn ? text(f, column) : QVariant();
    case Qt::ForegroundRole:
        if (column != SeverityColumn || f.severity == rules::Severity::Info)
            return {};
        return QBrush(f.severity == rules::Severity::Error ? QColor(0xc0, 0x1c, 0x28) : QColor(0xb0, 0x70, 0x00));
    case KeysRole:
        return f.keys;
    case FixableRole:
        return rules::isMachineApplicable(f);
    case SeverityRole:
        return int(f.severity);
    case CodeRole:
        return f.code;
    case FixRole:
        return f.fix;
    case SortRole:
        switch (column) {
        case SeverityColumn: return int(f.severity);
        case StageColumn: return int(f.stage);
        case HttpColumn: return f.httpStatus;
        default: return text(f, column);
        }
    case TextRole:
        return rules::findingText(f);
    default:
        return {};
    }
}
