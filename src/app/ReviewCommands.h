#pragma once

#include "storage/Actor.h"
#include "storage/ReviewTypes.h"

#include <QUndoCommand>

#include <functional>

namespace attain::storage {
class ReviewRepository;
}

namespace attain::ui {

/// What the review commands act on: the page that stores their changes and shows them.
class ReviewCommandTarget
{
public:
    virtual ~ReviewCommandTarget() = default;
    /// Runs a storage command on the page's connection; false (the error shown) when refused.
    virtual bool runCommand(const std::function<void(storage::ReviewRepository &)> &command) = 0;
    virtual void itemAdded(const storage::ActionItem &item) = 0;
    virtual void itemRemoved(const QString &id) = 0;
    virtual void itemChanged(const storage::ActionItem &item) = 0;
    virtual void reviewChanged(const storage::Review &review) = 0;
    [[nodiscard]] virtual engine::Date today() const = 0;
    /// Who signs the changes; storage refuses what they may not do.
    [[nodiscard]] virtual storage::Actor actor() const = 0;
};

/// Adds an action item (with its id already chosen, so redo adds the same item again).
class AddActionItemCommand final : public QUndoCommand
{
public:
    AddActionItemCommand(ReviewCommandTarget &target, storage::ActionItem item, bool remove = false);
    void redo() override;
    void undo() override;

private:
    void add();
    void remove();
    ReviewCommandTarget &m_target;
    storage::ActionItem m_item;
    bool m_remove; ///< true: this command deletes the item, and undo puts it back
};

/// Changes an item's text, owner, due date, linked target and/or status.
class EditActionItemCommand final : public QUndoCommand
{
public:
    EditActionItemCommand(ReviewCommandTarget &target, storage::ActionItem before, storage::ActionItem after);
    void redo() override;
    void undo() override;

private:
    bool apply(const storage::ActionItem &from, storage::ActionItem to);
    ReviewCommandTarget &m_target;
    storage::ActionItem m_before, m_after;
};

/// Saves a review's notes, decisions, title or status ("Mark as held").
class EditReviewCommand final : public QUndoCommand
{
public:
    EditReviewCommand(ReviewCommandTarget &target, storage::Review before, storage::Review after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ReviewCommandTarget &m_target;
    storage::Review m_before, m_after;
};

} // namespace attain::ui
