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
    // SortRole: what a header click sorts by (severity and stage in Nova's order, HTTP as a number).
    enum Roles { KeysRole = Qt::UserRole + 1, FixableRole, SeverityRole, CodeRole, FixRole, SortRole, TextRole };
    // TextRole: rules::findingText(), what Copy puts on the clipboard.
    using TableModel::TableModel;

    void setFindings(const QList<rules::Finding> &findings) { setRows(findings); }
    int rowOfCode(const QString &code) const;
    static QString severityLabel(rules::Severity s);
    static QString stageLabel(rules::Stage s);
    // "2 error(s), 1 warning(s), 3 note(s)": how every view counts a list of findings.
    static QString countsText(const QList<rules::Finding> &findings);


protected:
    QStringList headers() const override;
    QVariant cell(const rules::Finding &f, int rowNumber, int column, int role) const override;

private:
    QString text(const rules::Finding &f, int column) const;
};
