#pragma once

#include "flavors/flavor.h"

#include <QUndoCommand>

class FlavorDocument;

// One edit of one flavor: the flavor before and after. Consecutive edits of the same field
// (same merge key, same flavor) merge into one undo step.
class EditFlavorCommand : public QUndoCommand
{
public:
    EditFlavorCommand(FlavorDocument *doc, int row, const flavors::Flavor &before, const flavors::Flavor &after,
                      const QString &text, const QString &mergeKey);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    FlavorDocument *m_doc;
    int m_row;
    flavors::Flavor m_before;
    flavors::Flavor m_after;
    QString m_mergeKey;
};

// Adds a flavor at a row (redo) or removes it (undo); `insert == false` does the opposite.
class InsertFlavorCommand : public QUndoCommand
{
public:
    InsertFlavorCommand(FlavorDocument *doc, int row, const flavors::Flavor &flavor, bool insert, const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(bool insert);
    FlavorDocument *m_doc;
    int m_row;
    flavors::Flavor m_flavor;
    bool m_insert;
};
