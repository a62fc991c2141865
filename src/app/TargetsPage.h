#pragma once

#include "app/TargetRights.h"
#include "app/TargetsLoader.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace attain::storage {
class Database;
class TargetRepository;
} // namespace attain::storage

namespace attain::ui {

class TargetsFilterModel;
class TargetsModel;

/// Every target in a sortable, searchable table with its actual, attainment, pace and status
/// (computed by the engine on a worker thread). Double-click or Enter emits openTarget(id) and
/// opens the target's view (TargetDetailDialog); the context menu revises a target
/// (RevisionDialog), shows its history (RevisionHistoryDialog) or exports the visible rows as CSV.
///
/// To embed: `auto *page = new TargetsPage(actor, parent);` add it to the main
/// window's navigation, call `page->setDatabasePath(path)` whenever a database is opened (an
/// empty path clears it) and connect `decomposeTarget` to the decomposition editor.
class TargetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsPage)

public:
    /// `actor` signs revisions and locks; what they may do follows TargetRights.
    explicit TargetsPage(storage::Actor actor, QWidget *parent = nullptr);
    ~TargetsPage() override;

    /// Who works on the page from now on (File ▸ Work As…): actions follow their rights.
    void setActor(const storage::Actor &actor);
    [[nodiscard]] const storage::Actor &actor() const { return m_actor; }
    /// What the current actor may do with a target of the list.
    [[nodiscard]] TargetRights rightsFor(const TargetRow &row) const;
    /// Locks or unlocks a target (managers); the list reloads. False with the notice shown
    /// when the database refuses.
    bool setLocked(const QString &targetId, bool locked);

    /// Shows the given database; an empty path clears the page.
    void setDatabasePath(const QString &path);
    /// The day actuals, pace and status are computed for (default: today). Reloads.
    void setAsOf(engine::Date asOf);
    void reload();

    /// Opens the target's view (non-modal), or raises it when it is open already. A view opened
    /// from another (`opener`: a parent's or a child's) sits a little below and right of it.
    void showTarget(const QString &targetId, QWidget *opener = nullptr);
    /// Opens the revision dialog for a target (window-modal over `over`, default the page;
    /// returns at once); an accepted change is stored and the list reloads.
    void reviseTarget(const QString &targetId, QWidget *over = nullptr);
    /// Opens the revision history of a target (window-modal over `over`, default the page).
    void showHistory(const QString &targetId, QWidget *over = nullptr);
    /// Writes the visible rows, as shown and in the shown order, to `path` (CsvWriter: UTF-8
    /// with BOM for Excel). False with `error` set when it cannot be written.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    [[nodiscard]] TargetsModel *model() const { return m_model; }
    [[nodiscard]] TargetsFilterModel *filterModel() const { return m_proxy; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }
    [[nodiscard]] bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded();
    void openTarget(const QString &targetId);
    /// The user asked to break this target down (Decompose…, Ctrl+D).
    void decomposeTarget(const QString &targetId);

private:
    void showData(TargetsData data);
    void showContextMenu(const QPoint &position);
    void exportWithDialog();
    void updateCount();
    void updateRowActions();
    void closeDialogs();
    [[nodiscard]] QString currentTargetId() const;
    /// A repository on this thread's own connection, for the user's commands; nullptr (and
    /// the notice shown) when the database cannot be opened.
    [[nodiscard]] std::unique_ptr<storage::TargetRepository> commandRepository();

    storage::Actor m_actor;
    QString m_path;
    engine::Date m_asOf;
    std::unique_ptr<storage::Database> m_commandDatabase;
    // Shared with worker tasks (which may outlive the page) so they can tell they are stale.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    QFutureWatcher<TargetsData> m_watcher;
    QLabel *m_asOfLabel;
    QLineEdit *m_searchLineEdit;
    QLineEdit *m_periodLineEdit;
    QComboBox *m_scopeComboBox;
    QComboBox *m_statusComboBox;
    QLabel *m_countLabel;
    QLabel *m_noticeLabel;
    QTableView *m_tableView;
    TargetsModel *m_model;
    TargetsFilterModel *m_proxy;
    QAction *m_reviseAction;
    QAction *m_decomposeAction;
    QAction *m_historyAction;
    QAction *m_exportAction;
    QAction *m_lockAction;
};

} // namespace attain::ui
