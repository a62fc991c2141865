#pragma once

#include "storage/Actor.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace attain::storage {
class Database;
}

namespace attain::ui {

class ActivitiesPage;
class AppSettings;
struct SalesSnapshot;
class DashboardPage;
class DealsPage;
class FeedbackPage;
class OverviewPage;
class RepPackActions;
class ReviewsPage;
class TargetsPage;
class WorkloadPage;

/// The main window: File and Help menus around the pages. It owns the open database;
/// pages load their data on worker threads with their own connections.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppSettings &settings, QString logPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (and migrates) the database at `path`. On failure the current database stays
    /// open, and `error` (when given) says why.
    bool openDatabase(const QString &path, QString *error = nullptr);
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] DashboardPage *dashboardPage() const { return m_dashboardPage; }
    [[nodiscard]] OverviewPage *overviewPage() const { return m_overviewPage; }
    [[nodiscard]] TargetsPage *targetsPage() const { return m_targetsPage; }
    [[nodiscard]] ReviewsPage *reviewsPage() const { return m_reviewsPage; }
    [[nodiscard]] ActivitiesPage *activitiesPage() const { return m_activitiesPage; }
    [[nodiscard]] WorkloadPage *workloadPage() const { return m_workloadPage; }
    [[nodiscard]] FeedbackPage *feedbackPage() const { return m_feedbackPage; }
    [[nodiscard]] DealsPage *dealsPage() const { return m_dealsPage; }
    /// The navigation's pages, in its order (Go ▸ Dashboard is Ctrl+1, and so on).
    enum class Page { Dashboard, Overview, Targets, Reviews, Activities, Workload, Feedback, Deals };
    void showPage(Page page);

private:
    void createMenus();
    void createNavigation();
    /// Loads the targets list when its page is the current one (it computes every card).
    void showTargetsDatabase();
    /// Loads the targets list for the open database unless it has it already.
    void loadTargetsDatabase();
    void openDatabaseReportingErrors(const QString &path);
    void newDatabase();
    void newDemoDatabase();
    void chooseDatabase();
    void rebuildRecentMenu();
    void showAbout();
    void newTarget();
    /// File ▸ Log Activity… (Ctrl+L): the activity entry form in a dialog, from any page.
    void logActivity();
    /// The open database's sales: the targets list's copy, else loaded behind a progress dialog.
    [[nodiscard]] std::shared_ptr<const SalesSnapshot> salesSnapshot(const QString &title);
    /// Who signs changes to the open database.
    [[nodiscard]] storage::Actor actor() const;
    /// Targets ▸ Work As…: a manager or one of the file's reps (remembered per file).
    void chooseWorkingAs();
    void applyWorkingAs();
    void updateTitle();

    AppSettings &m_settings;
    QString m_logPath;
    std::unique_ptr<storage::Database> m_database;
    DashboardPage *m_dashboardPage;
    OverviewPage *m_overviewPage;
    TargetsPage *m_targetsPage;
    ReviewsPage *m_reviewsPage;
    ActivitiesPage *m_activitiesPage;
    WorkloadPage *m_workloadPage;
    FeedbackPage *m_feedbackPage;
    DealsPage *m_dealsPage;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QString m_targetsPagePath; ///< the database the targets page shows; loaded when first shown
    QMenu *m_recentMenu = nullptr;
    QAction *m_newTargetAction = nullptr;
    QAction *m_workAsAction = nullptr;
    QAction *m_logActivityAction = nullptr;
    QAction *m_newReviewAction = nullptr;
    QLabel *m_databaseLabel;
    QLabel *m_workingAsLabel;
    RepPackActions *m_repPacks = nullptr;
};

} // namespace attain::ui
