#pragma once

#include "itemmodels/tablemodel.h"
#include "rules/operations.h"

// The lifecycle matrix of the current flavor and ports for the selected Nova release.
class OperationsModel : public TableModel<rules::OperationVerdict>
{
    Q_OBJECT
public:
    enum Column { OperationColumn, VerdictColumn, HttpColumn, ReasonColumn, WorkaroundColumn };
    enum Roles { VerdictRole = Qt::UserRole + 1, OperationRole };
    using TableModel::TableModel;

    void setVerdicts(const QList<rules::OperationVerdict> &verdicts) { setRows(verdicts); }
    static QString operationLabel(rules::Operation op);
    static QString verdictLabel(rules::Verdict v);

protected:
    QStringList headers() const override;
    QVariant cell(const rules::OperationVerdict &v, int rowNumber, int column, int role) const override;
};
