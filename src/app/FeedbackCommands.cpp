#include "app/FeedbackCommands.h"

#include "storage/FeedbackRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace attain::ui {

namespace {

/// Runs `redo` once; the command when it was stored.
std::unique_ptr<FeedbackCommand> runFirst(
    const QString &text, const FeedbackRunner &runner, FeedbackStep redo, FeedbackStep undo)
{
    if (!runner(redo))
        return nullptr;
    return std::make_unique<FeedbackCommand>(text, runner, std::move(redo), std::move(undo));
}

/// Undoing an edit, a resolution or a reopening puts the record back as it was.
FeedbackStep restoreStep(const storage::FeedbackEntry &before)
{
    return [before](storage::FeedbackRepository &repository, const storage::Actor &actor) {
        repository.restore(before, actor);
    };
}

} // namespace

FeedbackCommand::FeedbackCommand(
    const QString &text, FeedbackRunner runner, FeedbackStep redoStep, FeedbackStep undoStep)
    : QUndoCommand(text)
    , m_runner(std::move(runner))
    , m_redo(std::move(redoStep))
    , m_undo(std::move(undoStep))
{
}

void FeedbackCommand::undo()
{
    if (!m_runner(m_undo))
        setObsolete(true);
}

void FeedbackCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!m_runner(m_redo))
        setObsolete(true);
}

std::unique_ptr<FeedbackCommand> recordFeedback(const FeedbackRunner &runner, storage::FeedbackEntry entry)
{
    // The id is chosen here so that a redo records the same feedback again.
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = entry.id;
    return runFirst(
        QCoreApplication::translate("attain::ui::FeedbackCommand", "Record Feedback"), runner,
        [entry](storage::FeedbackRepository &repository, const storage::Actor &actor) {
            (void)repository.record(entry, actor);
        },
        [id](storage::FeedbackRepository &repository, const storage::Actor &actor) { repository.remove(id, actor); });
}

std::unique_ptr<FeedbackCommand> editFeedback(
    const FeedbackRunner &runner, const storage::FeedbackEntry &before, const storage::FeedbackDraft &after)
{
    return runFirst(
        QCoreApplication::translate("attain::ui::FeedbackCommand", "Edit Feedback"), runner,
        [id = before.id, after](storage::FeedbackRepository &repository, const storage::Actor &actor) {
            repository.edit(id, after, actor);
        },
        restoreStep(before));
}

std::unique_ptr<FeedbackCommand> resolveComplaint(
    const FeedbackRunner &runner, const storage::FeedbackEntry &before, const storage::ComplaintResolution &after)
{
    return runFirst(
        QCoreApplication::translate("attain::ui::FeedbackCommand", "Resolve Complaint"), runner,
        [id = before.id, after](storage::FeedbackRepository &repository, const storage::Actor &actor) {
            repository.resolve(id, after, actor);
        },
        restoreStep(before));
}

std::unique_ptr<FeedbackCommand> reopenComplaint(const FeedbackRunner &runner, const storage::FeedbackEntry &before)
{
    return runFirst(
        QCoreApplication::translate("attain::ui::FeedbackCommand", "Reopen Complaint"), runner,
        [id = before.id](
            storage::FeedbackRepository &repository, const storage::Actor &actor) { repository.reopen(id, actor); },
        restoreStep(before));
}

std::unique_ptr<FeedbackCommand> deleteFeedback(const FeedbackRunner &runner, const storage::FeedbackEntry &before)
{
    return runFirst(
        QCoreApplication::translate("attain::ui::FeedbackCommand", "Delete Feedback"), runner,
        [id = before.id](
            storage::FeedbackRepository &repository, const storage::Actor &actor) { repository.remove(id, actor); },
        [before](storage::FeedbackRepository &repository, const storage::Actor &actor) {
            (void)repository.record(before, actor);
        });
}

} // namespace attain::ui
