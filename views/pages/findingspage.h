#pragma once

#include "page.h"

#include "rules/finding.h"

class FindingsModel;
class FlavorDocument;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QPushButton;
class QTreeView;

// Findings: what Nova would reject or warn about for the current flavor, with code, stage,
// HTTP status for the chosen Nova release, message and fix. Selecting a finding asks for the
// editor field of its key; "Fix" applies a machine-applicable fix as an undoable edit.
class FindingsPage : public Page
{
    Q_OBJECT
public:
    FindingsPage(FlavorDocument *doc, QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("findings"); }
    QString title() const override;
    QIcon icon() const override;

    FindingsModel *model() const { return m_model; }
    // The one list of the current flavor on the target host (FlavorWorkbench::targetFindings(),
    // as vdeckctl lint --snapshot shows it); it replaces the flavor's own findings until an empty
    // host name brings those back.
    void setHostFindings(const QString &hostName, const QList<rules::Finding> &findings);
    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    // The selected findings (or the current one) as rules::findingText() puts them, to the clipboard.
    void copySelected() const;

Q_SIGNALS:
    // The keys of the selected finding; `show` is true when the user asked to go there.
    void focusRequested(const QStringList &keys, bool show);

private:
    void refresh();
    void selectionChanged();
    void applyFix();
    QString details(const rules::Finding &f) const;

    FlavorDocument *m_doc;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QPushButton *m_fix;
    QPushButton *m_show;
    QLabel *m_details;
    QString m_hostName;
    QList<rules::Finding> m_hostFindings;
    int m_shownFlavor = -1;
    bool m_refreshing = false; // selection restored after a recomputation is not the user's
};
