#pragma once

#include "app/ReviewCommands.h"
#include "app/ReviewLoader.h"
#include "app/TargetsLoader.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;
class QUndoStack;

namespace attain::storage {
class Database;
}

namespace attain::ui {

class ActionItemsModel;
class ReviewDetailWidget;
class ReviewListModel;

/// Review meetings and one-on-ones (issue 8). Left: the reviews (scheduled first, then held,
/// newest first), filtered by whom they are for. Right: the selected review with its briefing
/// (targets, risks, activities since the previous review), the action items carried over from
/// earlier reviews of its scope (overdue ones flagged), its own action items, notes and
/// decisions. Edits are undoable (Ctrl+Z, Ctrl+Shift+Z) and go through storage, which enforces
/// who may do what: a manager everything, a rep only the status of their own items.
///
/// To embed: `setDatabasePath(path)` when a database opens, `setActor()` from Work As,
/// `setTargets()` whenever the targets list has loaded (the briefing's numbers come from it).
class ReviewsPage final : public QWidget, public ReviewCommandTarget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewsPage)

public:
    explicit ReviewsPage(storage::Actor actor, QWidget *parent = nullptr);
    ~ReviewsPage() override;

    void setActor(const storage::Actor &actor);
    void setDatabasePath(const QString &path);
    /// "Today": what is overdue, and the day closed items are closed on.
    void setAsOf(engine::Date asOf);
    /// The targets list's data (attainment, pace, status as of its own as-of day).
    void setTargets(const TargetsData &targets, bool loading = false);
    void reload();
    /// Selects the review (once the list has it) and loads it.
    void selectReview(const QString &reviewId);

    /// Reviews ▸ New Review…: asks for template, scope and day, then schedules it.
    void newReview();
    void markHeld();
    void scheduleNext();
    void deleteReview();
    void addActionItem();
    /// Marks the selected item of this review (or of the carried-over table) done.
    void closeActionItem(bool carried = false);
    void deleteActionItem();
    /// Saves the notes and decisions editors now, if they changed (as one undoable step each).
    void saveTexts();

    [[nodiscard]] const std::optional<storage::Review> &currentReview() const { return m_detail.review; }
    [[nodiscard]] QTableView *listView() const { return m_listView; }
    [[nodiscard]] ReviewListModel *listModel() const { return m_listModel; }
    [[nodiscard]] ActionItemsModel *itemsModel() const { return m_items; }
    [[nodiscard]] ActionItemsModel *carriedModel() const { return m_carried; }
    [[nodiscard]] ReviewDetailWidget *detail() const { return m_detailWidget; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] bool isLoading() const { return m_listWatcher.isRunning() || m_detailWatcher.isRunning(); }

    // ReviewCommandTarget
    bool runCommand(const std::function<void(storage::ReviewRepository &)> &command) override;
    void itemAdded(const storage::ActionItem &item) override;
    void itemRemoved(const QString &id) override;
    void itemChanged(const storage::ActionItem &item) override;
    void reviewChanged(const storage::Review &review) override;
    [[nodiscard]] engine::Date today() const override { return m_asOf; }
    [[nodiscard]] storage::Actor actor() const override { return m_actor; }

Q_SIGNALS:
    void listLoaded();
    void reviewLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showList(ReviewListData data);
    void applyFilter();
    void loadDetail(const QString &reviewId);
    void showDetail(ReviewDetailData data);
    void showHeader();
    void showBriefing();
    void updateItemTitles();
    void updateActions();
    void fillFilter();
    void showError(const QString &message);
    [[nodiscard]] QString selectedId() const;

    storage::Actor m_actor;
    QString m_path;
    engine::Date m_asOf;
    TargetsData m_targets;
    bool m_targetsLoading = true;
    bool m_reloadWhenShown = false; ///< a hidden page loads when it is first shown
    ReviewListData m_list;
    ReviewDetailData m_detail;
    QString m_wanted; ///< the review to select when the list arrives
    std::unique_ptr<storage::Database> m_commandDatabase;
    // Shared with worker tasks (which may outlive the page) so they can tell they are stale.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<quint64>> m_detailGeneration = std::make_shared<std::atomic<quint64>>(0);
    QFutureWatcher<ReviewListData> m_listWatcher;
    QFutureWatcher<ReviewDetailData> m_detailWatcher;
    QComboBox *m_filter;
    QTableView *m_listView;
    QLabel *m_noticeLabel;
    ReviewListModel *m_listModel;
    ActionItemsModel *m_items;
    ActionItemsModel *m_carried;
    ReviewDetailWidget *m_detailWidget;
    QUndoStack *m_undo;
    QTimer *m_saveTimer;
    bool m_fillingTexts = false;
};

} // namespace attain::ui
