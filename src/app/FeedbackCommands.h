#pragma once

#include "storage/FeedbackTypes.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace attain::storage {
class FeedbackRepository;
struct Actor;
} // namespace attain::storage

namespace attain::ui {

/// One repository call, made as the page's current actor.
using FeedbackStep = std::function<void(storage::FeedbackRepository &, const storage::Actor &)>;
/// Runs a step: true when it was stored, false when it was refused (the runner has shown why).
/// The feedback page provides it: its connection, its actor, its notices, then a reload.
using FeedbackRunner = std::function<bool(const FeedbackStep &)>;

/// An undoable feedback change. Each direction is one repository command (one transaction);
/// the change itself has been run once before the command is pushed, so its first redo() does
/// nothing. When a later undo or redo is refused (someone changed or deleted the record in
/// between) the command is dropped from the stack rather than left half-applied.
class FeedbackCommand final : public QUndoCommand
{
public:
    FeedbackCommand(const QString &text, FeedbackRunner runner, FeedbackStep redoStep, FeedbackStep undoStep);

    void undo() override;
    void redo() override;

private:
    FeedbackRunner m_runner;
    FeedbackStep m_redo, m_undo;
    bool m_firstRedo = true;
};

/// Each runs the change once through `runner`; nullptr when it was refused (nothing to push).
[[nodiscard]] std::unique_ptr<FeedbackCommand> recordFeedback(
    const FeedbackRunner &runner, storage::FeedbackEntry entry);
[[nodiscard]] std::unique_ptr<FeedbackCommand> editFeedback(
    const FeedbackRunner &runner, const storage::FeedbackEntry &before, const storage::FeedbackDraft &after);
[[nodiscard]] std::unique_ptr<FeedbackCommand> resolveComplaint(
    const FeedbackRunner &runner, const storage::FeedbackEntry &before, const storage::ComplaintResolution &after);
[[nodiscard]] std::unique_ptr<FeedbackCommand> reopenComplaint(
    const FeedbackRunner &runner, const storage::FeedbackEntry &before);
[[nodiscard]] std::unique_ptr<FeedbackCommand> deleteFeedback(
    const FeedbackRunner &runner, const storage::FeedbackEntry &before);

} // namespace attain::ui
