#pragma once

#include "app/OverviewLoader.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace attain::ui {

class TeamRevenueModel;

/// The first screen: this year's won revenue against target per team, as a table and a
/// bar chart. Data loads on a worker thread; the page shows "Loading…" meanwhile.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    /// Shows the given database; an empty path clears the page.
    void setDatabasePath(const QString &path);
    /// The year shown when the database has it (default: the current year).
    void setCurrentYear(int year) { m_currentYear = year; }

    [[nodiscard]] TeamRevenueModel *model() const { return m_model; }
    [[nodiscard]] QChart *chart() const { return m_chart; }
    [[nodiscard]] bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded();

private:
    void load(std::optional<int> year);
    void showData(const OverviewData &data);
    void rebuildChart();
    void fitTableToRows();
    void showBarTooltip(bool hovering, int index, QBarSet *set);

    QString m_path;
    int m_currentYear;
    // Shared with worker tasks (which may outlive the page) so they can tell they are stale.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    QBarSet *m_targetSet = nullptr;
    QFutureWatcher<OverviewData> m_watcher;
    QComboBox *m_yearComboBox;
    QLabel *m_summaryLabel;
    QLabel *m_noticeLabel;
    QTableView *m_tableView;
    TeamRevenueModel *m_model;
    QChart *m_chart;
    QChartView *m_chartView;
};

} // namespace attain::ui
