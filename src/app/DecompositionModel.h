#pragma once

#include "app/DecompositionSplit.h"
#include "storage/IdMap.h"
#include "storage/TargetRepository.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <optional>
#include <vector>

class QUndoStack;

namespace attain::ui {

/// One child scope of a decomposition: a row of the grid.
struct DecompositionRow
{
    QString label; ///< shown as the row header, e.g. a team's or a rep's name
    engine::Scope scope; ///< in the id space of DecompositionSetup::ids
};

/// Everything a decomposition needs, gathered by the caller (a page that loaded the parent).
struct DecompositionSetup
{
    storage::StoredTarget parent; ///< an additive metric (Aggregation::Sum)
    std::vector<DecompositionRow> rows;
    engine::Granularity granularity = engine::Granularity::Quarter; ///< columns: subPeriods()
    /// Reference values (e.g. a MetricCube's actuals for the same sub-periods last year),
    /// rows × columns, history[row][column]; empty when there is none (History is then disabled).
    std::vector<std::vector<std::int64_t>> history;
    /// Seasonality profile; when unset it is estimated from `history` for 12 monthly columns,
    /// otherwise the flat profile is used.
    std::optional<engine::SeasonalityProfile> seasonality;
    /// Existing children values (rows × columns) to start from; empty: start with Equal.
    std::vector<std::vector<std::int64_t>> initialValues;
    QString currency = QStringLiteral("CNY"); ///< for Money metrics
    /// Translates the rows' scopes to UUIDs when saving (the IdMap the scopes came from).
    storage::IdMap ids;
};

/// The grid behind DecompositionEditor: children rows × sub-period columns, plus a totals row
/// and a totals column. Never mutates its grid directly: every change is an undo command
/// pushed on the stack (setGrid() is what the commands call).
class DecompositionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecompositionModel)

public:
    static constexpr int ValueRole = Qt::UserRole; ///< qint64, minor units
    static constexpr int LockedRole = Qt::UserRole + 1; ///< bool

    DecompositionModel(DecompositionSetup setup, QUndoStack &undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Parses display units ("12,345.67") and pushes an edit; false (and problem()) if refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] int childRowCount() const { return m_grid.rows; }
    [[nodiscard]] int periodCount() const { return m_grid.columns; }
    [[nodiscard]] bool isGridCell(const QModelIndex &index) const;
    [[nodiscard]] const DecompositionGrid &grid() const { return m_grid; }
    [[nodiscard]] const std::vector<engine::Period> &periods() const { return m_periods; }
    [[nodiscard]] const DecompositionSetup &setup() const { return m_setup; }
    [[nodiscard]] std::int64_t parentValue() const { return m_setup.parent.target.value; }
    /// Grid total minus the parent; 0 when reconciled.
    [[nodiscard]] std::int64_t difference() const { return m_grid.total() - parentValue(); }
    [[nodiscard]] bool hasHistory() const { return !m_history.empty(); }
    [[nodiscard]] bool seasonalityFromHistory() const { return m_profileFromHistory; }
    [[nodiscard]] QString rowLabel(int row) const;
    [[nodiscard]] QString columnLabel(int column) const;
    /// Stored units per displayed unit: 100 for money (fen per yuan) and hundredths, else 1.
    [[nodiscard]] std::int64_t divisor() const;
    /// A value in display units with the unit's decimals and the locale's grouping.
    [[nodiscard]] QString formatValue(std::int64_t minor) const;
    /// Display text ("1,234.5", "¥1234.50") to minor units, exactly; nullopt when not a number.
    [[nodiscard]] std::optional<std::int64_t> parseValue(const QString &text) const;

    /// Each pushes one undo command; on refusal the grid is unchanged and problem() says why.
    bool applyMethod(DecompositionMethod method);
    bool editCell(int row, int column, std::int64_t value);
    /// Locks or unlocks grid cells (totals are ignored); nothing is pushed when nothing changes.
    bool setLocked(const QModelIndexList &cells, bool locked);

    /// Replaces the grid (undo commands only).
    void setGrid(const DecompositionGrid &grid);

    /// One target per cell: parentId = the parent's id, the row's scope, the column's period,
    /// the parent's metric. Ids are name-based UUIDs (v5) of the parent id, scope and period,
    /// so the same decomposition always has the same ids and cannot be stored twice.
    [[nodiscard]] std::vector<storage::StoredTarget> children() const;

Q_SIGNALS:
    void gridChanged();
    /// A change was refused; `message` is a sentence for the user.
    void problem(const QString &message);

private:
    [[nodiscard]] QString explain(const GridOutcome &outcome, std::int64_t total) const;
    [[nodiscard]] int decimals() const;

    DecompositionSetup m_setup;
    QUndoStack &m_undoStack;
    std::vector<engine::Period> m_periods;
    std::vector<std::int64_t> m_history; ///< row-major, empty when not given or misshapen
    engine::SeasonalityProfile m_profile = engine::SeasonalityProfile::flat();
    bool m_profileFromHistory = false;
    DecompositionGrid m_grid;
    QIcon m_lockIcon;
};

} // namespace attain::ui
