#include "app/MainWindow.h"

#include "app/AboutDialog.h"
#include "app/ActivitiesPage.h"
#include "app/AppSettings.h"
#include "app/DashboardPage.h"
#include "app/DashboardPanels.h"
#include "app/DatabaseOpener.h"
#include "app/DealsPage.h"
#include "app/DecompositionDialog.h"
#include "app/DemoDatabaseTask.h"
#include "app/FeedbackPage.h"
#include "app/OverviewPage.h"
#include "app/RepPackActions.h"
#include "app/ReviewsPage.h"
#include "app/SalesSnapshot.h"
#include "app/SmartTargetWizard.h"
#include "app/TableViewCsv.h"
#include "app/TargetsModel.h"
#include "app/TargetsPage.h"
#include "app/WorkAsDialog.h"
#include "app/WorkloadPage.h"
#include "engine/Date.h"
#include "engine/SalesData.h"
#include "storage/Database.h"
#include "storage/OrganisationRepository.h"
#include "storage/StorageError.h"
#include "storage/TargetRepository.h"
#include "storage/pack/FileSettings.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace attain::ui {

namespace {
QString fileFilter()
{
    return QCoreApplication::translate("attain::ui::MainWindow", "Attain databases (*.attain);;All files (*)");
}

/// A save dialog that adds ".attain" itself, so its "replace?" question is about the
/// file that will really be written.
QString chooseNewFile(QWidget *parent, const QString &title, const QString &start)
{
    QFileDialog dialog(parent, title, start, fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("attain"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}
} // namespace

MainWindow::MainWindow(AppSettings &settings, QString logPath, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_logPath(std::move(logPath))
    , m_dashboardPage(new DashboardPage(this))
    , m_overviewPage(new OverviewPage(this))
    // One desktop, one manager until there are logins: the account name signs revisions.
    , m_targetsPage(new TargetsPage(storage::Actor { QDir::home().dirName(), {} }, this))
    , m_reviewsPage(new ReviewsPage(storage::Actor { QDir::home().dirName(), {} }, this))
    , m_activitiesPage(new ActivitiesPage(settings, this))
    , m_workloadPage(new WorkloadPage(this))
    , m_feedbackPage(new FeedbackPage(this))
    , m_dealsPage(new DealsPage(this))
    , m_databaseLabel(new QLabel(this))
    , m_workingAsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_dashboardPage->setObjectName(QStringLiteral("dashboardPage"));
    m_overviewPage->setObjectName(QStringLiteral("overviewPage"));
    m_targetsPage->setObjectName(QStringLiteral("targetsPage"));
    m_reviewsPage->setObjectName(QStringLiteral("reviewsPage"));
    m_activitiesPage->setObjectName(QStringLiteral("activitiesPage"));
    m_workloadPage->setObjectName(QStringLiteral("workloadPage"));
    m_feedbackPage->setObjectName(QStringLiteral("feedbackPage"));
    m_dealsPage->setObjectName(QStringLiteral("dealsPage"));
    const QDate today = QDate::currentDate();
    const engine::Date asOf =
        engine::makeDate(today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    m_targetsPage->setAsOf(asOf);
    m_dashboardPage->setAsOf(asOf);
    m_workloadPage->setAsOf(asOf);
    m_feedbackPage->setAsOf(asOf);
    m_reviewsPage->setAsOf(asOf);
    createNavigation();
    attachDashboardPanels(*m_dashboardPage, *m_targetsPage);
    // The dashboard's risk panel reads the targets list: load it once the dashboard is up (it
    // computes every target's card, which takes longer than the dashboard's facts).
    connect(m_dashboardPage, &DashboardPage::loaded, this, &MainWindow::loadTargetsDatabase);
    // Feedback is the dashboard's CSAT.
    connect(m_feedbackPage, &FeedbackPage::feedbackChanged, m_dashboardPage, &DashboardPage::reload);
    // A revision, decomposition or new target changes the dashboard's targets too.
    connect(m_targetsPage, &TargetsPage::loaded, m_dashboardPage, &DashboardPage::reload);
    // A review's briefing shows the targets list's attainment, pace and status.
    connect(m_targetsPage, &TargetsPage::loaded, m_reviewsPage,
            [this] { m_reviewsPage->setTargets(m_targetsPage->model()->targetsData()); });
    // A logged, edited or deleted activity changes the dashboard's activity figures.
    connect(m_activitiesPage, &ActivitiesPage::activitiesChanged, m_dashboardPage, &DashboardPage::reload);
    // A won, lost or edited deal changes revenue, win rate and the pipeline.
    connect(m_dealsPage, &DealsPage::dealsChanged, m_dashboardPage, &DashboardPage::reload);
    connect(m_targetsPage, &TargetsPage::decomposeTarget, this, [this](const QString &id) {
        if (!m_database)
            return;
        if (const auto snapshot = salesSnapshot(tr("Break Down Target"));
            snapshot && runDecompositionDialog(this, m_database->connection(), id, *snapshot, actor()))
            m_targetsPage->reload();
    });
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_workingAsLabel->setObjectName(QStringLiteral("workingAsLabel"));
    statusBar()->addPermanentWidget(m_workingAsLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_repPacks = new RepPackActions(this);
    // A merged data pack changes the records the pages show.
    connect(m_repPacks, &RepPackActions::databaseChanged, this, [this] {
        m_dashboardPage->reload();
        m_targetsPage->reload();
    });
    createMenus();
    connect(&m_settings, &AppSettings::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    updateTitle();
    // Most of the screen, up to what the pages are laid out for: the review and workload pages
    // need the width, the dashboard its height for the panels under the charts.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1100, 760);
    resize(std::min(1440, available.width() * 9 / 10), std::min(960, available.height() * 9 / 10));
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    // A navigation list beside the pages, the dashboard first (the page a manager opens every
    // morning); more as their issues land.
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->addItem(tr("Dashboard"));
    m_navigation->addItem(tr("Overview"));
    m_navigation->addItem(tr("Targets"));
    m_navigation->addItem(tr("Reviews"));
    m_navigation->addItem(tr("Activities"));
    m_navigation->addItem(tr("Workload"));
    m_navigation->addItem(tr("Feedback"));
    m_navigation->addItem(tr("Deals"));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 4 * fontMetrics().averageCharWidth() + 8);
    m_navigation->setAccessibleName(tr("Pages"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_pages->addWidget(m_dashboardPage);
    m_pages->addWidget(m_overviewPage);
    m_pages->addWidget(m_targetsPage);
    m_pages->addWidget(m_reviewsPage);
    m_pages->addWidget(m_activitiesPage);
    m_pages->addWidget(m_workloadPage);
    m_pages->addWidget(m_feedbackPage);
    m_pages->addWidget(m_dealsPage);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showTargetsDatabase);
    m_navigation->setCurrentRow(0);
}

std::shared_ptr<const SalesSnapshot> MainWindow::salesSnapshot(const QString &title)
{
    // The targets list has usually loaded it already; every change since went through a
    // dialog that reloads the list.
    if (auto cached = m_targetsPage->model()->targetsData().snapshot; cached && cached->databasePath == m_database->path())
        return cached;
    return loadSalesSnapshotWithProgress(this, m_database->path(), reportingCurrency(), title);
}

storage::Actor MainWindow::actor() const
{
    return m_targetsPage->actor();
}

void MainWindow::applyWorkingAs()
{
    // A file has no logins: a manager signs with the account name, a rep with their name.
    storage::Actor actor { QDir::home().dirName(), {} };
    // A rep's personal database (File ▸ Create Rep Database) always works as that rep.
    std::optional<storage::pack::RepFileOwner> owner;
    try {
        owner = storage::pack::repDatabaseOwner(m_database->connection());
    } catch (const storage::StorageError &error) {
        spdlog::warn("could not read the file settings: {}", error.message().toStdString());
    }
    m_workAsAction->setEnabled(!owner);
    m_workAsAction->setToolTip(owner ? tr("This is %1's rep database: it always works as %1.").arg(owner->repName)
                                     : QString());
    if (owner) {
        actor = storage::Actor { owner->repName, owner->repId };
    } else if (const QString repId = m_settings.workingAsRep(m_database->path()); !repId.isEmpty()) {
        try {
            for (const storage::OrganisationUnit &rep : storage::OrganisationRepository(m_database->connection()).reps())
                if (rep.id == repId)
                    actor = storage::Actor { rep.name, rep.id };
        } catch (const storage::StorageError &error) {
            spdlog::warn("could not read the reps: {}", error.message().toStdString());
        }
    }
    m_targetsPage->setActor(actor);
    m_reviewsPage->setActor(actor);
    m_activitiesPage->setActor(actor);
    m_workloadPage->setActor(actor);
    m_feedbackPage->setActor(actor);
    m_dealsPage->setActor(actor);
    m_repPacks->setContext(m_database->path(), owner.has_value(), actor);
    m_workingAsLabel->setText(owner                ? tr("Rep database: %1").arg(owner->repName)
                              : actor.isManager() ? tr("Manager: %1").arg(actor.name)
                                                  : tr("Rep: %1").arg(actor.name));
}

void MainWindow::chooseWorkingAs()
{
    if (!m_database)
        return;
    std::vector<storage::OrganisationUnit> reps;
    try {
        reps = storage::OrganisationRepository(m_database->connection()).reps();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Work As"), error.message());
        return;
    }
    WorkAsDialog dialog(reps, m_settings.workingAsRep(m_database->path()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setWorkingAsRep(m_database->path(), dialog.repId());
    applyWorkingAs();
}

void MainWindow::newTarget()
{
    if (!m_database)
        return;
    const QString title = tr("New Target");
    const std::shared_ptr<const SalesSnapshot> snapshot = salesSnapshot(title);
    if (!snapshot)
        return;
    if (!snapshot->sales.ok()) {
        QMessageBox::warning(this, title,
                             tr("The sales data has %n problem(s) (for example a missing exchange rate); fix "
                                "them before setting targets.",
                                nullptr, static_cast<int>(snapshot->sales.issues().size())));
        return;
    }
    try {
        storage::TargetRepository targets(m_database->connection());
        storage::IdMap ids = snapshot->ids;
        std::vector<storage::StoredTarget> existing = targets.loadStored(ids);
        const QDate today = QDate::currentDate();
        SmartTargetWizard wizard({snapshot->sales, ids, snapshot->teams, snapshot->reps, std::move(existing),
                                  engine::makeDate(today.year(), static_cast<unsigned>(today.month()),
                                                   static_cast<unsigned>(today.day())),
                                  1, snapshot->channels, snapshot->productLines, snapshot->regions},
                                 this);
        if (wizard.exec() != QDialog::Accepted)
            return;
        if (const auto target = wizard.takeTarget()) {
            targets.insert({*target}, ids);
            m_targetsPage->reload();
            showPage(Page::Targets);
        }
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, title, error.message());
    }
}

void MainWindow::logActivity()
{
    m_activitiesPage->logActivity(this);
}

void MainWindow::showTargetsDatabase()
{
    // The reviews' briefings read the targets list too.
    if (m_pages->currentWidget() == m_targetsPage || m_pages->currentWidget() == m_reviewsPage)
        loadTargetsDatabase();
}

void MainWindow::loadTargetsDatabase()
{
    if (!m_database || m_targetsPagePath == m_database->path())
        return;
    m_targetsPagePath = m_database->path();
    m_targetsPage->setDatabasePath(m_targetsPagePath);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    file->addAction(tr("New &Demo Database…"), this, &MainWindow::newDemoDatabase);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::chooseDatabase);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_logActivityAction = file->addAction(tr("&Log Activity…"), this, &MainWindow::logActivity);
    m_logActivityAction->setObjectName(QStringLiteral("logActivityAction"));
    m_logActivityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logActivityAction->setEnabled(false);
    QAction *exportTableAction
        = file->addAction(tr("Export &Table…"), this, [this] { exportPageTable(m_pages->currentWidget()); });
    exportTableAction->setObjectName(QStringLiteral("exportTableAction"));
    file->addSeparator();
    m_repPacks->addTo(file);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *targets = menuBar()->addMenu(tr("&Targets"));
    targets->setToolTipsVisible(true); // why Work As… is off in a rep database
    m_newTargetAction = targets->addAction(tr("&New Target…"), this, &MainWindow::newTarget);
    m_newTargetAction->setObjectName(QStringLiteral("newTargetAction"));
    m_newTargetAction->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_newTargetAction->setEnabled(false);
    targets->addSeparator();
    m_workAsAction = targets->addAction(tr("&Work As…"), this, &MainWindow::chooseWorkingAs);
    m_workAsAction->setObjectName(QStringLiteral("workAsAction"));
    m_workAsAction->setEnabled(false);

    QMenu *reviews = menuBar()->addMenu(tr("&Reviews"));
    m_newReviewAction = reviews->addAction(tr("&New Review…"), this, [this] {
        showPage(Page::Reviews);
        m_reviewsPage->newReview();
    });
    m_newReviewAction->setObjectName(QStringLiteral("newReviewAction"));
    m_newReviewAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_newReviewAction->setEnabled(false);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *dashboardAction = go->addAction(tr("&Dashboard"), this, [this] { showPage(Page::Dashboard); });
    dashboardAction->setObjectName(QStringLiteral("goDashboardAction"));
    dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *overviewAction = go->addAction(tr("&Overview"), this, [this] { showPage(Page::Overview); });
    overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *targetsAction = go->addAction(tr("&Targets"), this, [this] { showPage(Page::Targets); });
    targetsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *reviewsAction = go->addAction(tr("&Reviews"), this, [this] { showPage(Page::Reviews); });
    reviewsAction->setObjectName(QStringLiteral("goReviewsAction"));
    reviewsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *activitiesAction = go->addAction(tr("&Activities"), this, [this] { showPage(Page::Activities); });
    activitiesAction->setObjectName(QStringLiteral("goActivitiesAction"));
    activitiesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *workloadAction = go->addAction(tr("&Workload"), this, [this] { showPage(Page::Workload); });
    workloadAction->setObjectName(QStringLiteral("goWorkloadAction"));
    workloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    QAction *feedbackAction = go->addAction(tr("&Feedback"), this, [this] { showPage(Page::Feedback); });
    feedbackAction->setObjectName(QStringLiteral("goFeedbackAction"));
    feedbackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    QAction *dealsAction = go->addAction(tr("D&eals"), this, [this] { showPage(Page::Deals); });
    dealsAction->setObjectName(QStringLiteral("goDealsAction"));
    dealsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Attain"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    // Migrations and the dashboard facts of an older file are built on a worker first.
    if (!prepareDatabase(this, path, error))
        return false;
    auto opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        if (error)
            *error = opened.message;
        return false;
    }
    m_database = std::move(opened.database);
    m_settings.addRecentFile(path);
    m_dashboardPage->setDatabasePath(m_database->path());
    m_overviewPage->setDatabasePath(m_database->path());
    m_workloadPage->setDatabasePath(m_database->path()); // loads when first shown
    m_feedbackPage->setDatabasePath(m_database->path());
    m_reviewsPage->setDatabasePath(m_database->path());
    // The targets page computes every target's KPIs: only when it is (or becomes) visible.
    showTargetsDatabase();
    m_newTargetAction->setEnabled(true);
    m_workAsAction->setEnabled(true);
    m_logActivityAction->setEnabled(true);
    m_newReviewAction->setEnabled(true);
    applyWorkingAs();
    m_activitiesPage->setDatabasePath(m_database->path());
    m_dealsPage->setDatabasePath(m_database->path()); // loads when first shown
    updateTitle();
    spdlog::info("opened database {}", path.toStdString());
    return true;
}

QString MainWindow::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

void MainWindow::openDatabaseReportingErrors(const QString &path)
{
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::warning(this, tr("Open database"), error);
}

void MainWindow::newDatabase()
{
    const QString path = chooseNewFile(this, tr("New database"), QDir::homePath());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose a new file name, or open it with File ▸ Open.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto created = storage::Database::open(path, storage::Database::Mode::CreateIfMissing);
    if (!created.database) {
        QMessageBox::warning(this, tr("New database"), created.message);
        return;
    }
    created.database.reset();
    openDatabaseReportingErrors(path);
}

void MainWindow::newDemoDatabase()
{
    const QString path = chooseNewFile(this, tr("New demo database"),
                                       QDir::home().filePath(QStringLiteral("demo.attain")));
    if (path.isEmpty())
        return;
    // The save dialog has already asked whether to replace an existing file.
    if (path == databasePath()) {
        QMessageBox::warning(this, tr("New demo database"), tr("That database is open; choose another file."));
        return;
    }
    if (createDemoDatabaseWithProgress(this, path, defaultDemoSpec(), true))
        openDatabaseReportingErrors(path);
}

void MainWindow::chooseDatabase()
{
    const QString start = databasePath().isEmpty() ? QDir::homePath() : QFileInfo(databasePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), start, fileFilter());
    if (!path.isEmpty())
        openDatabaseReportingErrors(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // &1 … &8 make the entries keyboard-accessible.
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openDatabaseReportingErrors(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), &m_settings, &AppSettings::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(databasePath(), m_logPath, this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    const QString path = databasePath();
    if (path.isEmpty()) {
        setWindowTitle(tr("Attain"));
        m_databaseLabel->setText(tr("No database open"));
        return;
    }
    setWindowTitle(tr("%1 — Attain").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setText(tr("Local file: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace attain::ui
