#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class FlavorDocument;
class QFormLayout;
class QVBoxLayout;
namespace flavors {
struct Flavor;
}

// The editor plumbing written once: a form of fields bound to extra-spec keys or image
// properties of the current flavor. The widget follows the catalogue (a choice of the enum or
// boolean values with "(unset)", else a line edit, editable with suggestions if given); each
// edit goes to the FlavorDocument as an undoable command (typing in one field merges into one
// step), and load() shows the flavor without feeding edits back.
class SpecForm : public QWidget
{
    Q_OBJECT
public:
    explicit SpecForm(FlavorDocument *doc, QWidget *parent = nullptr);

    void beginSection(const QString &title);
    void addSpec(const QString &key, const QString &label, const QStringList &suggestions = {});
    void addImageProperty(const QString &key, const QString &label, const QStringList &suggestions);
    // A field written elsewhere; focusKey() of any of `keys` focuses it.
    void addRow(const QString &label, QWidget *field, const QStringList &keys = {});
    void addWide(QWidget *widget, const QStringList &keys = {});
    void finish(); // stretch at the end

    void load(const flavors::Flavor &flavor);
    QWidget *fieldFor(const QString &key) const { return m_fields.value(key); }
    // Shows or hides the row of `key` (label and field).
    void setKeyRowVisible(const QString &key, bool visible);
    bool focusKey(const QString &key);
    void setReadOnly(bool readOnly);

private:
    enum class Target { Spec, Image };
    struct Binding
    {
        QString key;
        Target target;
        QWidget *widget;
    };
    QWidget *makeField(const QString &key, Target target, const QStringList &suggestions);
    void commit(const Binding &b, const QString &value);
    QFormLayout *form();

    FlavorDocument *m_doc;
    QVBoxLayout *m_layout;
    QFormLayout *m_form = nullptr;
    QList<Binding> m_bindings;
    QHash<QString, QWidget *> m_fields;
    QHash<QWidget *, QFormLayout *> m_rowForms; // the section each field's row is in
};
