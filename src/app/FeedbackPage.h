#pragma once

#include "app/FeedbackCommands.h"
#include "app/FeedbackLoader.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace attain::storage {
class Database;
class FeedbackRepository;
} // namespace attain::storage

namespace attain::ui {

class CsatSummaryWidget;
class CsatTableModel;
class FeedbackFilterModel;
class FeedbackModel;

/// Customer feedback (客户反馈): the period's customer satisfaction (CSAT, the mean of the 1–5
/// scores), open complaints and mean days to resolve; CSAT by customer and by rep (picking one
/// narrows the list to them); and the feedback itself, to record, edit, resolve or delete with
/// undo. Loads on a worker thread; commands run on the page's own connection as its actor (a
/// rep sees and changes only their own feedback).
///
/// To embed: `new FeedbackPage(parent)`, then setDatabasePath() whenever a database is opened
/// and setActor() whenever the user works as someone else.
class FeedbackPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackPage)

public:
    enum class PeriodPreset {
        ThisMonth,
        ThisQuarter,
        ThisYear,
        LastMonth,
        LastQuarter,
        LastYear,
        Last12Months,
        AllDates
    };

    explicit FeedbackPage(QWidget *parent = nullptr);
    ~FeedbackPage() override;

    void setDatabasePath(const QString &path);
    void setActor(const storage::Actor &actor);
    [[nodiscard]] const storage::Actor &actor() const { return m_actor; }
    /// "Today": periods end on it and feedback cannot be dated after it. Reloads.
    void setAsOf(engine::Date asOf);
    void setPeriodPreset(PeriodPreset preset);
    [[nodiscard]] storage::FeedbackPeriod period() const;
    void reload();

    /// Opens the record dialog (window-modal, returns at once).
    void recordFeedback();
    /// The same for the selected feedback.
    void editSelected();
    void resolveSelected();
    void reopenSelected();
    void deleteSelected();

    [[nodiscard]] QAction *recordAction() const { return m_recordAction; }
    [[nodiscard]] CsatSummaryWidget *summaryWidget() const { return m_summary; }
    [[nodiscard]] CsatTableModel *customerModel() const { return m_customerModel; }
    [[nodiscard]] CsatTableModel *repModel() const { return m_repModel; }
    [[nodiscard]] FeedbackModel *model() const { return m_model; }
    [[nodiscard]] FeedbackFilterModel *filterModel() const { return m_proxy; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// The page's data arrived (it loads when shown: a hidden page waits).
    void loaded();
    /// A command changed the records (the dashboard's CSAT changes with them).
    void feedbackChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createBreakdown();
    QWidget *createList();
    void showData(const FeedbackData &data);
    void showBreakdownSelection();
    void updateActions();
    void updateCount();
    void showNotice(const QString &text);
    void push(std::unique_ptr<FeedbackCommand> command);
    bool run(const FeedbackStep &step);
    [[nodiscard]] const storage::FeedbackEntry *selectedEntry() const;

    storage::Actor m_actor;
    QString m_path;
    engine::Date m_asOf;
    FeedbackData m_data;
    bool m_reloadWhenShown = false;
    std::unique_ptr<storage::Database> m_commandDatabase;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    QFutureWatcher<FeedbackData> m_watcher;
    QUndoStack *m_undoStack;
    QComboBox *m_periodComboBox = nullptr;
    CsatSummaryWidget *m_summary = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QTabWidget *m_breakdownTabs = nullptr;
    QTableView *m_customerView = nullptr;
    QTableView *m_repView = nullptr;
    CsatTableModel *m_customerModel = nullptr;
    CsatTableModel *m_repModel = nullptr;
    QLineEdit *m_searchLineEdit = nullptr;
    QCheckBox *m_complaintsCheckBox = nullptr;
    QCheckBox *m_openCheckBox = nullptr;
    QLabel *m_showingLabel = nullptr;
    QPushButton *m_showAllButton = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_detailLabel = nullptr;
    FeedbackModel *m_model = nullptr;
    FeedbackFilterModel *m_proxy = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace attain::ui
