#pragma once

#include "storage/DashboardTypes.h"

#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPointF;
class QScatterSeries;
class QStackedWidget;

namespace attain::ui {

/// Activities logged against revenue won, one point per rep, to spot workload imbalance: reps
/// far below the average line work hard for little, reps far above it win a lot with few
/// activities. Under the chart a line names the reps with the most and the least revenue per
/// activity. Hovering a point shows the rep and the exact values; clicking it, or stepping to
/// it with the arrow keys and pressing Enter, emits repActivated. Plain data in: the page
/// passes DashboardSnapshot::activity.
class ActivityScatterWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityScatterWidget)

public:
    explicit ActivityScatterWidget(QWidget *parent = nullptr);

    /// Shows `rows` (amounts in minor units of `currency`). Empty rows show "No activities or
    /// revenue to show." instead of the chart.
    void setRows(const std::vector<storage::RepActivityRow> &rows, const QString &currency);

    [[nodiscard]] QChart *chart() const { return m_chart; }
    [[nodiscard]] QChartView *chartView() const { return m_chartView; }
    /// The reps' points, in the order of the rows (x: activities, y: revenue in the axis unit).
    [[nodiscard]] QScatterSeries *series() const { return m_series; }
    /// Stored revenue (minor units) per unit of the revenue axis: 10,000 yuan in Chinese,
    /// thousands or millions otherwise.
    [[nodiscard]] double revenueDivisor() const { return m_divisor; }
    /// The rep picked with a click or the arrow keys; empty when none is.
    [[nodiscard]] QString selectedRepId() const;

Q_SIGNALS:
    /// The user asked to look into this rep (UUID): a click on their point, or Enter.
    void repActivated(const QString &repId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChart();
    void updateOutliers();
    void showToolTip(const QPointF &point, bool hovering);
    void select(std::optional<std::size_t> row);
    void step(int delta);
    /// The rows drawn at `point` (several reps may share one).
    [[nodiscard]] std::vector<std::size_t> rowsAt(const QPointF &point) const;
    [[nodiscard]] QString describe(const storage::RepActivityRow &row) const;

    std::vector<storage::RepActivityRow> m_rows;
    std::vector<std::size_t> m_stepOrder; ///< rows by activities, then revenue: what the arrow keys walk
    std::optional<std::size_t> m_selected;
    QString m_currency;
    double m_divisor = 1.0;
    QStackedWidget *m_stack;
    QChart *m_chart;
    QChartView *m_chartView;
    QScatterSeries *m_series = nullptr;
    QScatterSeries *m_selectedSeries = nullptr;
    QLineSeries *m_averageSeries = nullptr;
    QLabel *m_emptyLabel;
    QLabel *m_outlierLabel;
    QLabel *m_selectionLabel;
};

} // namespace attain::ui
