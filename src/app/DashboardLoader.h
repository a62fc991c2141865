#pragma once

#include "app/DashboardForecast.h"
#include "storage/DashboardTypes.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace attain::storage {
class Database;
}

namespace attain::ui {

/// The teams, reps, channels, product lines and regions of a database, for the scope pickers.
struct DashboardMembers
{
    std::vector<storage::DashboardMember> teams, reps, channels, productLines, regions;

    [[nodiscard]] const std::vector<storage::DashboardMember> &of(storage::DashboardDimension dimension) const;
    /// The member's name, or an empty string when it is not known.
    [[nodiscard]] QString nameOf(storage::DashboardDimension dimension, const QString &id) const;
};

/// A dashboard loads in two parts on two workers at once (two cores): the page's own figures,
/// and the panels' rows, which take as long again on a large file.
enum class DashboardPart {
    Figures, ///< tiles, line chart with its forecast, breakdown (and the pickers' lists)
    Panels,  ///< leaderboard and activities against revenue
};

/// Everything the dashboard page shows for one request, computed off the UI thread.
struct DashboardData
{
    QString error;      ///< non-empty when loading failed
    bool stale = false; ///< superseded by a newer request before it finished (nothing else is set)
    std::uint64_t generation = 0; ///< which request of the page's this answers
    DashboardPart part = DashboardPart::Figures; ///< what was loaded; the page's data() has both
    QString databasePath;
    storage::DashboardRequest request;
    /// period, previousPeriod, elapsedDays, tiles, revenuePace, series and notices for the
    /// figures; leaderboard and activity for the panels.
    storage::DashboardSnapshot snapshot;
    /// The bars: the scope's default breakdown, or the one asked for.
    storage::DashboardBreakdown breakdown;
    bool hasBreakdown = false; ///< false when the scope has every dimension set
    CumulativeForecast forecast;
    std::shared_ptr<const DashboardMembers> members; ///< set when asked for
    /// Time spent on the worker reading the figures and forecasting (for the benchmark).
    double readMs = 0, forecastMs = 0;
};

/// Loads dashboard parts on one worker thread, keeping that thread's connection open between
/// requests (a scope or period change then reads only the facts it needs, from a warm cache)
/// and the forecast model of the last history (a period change keeps the scope's history: no
/// refit). Use it from one thread at a time; it must be destroyed, or close()d, on the thread
/// that loaded.
class DashboardSource
{
public:
    DashboardSource();
    ~DashboardSource();
    DashboardSource(const DashboardSource &) = delete;
    DashboardSource &operator=(const DashboardSource &) = delete;

    /// `by`: the breakdown to show; nullopt for the scope's default. `withMembers` also reads
    /// the scope pickers' lists (figures only) and reopens the connection.
    [[nodiscard]] DashboardData load(const QString &databasePath, const storage::DashboardRequest &request,
                                     DashboardPart part, std::optional<storage::DashboardDimension> by = std::nullopt,
                                     bool withMembers = false);
    /// Closes the connection (the next load reopens it).
    void close();

private:
    std::unique_ptr<storage::Database> m_database;
    std::vector<std::int64_t> m_history;
    std::shared_ptr<const engine::forecast::FittedModel> m_model;
};

} // namespace attain::ui
