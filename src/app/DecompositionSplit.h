#pragma once

#include "engine/Decomposition.h"
#include "engine/Period.h"
#include "engine/Seasonality.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace attain::ui {

/// How the unlocked cells of a decomposition grid are filled.
enum class DecompositionMethod { Equal, History, Seasonality, Manual };

/// The stable key stored in targets.decomposition_method ("equal", "history", …).
[[nodiscard]] const char *methodKey(DecompositionMethod method);
/// The method of a stored key; nullopt for an empty or unknown one.
[[nodiscard]] std::optional<DecompositionMethod> methodFromKey(const QString &key);

/// The editable state of a decomposition: one value (minor units) and one lock flag per cell,
/// row-major (rows = children scopes, columns = sub-periods), and the method last applied.
/// Undo commands keep whole grids, so undo restores every cell exactly.
struct DecompositionGrid
{
    int rows = 0;
    int columns = 0;
    std::vector<std::int64_t> values;
    std::vector<bool> locked;
    DecompositionMethod method = DecompositionMethod::Equal;

    [[nodiscard]] std::size_t at(int row, int column) const
    {
        return static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column);
    }
    [[nodiscard]] std::int64_t value(int row, int column) const { return values[at(row, column)]; }
    [[nodiscard]] bool isLocked(int row, int column) const { return locked[at(row, column)]; }
    [[nodiscard]] std::int64_t rowTotal(int row) const;
    [[nodiscard]] std::int64_t columnTotal(int column) const;
    [[nodiscard]] std::int64_t total() const;

    friend bool operator==(const DecompositionGrid &, const DecompositionGrid &) = default;
};

/// A new grid, or the engine's reason why there is none (the grid is then left unchanged).
struct GridOutcome
{
    std::optional<DecompositionGrid> grid;
    std::optional<engine::SplitError> error;
    std::int64_t detail = 0; ///< the engine's SplitResult::detail (e.g. the locked sum)
};

/// One weight per cell (row-major) for a method: Equal 1 each; History the reference values
/// (a negative one weighs 0); Seasonality the profile's mass of each column's dates, the same
/// for every row. Manual has no weights (empty).
[[nodiscard]] std::vector<std::int64_t> methodWeights(DecompositionMethod method, int rows,
    std::span<const engine::Period> columns, std::span<const std::int64_t> history,
    const engine::SeasonalityProfile &profile);

/// Fills every unlocked cell so the whole grid sums exactly to `parentValue`, by `weights`
/// (engine splitWithLocks); locked cells keep their values. Manual changes no value. History
/// whose unlocked weights are all zero is AllWeightsZero rather than a silent equal split.
[[nodiscard]] GridOutcome applyMethod(const DecompositionGrid &grid, DecompositionMethod method,
    std::int64_t parentValue, std::span<const std::int64_t> weights);

/// Sets one cell and locks it, and re-spreads the rest of its row's total over the row's other
/// unlocked cells in proportion to their current values (equally when those are all zero), so
/// every row total, and with them the grid total, stays as it was. The method becomes Manual.
[[nodiscard]] GridOutcome editCell(const DecompositionGrid &grid, int row, int column, std::int64_t value);

/// Estimates a seasonality profile when the columns are the 12 months of a year, from the
/// column sums of `history` (last year's months); otherwise, or without usable history, nullopt.
[[nodiscard]] std::optional<engine::SeasonalityProfile> profileFromHistory(
    std::span<const engine::Period> columns, std::span<const std::int64_t> history, int rows);

} // namespace attain::ui
