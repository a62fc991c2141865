#pragma once

#include "app/DashboardLoader.h"
#include "app/DashboardPeriod.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;

namespace attain::ui {

class BreakdownChart;
class KpiTile;
class RevenueLineChart;
class ScopeBreadcrumb;

/// The page a manager opens every morning: KPI tiles, cumulative revenue against target with
/// its forecast, and a breakdown that drills down, for a period (this month, quarter or year,
/// fiscal-aware, or a custom range) and a scope (company, team, rep; channel, product line,
/// region). Every figure is DashboardRepository's, loaded on a worker thread with its own
/// connection; a newer selection supersedes an older one still loading.
///
/// To embed: add it to the navigation, call setDatabasePath() whenever a database opens (an
/// empty path clears it) and setAsOf() with today.
///
/// The leaderboard, the risk panel and activities-against-results are widgets of their own
/// that live in leaderboardArea(), riskArea() and activityArea(): empty widgets with a
/// vertical layout. Adding a widget to one (`page->leaderboardArea()->layout()->addWidget(w)`)
/// shows it in the tabs under the charts; the tabs stay hidden while all three are empty.
/// dashboardShown() gives them each new dashboard (its snapshot has the leaderboard and
/// activity rows), selection() the current request.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// Shows the given database (loads at once); an empty path clears the page.
    void setDatabasePath(const QString &path);
    [[nodiscard]] const QString &databasePath() const { return m_path; }
    /// Loads the current selection again (after targets changed elsewhere).
    void reload();
    /// "Today": figures run from the period's start to it. Reloads.
    void setAsOf(engine::Date asOf);
    [[nodiscard]] engine::Date asOf() const { return m_asOf; }
    /// The month the fiscal year starts in (1 = January): quarters and years follow it. Reloads.
    void setFiscalYearStartMonth(unsigned month);

    // The selection. Each change reloads.
    void setPeriodPreset(DashboardPeriodPreset preset);
    /// A custom range (also selects the Custom preset).
    void setCustomPeriod(engine::Date first, engine::Date last);
    /// Shows `scope`; the breadcrumb becomes company › team › rep › product line › channel › region.
    void setScope(const storage::DashboardScope &scope);
    /// Narrows the scope to a row of the breakdown shown (DashboardRepository::drillDown);
    /// the breadcrumb gains a crumb.
    void drillDown(const QString &id);
    /// Back to crumb `index` of the breadcrumb (0 = the company).
    void goBackTo(int index);
    /// What the bars break down by; nullopt for the scope's default (DashboardRepository::defaultBreakdown).
    void setBreakdownDimension(std::optional<storage::DashboardDimension> dimension);

    [[nodiscard]] const storage::DashboardScope &scope() const { return m_scope; }
    /// The period selected; nullopt for a custom range that ends before it starts.
    [[nodiscard]] std::optional<engine::Period> period() const;
    /// The request the current selection makes (period, scope, as-of, currency).
    [[nodiscard]] storage::DashboardRequest selection() const;
    /// The figures shown; null before the first load.
    [[nodiscard]] std::shared_ptr<const DashboardData> data() const { return m_data; }
    [[nodiscard]] bool isLoading() const { return m_watcher.isRunning() || m_panelWatcher.isRunning(); }

    // The panels' places (see the class comment).
    [[nodiscard]] QWidget *leaderboardArea() const { return m_leaderboardArea; }
    [[nodiscard]] QWidget *riskArea() const { return m_riskArea; }
    [[nodiscard]] QWidget *activityArea() const { return m_activityArea; }

    // The parts, for tests and screenshots.
    [[nodiscard]] KpiTile *tile(storage::DashboardTileId id) const;
    [[nodiscard]] RevenueLineChart *lineChart() const { return m_lineChart; }
    [[nodiscard]] BreakdownChart *breakdownChart() const { return m_breakdownChart; }
    [[nodiscard]] ScopeBreadcrumb *breadcrumb() const { return m_breadcrumb; }
    [[nodiscard]] QTabWidget *panelTabs() const { return m_panelTabs; }

Q_SIGNALS:
    /// New figures are on screen: tiles and charts (or the load failed: data()->error says why).
    void loaded();
    /// A whole dashboard for the panels: the figures and the panels' rows (leaderboard,
    /// activities), emitted once both parts of the newest selection are in.
    void dashboardShown(const attain::ui::DashboardData &data);
    /// The selection changed; its figures are loading.
    void selectionChanged(const attain::storage::DashboardRequest &request);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// One step of the breadcrumb below the company.
    struct Crumb
    {
        storage::DashboardDimension dimension;
        QString id;
        QString name;
    };

    void buildSelectors(QWidget *content);
    void load();
    void showData(DashboardData data);
    /// Completes the figures shown with the panels' rows of the same selection.
    void mergePanels();
    void showMembers();
    void syncSelectors();
    void scopeChosenInPickers();
    void updatePeriodControls();
    void updateBreadcrumb();
    void updateNotices(const DashboardData &data);
    [[nodiscard]] PeriodChoice periodChoice() const;
    [[nodiscard]] QString nameOf(storage::DashboardDimension dimension, const QString &id) const;

    QString m_path;
    engine::Date m_asOf;
    unsigned m_fiscalStartMonth = 1;
    std::vector<Crumb> m_crumbs;
    storage::DashboardScope m_scope;
    std::optional<storage::DashboardDimension> m_breakdownBy;
    std::shared_ptr<const DashboardMembers> m_members;
    std::shared_ptr<const DashboardData> m_data;
    bool m_needMembers = true;

    // Two worker threads, one per part, each owning its connection; tasks share their source
    // and the generation counter (never `this`), so a page closing under them is safe.
    QThreadPool m_pool, m_panelPool;
    std::shared_ptr<DashboardSource> m_source = std::make_shared<DashboardSource>();
    std::shared_ptr<DashboardSource> m_panelSource = std::make_shared<DashboardSource>();
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    QFutureWatcher<DashboardData> m_watcher, m_panelWatcher;
    quint64 m_shownGeneration = 0; ///< the request behind m_data
    std::optional<DashboardData> m_panels; ///< the panels' part of m_shownGeneration, until merged
    quint64 m_panelsGeneration = 0;

    QLabel *m_periodLabel = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QComboBox *m_periodComboBox = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_teamComboBox = nullptr;
    QComboBox *m_repComboBox = nullptr;
    QComboBox *m_channelComboBox = nullptr;
    QComboBox *m_productLineComboBox = nullptr;
    QComboBox *m_regionComboBox = nullptr;
    QComboBox *m_breakdownComboBox = nullptr;
    ScopeBreadcrumb *m_breadcrumb = nullptr;
    std::map<storage::DashboardTileId, KpiTile *> m_tiles;
    RevenueLineChart *m_lineChart = nullptr;
    BreakdownChart *m_breakdownChart = nullptr;
    QTabWidget *m_panelTabs = nullptr;
    QWidget *m_leaderboardArea = nullptr;
    QWidget *m_riskArea = nullptr;
    QWidget *m_activityArea = nullptr;
};

} // namespace attain::ui
