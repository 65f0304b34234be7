#include "document/flavorcommands.h"

#include "document/flavordocument.h"

EditFlavorCommand::EditFlavorCommand(FlavorDocument *doc, int row, const flavors::Flavor &before, const flavors::Flavor &after,
                                     const QString &text, const QString &mergeKey)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_row(row)
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
{
}

void EditFlavorCommand::undo()
{
    m_doc->replaceFlavorAt(m_row, m_before);
}

void EditFlavorCommand::redo()
{
    m_doc->replaceFlavorAt(m_row, m_after);
}

bool EditFlavorCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditFlavorCommand *>(other); // same id() means same type
    if (o->m_row != m_row || o->m_mergeKey != m_mergeKey || !(o->m_before == m_after))
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

InsertFlavorCommand::InsertFlavorCommand(FlavorDocument *doc, int row, const flavors::Flavor &flavor, bool insert, const QString &text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_row(row)
    , m_flavor(flavor)
    , m_insert(insert)
{
}

void InsertFlavorCommand::undo()
{
    apply(!m_insert);
}

void InsertFlavorCommand::redo()
{
    apply(m_insert);
}

void InsertFlavorCommand::apply(bool insert)
{
    if (insert)
        m_doc->insertFlavorAt(m_row, m_flavor);
    else
        m_doc->removeFlavorAt(m_row);
}
