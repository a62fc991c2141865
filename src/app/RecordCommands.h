#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace attain::ui {

/// Undoable writes of one record through a RecordStore (ActivityStore, DealStore: insert(Record &),
/// update(const Record &), remove(id)). The page writes first (so a refusal is shown in its
/// form and nothing is pushed) and then pushes the command, whose first redo() therefore does
/// nothing. A later undo or redo that storage refuses reports through the store's failed() and
/// leaves the command obsolete: QUndoStack drops it instead of moving past a change that did not
/// happen (the row changed or deleted elsewhere, the file locked), so Undo and Redo stay in step
/// with the file.
template <typename Store> class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(Store &store, const QString &text)
        : QUndoCommand(text)
        , m_store(&store)
    {
    }

protected:
    /// True on the push's redo (the page already wrote) and once the store is gone.
    [[nodiscard]] bool firstRedo()
    {
        const bool first = m_done;
        m_done = false;
        return first || !m_store;
    }
    QPointer<Store> m_store;

private:
    bool m_done = true;
};

/// A stored record: undo deletes it, redo stores it again with the same id.
template <typename Store, typename Record> class AddRecordCommand : public RecordCommand<Store>
{
public:
    AddRecordCommand(Store &store, const QString &text, const Record &added)
        : RecordCommand<Store>(store, text), m_added(added)
    {
    }
    void undo() override
    {
        if (this->m_store && !this->m_store->remove(m_added.id))
            this->setObsolete(true);
    }
    void redo() override
    {
        if (!this->firstRedo() && !this->m_store->insert(m_added))
            this->setObsolete(true);
    }

private:
    Record m_added;
};

/// An edited record: undo restores the fields it had.
template <typename Store, typename Record> class EditRecordCommand : public RecordCommand<Store>
{
public:
    EditRecordCommand(Store &store, const QString &text, const Record &before, const Record &after)
        : RecordCommand<Store>(store, text), m_before(before), m_after(after)
    {
    }
    void undo() override
    {
        if (this->m_store && !this->m_store->update(m_before))
            this->setObsolete(true);
    }
    void redo() override
    {
        if (!this->firstRedo() && !this->m_store->update(m_after))
            this->setObsolete(true);
    }

private:
    Record m_before, m_after;
};

/// A deleted record: undo stores it again with the same id.
template <typename Store, typename Record> class DeleteRecordCommand : public RecordCommand<Store>
{
public:
    DeleteRecordCommand(Store &store, const QString &text, const Record &deleted)
        : RecordCommand<Store>(store, text), m_deleted(deleted)
    {
    }
    void undo() override
    {
        if (this->m_store && !this->m_store->insert(m_deleted))
            this->setObsolete(true);
    }
    void redo() override
    {
        if (!this->firstRedo() && !this->m_store->remove(m_deleted.id))
            this->setObsolete(true);
    }

private:
    Record m_deleted;
};

} // namespace attain::ui
