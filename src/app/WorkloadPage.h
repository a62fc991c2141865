#pragma once

#include "app/WorkloadLoader.h"
#include "storage/Actor.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace attain::ui {

class WorkloadModel;
class WorkloadResultsPanel;
class WorkloadSummary;

/// Workload and balance (Go ▸ Workload, Ctrl+6): per rep and ISO week, the activities and
/// hours logged against the weekly norm, each rep's load class over the range, the team's
/// balance, and activity against revenue won. Loads on a worker thread. A rep sees their own
/// row and the team's mean only; only a manager edits the norms (Norms…, undoable).
class WorkloadPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadPage)

public:
    explicit WorkloadPage(QWidget *parent = nullptr);
    ~WorkloadPage() override;

    /// Shows the given database (loads when the page is visible); empty clears the page.
    void setDatabasePath(const QString &path);
    void setActor(const storage::Actor &actor);
    /// "Today": the weeks end with the one holding it, and its later weekdays do not count.
    void setAsOf(engine::Date asOf);
    /// Loads again with the current settings.
    void reload();

    /// Sets the norms in the database (one command on the undo stack); false with a message
    /// box when storage refuses.
    bool applyNorms(const engine::WorkloadNorms &norms);

    [[nodiscard]] WorkloadModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }
    [[nodiscard]] QComboBox *teamComboBox() const { return m_teamComboBox; }
    [[nodiscard]] QComboBox *weeksComboBox() const { return m_weeksComboBox; }
    [[nodiscard]] QComboBox *showComboBox() const { return m_showComboBox; }
    [[nodiscard]] QPushButton *normsButton() const { return m_normsButton; }
    [[nodiscard]] WorkloadSummary *summary() const { return m_summary; }
    [[nodiscard]] WorkloadResultsPanel *resultsPanel() const { return m_resultsPanel; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] const WorkloadData &data() const { return m_data; }
    [[nodiscard]] bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void load();
    void showData(const WorkloadData &data);
    void fitTable();
    void fillTeams(const std::vector<storage::DashboardMember> &teams);
    void editNorms();
    /// Writes norms through its own connection; false (with a message) when refused.
    bool writeNorms(const engine::WorkloadNorms &norms);

    QString m_path;
    storage::Actor m_actor;
    engine::Date m_asOf {};
    bool m_dirty = false; ///< the database or a setting changed while the page was hidden
    bool m_userSorted = false; ///< the user picked a sort column (else: by load, highest first)
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    QFutureWatcher<WorkloadData> m_watcher;
    WorkloadData m_data;
    QComboBox *m_teamComboBox;
    QComboBox *m_weeksComboBox;
    QComboBox *m_showComboBox;
    QPushButton *m_normsButton;
    QLabel *m_rangeLabel;
    WorkloadSummary *m_summary;
    QTableView *m_tableView;
    WorkloadModel *m_model;
    QSortFilterProxyModel *m_proxy;
    WorkloadResultsPanel *m_resultsPanel;
    QUndoStack *m_undoStack;

    friend class NormsCommand;
};

} // namespace attain::ui
