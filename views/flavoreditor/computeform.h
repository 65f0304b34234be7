#pragma once

#include <QWidget>

#include <functional>

class FlavorDocument;
class QCheckBox;
class QLineEdit;
class QSpinBox;
namespace flavors {
struct Flavor;
}

// The Nova flavor's own fields: name, vCPUs, RAM, root disk, ephemeral disk, swap, public,
// description. Each edit is an undoable command; typing into one field merges into one step.
class ComputeForm : public QWidget
{
    Q_OBJECT
public:
    explicit ComputeForm(FlavorDocument *doc, QWidget *parent = nullptr);
    void load(const flavors::Flavor &flavor);
    void setReadOnly(bool readOnly);

private:
    QSpinBox *spin(const QString &name, int max, const QString &suffix, int flavors::Flavor::*field, const QString &undoText);
    FlavorDocument *m_doc;
    QList<std::function<void()>> m_pendingEdits;
    QLineEdit *m_name;
    QSpinBox *m_vcpus;
    QSpinBox *m_ram;
    QSpinBox *m_disk;
    QSpinBox *m_ephemeral;
    QSpinBox *m_swap;
    QCheckBox *m_public;
    QLineEdit *m_description;
};
