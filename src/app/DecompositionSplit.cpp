#include "app/DecompositionSplit.h"

#include <algorithm>
#include <numeric>

namespace attain::ui {

const char *methodKey(DecompositionMethod method)
{
    switch (method) {
    case DecompositionMethod::Equal:
        return "equal";
    case DecompositionMethod::History:
        return "history";
    case DecompositionMethod::Seasonality:
        return "seasonality";
    case DecompositionMethod::Manual:
        break;
    }
    return "manual";
}

std::optional<DecompositionMethod> methodFromKey(const QString &key)
{
    for (const auto method : { DecompositionMethod::Equal, DecompositionMethod::History,
             DecompositionMethod::Seasonality, DecompositionMethod::Manual })
        if (key == QLatin1String(methodKey(method)))
            return method;
    return std::nullopt;
}

std::int64_t DecompositionGrid::rowTotal(int row) const
{
    std::int64_t sum = 0;
    for (int column = 0; column < columns; ++column)
        sum += value(row, column);
    return sum;
}

std::int64_t DecompositionGrid::columnTotal(int column) const
{
    std::int64_t sum = 0;
    for (int row = 0; row < rows; ++row)
        sum += value(row, column);
    return sum;
}

std::int64_t DecompositionGrid::total() const
{
    return std::accumulate(values.begin(), values.end(), std::int64_t { 0 });
}

std::vector<std::int64_t> methodWeights(DecompositionMethod method, int rows, std::span<const engine::Period> columns,
    std::span<const std::int64_t> history, const engine::SeasonalityProfile &profile)
{
    const std::size_t cells = static_cast<std::size_t>(rows) * columns.size();
    std::vector<std::int64_t> weights;
    switch (method) {
    case DecompositionMethod::Equal:
        weights.assign(cells, 1);
        break;
    case DecompositionMethod::History:
        weights.assign(cells, 0);
        for (std::size_t i = 0; i < std::min(cells, history.size()); ++i)
            weights[i] = std::max<std::int64_t>(history[i], 0);
        break;
    case DecompositionMethod::Seasonality:
        weights.reserve(cells);
        for (int row = 0; row < rows; ++row)
            for (const engine::Period &period : columns)
                weights.push_back(profile.mass(period.first, period.last));
        break;
    case DecompositionMethod::Manual:
        break;
    }
    return weights;
}

GridOutcome applyMethod(const DecompositionGrid &grid, DecompositionMethod method, std::int64_t parentValue,
    std::span<const std::int64_t> weights)
{
    DecompositionGrid next = grid;
    next.method = method;
    if (method == DecompositionMethod::Manual)
        return { std::move(next), std::nullopt, 0 };
    if (weights.size() != grid.values.size())
        return { std::nullopt, engine::SplitError::WrongWeightCount, static_cast<std::int64_t>(weights.size()) };

    std::vector<engine::SplitChild> children(grid.values.size());
    bool anyUnlockedWeight = false;
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (grid.locked[i]) {
            children[i].locked = grid.values[i];
        } else {
            children[i].weight = weights[i];
            anyUnlockedWeight = anyUnlockedWeight || weights[i] > 0;
        }
    }
    const bool anyUnlocked = std::find(grid.locked.begin(), grid.locked.end(), false) != grid.locked.end();
    // splitWithLocks spreads equally when every weight is zero; for last year's shares that
    // would hide that there is no history to go by.
    if (method == DecompositionMethod::History && anyUnlocked && !anyUnlockedWeight)
        return { std::nullopt, engine::SplitError::AllWeightsZero, 0 };
    const engine::SplitResult split = engine::splitWithLocks(parentValue, children);
    if (!split.ok())
        return { std::nullopt, split.error, split.detail };
    next.values = split.values;
    return { std::move(next), std::nullopt, 0 };
}

GridOutcome editCell(const DecompositionGrid &grid, int row, int column, std::int64_t value)
{
    std::vector<engine::SplitChild> children(static_cast<std::size_t>(grid.columns));
    for (int c = 0; c < grid.columns; ++c) {
        engine::SplitChild &child = children[static_cast<std::size_t>(c)];
        if (c == column)
            child.locked = value;
        else if (grid.isLocked(row, c))
            child.locked = grid.value(row, c);
        else
            child.weight = std::max<std::int64_t>(grid.value(row, c), 0);
    }
    const engine::SplitResult split = engine::splitWithLocks(grid.rowTotal(row), children);
    if (!split.ok())
        return { std::nullopt, split.error, split.detail };
    DecompositionGrid next = grid;
    for (int c = 0; c < grid.columns; ++c)
        next.values[next.at(row, c)] = split.values[static_cast<std::size_t>(c)];
    next.locked[next.at(row, column)] = true;
    next.method = DecompositionMethod::Manual;
    return { std::move(next), std::nullopt, 0 };
}

std::optional<engine::SeasonalityProfile> profileFromHistory(
    std::span<const engine::Period> columns, std::span<const std::int64_t> history, int rows)
{
    if (columns.size() != 12 || history.size() != static_cast<std::size_t>(rows) * 12)
        return std::nullopt;
    std::vector<engine::MonthlyValue> months;
    for (std::size_t c = 0; c < 12; ++c) {
        const engine::Period &period = columns[c];
        if (period.kind != engine::Period::Kind::Month)
            return std::nullopt;
        std::int64_t sum = 0;
        for (int r = 0; r < rows; ++r)
            sum += history[static_cast<std::size_t>(r) * 12 + c];
        // The months of one year, whichever year: only the shape of the year matters here.
        months.push_back({ 2000, static_cast<unsigned>(period.first.month()), sum });
    }
    return engine::estimateSeasonality(months).profile;
}

} // namespace attain::ui
