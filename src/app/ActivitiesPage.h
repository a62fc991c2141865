#pragma once

#include "app/ActivitiesLoader.h"
#include "app/LatestLoad.h"
#include "storage/Actor.h"

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace attain::ui {

class ActivitiesModel;
class ActivityEntryForm;
class ActivityFilterBar;
class ActivityStore;
class AppSettings;

/// Activities: the entry form on top (Enter logs one and keeps the focus for the next), the
/// list below with its filters; Enter or a double-click edits, Delete deletes, Ctrl+Z and
/// Ctrl+Shift+Z undo and redo. A rep sees and logs only their own activities.
class ActivitiesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesPage)

public:
    explicit ActivitiesPage(AppSettings &settings, QWidget *parent = nullptr);
    ~ActivitiesPage() override;

    /// Opens the page's own connection for writes and loads the list on a worker (once the
    /// page is shown: File ▸ Log Activity… works without it).
    void setDatabasePath(const QString &path);
    /// Who logs: a rep sees only their own activities and has no rep filter or column.
    void setActor(const storage::Actor &actor);
    void reload();
    /// The Log Activity… dialog over `over`; true when an activity was logged.
    bool logActivity(QWidget *over);
    /// Edits / deletes (after asking) the list's current activity.
    void editCurrent();
    void deleteCurrent();

    [[nodiscard]] ActivityEntryForm *entryForm() const { return m_form; }
    [[nodiscard]] ActivitiesModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    /// The list shows a new load.
    void loaded();
    /// An activity was added, edited or deleted (also by undo and redo).
    void activitiesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addFromForm();
    void showData(ActivitiesData data);
    void updateCount();
    void rememberDefaults(const storage::Activity &activity);
    void applyDefaults(ActivityEntryForm &form) const;
    [[nodiscard]] QString currentId() const;

    AppSettings &m_settings;
    QString m_path;
    storage::Actor m_actor;
    ActivityStore *m_store;
    QUndoStack *m_undoStack;
    ActivityEntryForm *m_form;
    ActivityFilterBar *m_filterBar;
    ActivitiesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_tableView;
    QLabel *m_noticeLabel;
    QLabel *m_countLabel;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QString m_selectAfterLoad; ///< the id to select once the next load shows
    bool m_defaultsApplied = false; ///< the form holds the file's remembered values
    bool m_formWriting = false;
    bool m_reloadWhenShown = false; ///< a reload was asked for while the page was hidden     ///< a write from a form runs: it shows its own refusal
    std::vector<storage::CustomerChoice> m_customers;
    std::vector<storage::OrganisationUnit> m_reps;
    LatestLoad<ActivitiesData> m_load;
};

} // namespace attain::ui
