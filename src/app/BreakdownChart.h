#pragma once

#include "app/AchievabilityChart.h"
#include "storage/DashboardTypes.h"

#include <QChartView>

#include <cstdint>
#include <optional>
#include <vector>

class QBarSet;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;

namespace attain::ui {

/// "Team", "Rep", "Channel", "Product line", "Region".
[[nodiscard]] QString dimensionName(storage::DashboardDimension dimension);

/// The dashboard's breakdown: one horizontal bar per child of the scope (a team of the company,
/// a rep of a team …), sorted best first: attainment of the child's revenue target when any
/// child has one (children without a target follow, labelled so), else revenue. Each bar is
/// labelled with its value; hovering shows the exact figures. Clicking a bar, or Up/Down and
/// Enter on the focused chart, emits rowActivated() to drill into that child.
class BreakdownChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownChart)

public:
    /// Bars shown at most; the title says how many more there are.
    static constexpr int kMaxBars = 15;

    explicit BreakdownChart(QWidget *parent = nullptr);

    /// `expectedBp`: the share of a target expected by now (the period's elapsed fraction), drawn
    /// as a second line beside 100 % when the bars are attainment.
    void setBreakdown(const storage::DashboardBreakdown &breakdown, const QString &currency,
                      std::optional<std::int64_t> expectedBp = std::nullopt);
    void clear();

    /// The rows shown, top bar first (at most kMaxBars).
    [[nodiscard]] const std::vector<storage::DashboardBreakdownRow> &rows() const { return m_rows; }
    /// True when the bars are attainment (%), false when they are revenue.
    [[nodiscard]] bool showsAttainment() const { return m_attainment; }
    /// The bar values (top bar first), in the axis' units (percent, or the money axis unit).
    [[nodiscard]] QList<qreal> barValues() const;
    /// The text written at the end of each bar (top bar first).
    [[nodiscard]] QStringList valueLabels() const;
    [[nodiscard]] QBarSet *barSet() const { return m_set; }
    /// The bar index (bottom = 0, as Qt Charts counts) of a row, and back.
    [[nodiscard]] int barOfRow(int row) const { return static_cast<int>(m_rows.size()) - 1 - row; }
    [[nodiscard]] int currentRow() const { return m_current; }
    void setCurrentRow(int row);

Q_SIGNALS:
    /// The user chose a row to drill into (its id; never empty: unassigned rows do not drill).
    void rowActivated(const QString &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void placeLabels();
    void activate(int row);
    void showToolTip(bool hovering, int bar);
    [[nodiscard]] QString rowText(const storage::DashboardBreakdownRow &row) const;

    std::vector<storage::DashboardBreakdownRow> m_rows;
    QString m_currency;
    bool m_attainment = false;
    ChartUnit m_unit;
    int m_current = -1;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    std::vector<QGraphicsSimpleTextItem *> m_labels;
    QGraphicsLineItem *m_goalLine = nullptr;
    QGraphicsSimpleTextItem *m_goalLabel = nullptr;
    std::optional<std::int64_t> m_expectedBp;
    QGraphicsLineItem *m_expectedLine = nullptr;
    QGraphicsSimpleTextItem *m_expectedLabel = nullptr;
};

} // namespace attain::ui
