#pragma once

#include "itemmodels/tablemodel.h"
#include "rules/finding.h"

// Findings of the current flavor for the selected Nova release: severity, code, stage, HTTP
// status, message and fix. KeysRole gives the keys involved (to focus the editor field),
// FixableRole whether the fix can be applied by vDeck (rules::machineFix).
class FindingsModel : public TableModel<rules::Finding>
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, StageColumn, HttpColumn, MessageColumn, FixColumn };
    enum Roles { KeysRole = Qt::UserRole + 1, FixableRole, SeverityRole, CodeRole, FixRole };
    using TableModel::TableModel;

    void setFindings(const QList<rules::Finding> &findings) { setRows(findings); }
    int rowOfCode(const QString &code) const;
    static QString severityLabel(rules::Severity s);
    static QString stageLabel(rules::Stage s);

protected:
    QStringList headers() const override;
    QVariant cell(const rules::Finding &f, int rowNumber, int column, int role) const override;

private:
    QString text(const rules::Finding &f, int column) const;
};
