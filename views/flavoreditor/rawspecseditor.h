#pragma once

#include <QWidget>

class ExtraSpecTableModel;
class FlavorDocument;
class QLineEdit;
class QPushButton;
class QTableView;
namespace flavors {
struct Flavor;
}

// Every extra spec of the flavor in a table: keys complete from Nova's catalogue, unknown
// keys and values Nova rejects are flagged, edits and removals are undoable.
class RawSpecsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RawSpecsEditor(FlavorDocument *doc, QWidget *parent = nullptr);
    void load(const flavors::Flavor &flavor);
    void setReadOnly(bool readOnly);
    bool selectKey(const QString &key); // selects and focuses the row of key
    ExtraSpecTableModel *model() const { return m_model; }

private:
    void addSpec();
    void removeSelected();
    FlavorDocument *m_doc;
    ExtraSpecTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_newKey;
    QLineEdit *m_newValue;
    QPushButton *m_add;
    QPushButton *m_remove;
};
