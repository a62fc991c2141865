#pragma once

#include "engine/ActivityType.h"
#include "engine/Date.h"
#include "engine/Period.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace attain::engine {

// Workload: what each rep logged per ISO week (counts and minutes by activity type) against a
// weekly norm, each rep's load over a range of weeks with a class, and the team's balance and
// the relation between activity and revenue won. docs/engine.md, "Workload".

/// A week's norm: activities and minutes a rep is expected to log in a full five-day week.
/// Zero means "no norm" for that measure: no ratio is computed against it.
struct WorkloadNorm
{
    std::int64_t weeklyCount = 0;
    std::int64_t weeklyMinutes = 0;
    friend bool operator==(const WorkloadNorm &, const WorkloadNorm &) = default;
};

/// The total norm (all types together, workload_norms' '' row) and optional norms per type.
struct WorkloadNorms
{
    WorkloadNorm total;
    std::map<ActivityType, WorkloadNorm> perType;
};

/// Load classes by load in basis points (10000 = exactly the norm). The bounds are the usual
/// "half the norm is too little, a fifth over is too much" of a sales team's weekly plan:
/// idle below 50 %, light from 50 % to below 80 %, balanced from 80 % to 120 % inclusive,
/// overloaded above 120 %.
enum class LoadClass { Idle, Light, Balanced, Overloaded };
inline constexpr std::int64_t kLightFromBp = 5000;
inline constexpr std::int64_t kBalancedFromBp = 8000;
inline constexpr std::int64_t kOverloadedAboveBp = 12000;

[[nodiscard]] LoadClass classifyLoad(std::int64_t loadBp);

/// One grouped row of activities: a rep's count and minutes of one type on one day. `type` is
/// the stored key; a key the app does not know is counted as "other" (in totals, not per type).
struct ActivityTally
{
    std::string repId;
    Date day {};
    std::string type;
    std::int64_t count = 0;
    std::int64_t minutes = 0; ///< negative minutes (bad imports) count as zero
};

struct WorkloadRep
{
    std::string id;
    std::string name;
    std::string teamId;
    Date startDate {};
    std::optional<Date> endDate; ///< last day worked; nullopt while employed
};

struct WorkloadInput
{
    std::vector<WorkloadRep> reps;
    std::vector<ActivityTally> tallies; ///< rows of reps not in `reps`, or outside the weeks, are ignored
    WorkloadNorms norms;
    std::vector<IsoWeek> weeks; ///< in order, each once
    std::map<std::string, std::int64_t> revenue; ///< won revenue per rep id in minor units over the weeks
    /// "Today": weekdays after it are not counted yet, so the current week is measured against
    /// the part of the norm due so far (Wednesday: 3/5). nullopt: every day counts.
    std::optional<Date> asOf;
};

/// Counts and minutes by activity type (kActivityTypes order) and of unknown types.
struct ActivityFigures
{
    std::array<std::int64_t, kActivityTypes.size()> count {};
    std::array<std::int64_t, kActivityTypes.size()> minutes {};
    std::int64_t otherCount = 0;
    std::int64_t otherMinutes = 0;

    [[nodiscard]] std::int64_t totalCount() const;
    [[nodiscard]] std::int64_t totalMinutes() const;
    void add(const ActivityFigures &other);
};

struct WeekLoad
{
    IsoWeek week;
    /// Weekdays (Monday–Friday) the rep was employed in this week up to the as-of date, 0–5.
    /// The norm is prorated by it: a rep who joined on Wednesday is expected to do 3/5 of the
    /// norm. 0 = not employed (or not begun): no load and never "idle".
    int workdays = 0;
    ActivityFigures figures;
    std::optional<std::int64_t> countLoadBp;   ///< nullopt: zero count norm or not employed
    std::optional<std::int64_t> minutesLoadBp; ///< nullopt: zero time norm or not employed
    /// The load by the type's own norm, where one is set (kActivityTypes order).
    std::array<std::optional<std::int64_t>, kActivityTypes.size()> typeCountLoadBp {};
    std::array<std::optional<std::int64_t>, kActivityTypes.size()> typeMinutesLoadBp {};
    /// minutesLoadBp when a time norm is set, else countLoadBp: time is the fairer measure
    /// (one visit takes as long as eight calls).
    std::optional<std::int64_t> loadBp;
};

struct RepWorkload
{
    WorkloadRep rep;
    std::vector<WeekLoad> weeks; ///< one per input week, same order
    ActivityFigures total;       ///< over all weeks
    int workdays = 0;            ///< employed weekdays over the range
    /// Minutes per full (five-weekday) week worked; nullopt without a workday.
    std::optional<double> meanWeeklyMinutes;
    std::optional<double> meanWeeklyCount;
    std::optional<std::int64_t> countLoadBp;   ///< total count against the prorated norms of all weeks
    std::optional<std::int64_t> minutesLoadBp; ///< total minutes against them
    std::optional<std::int64_t> loadBp;        ///< as WeekLoad::loadBp
    std::optional<LoadClass> loadClass;        ///< of loadBp
    std::int64_t revenue = 0;                  ///< won, minor units
    /// Revenue per hour of logged activity, minor units, rounded; nullopt without minutes.
    std::optional<std::int64_t> revenuePerHour;
};

struct TeamWorkload
{
    int repsCounted = 0; ///< reps with a load (employed in the range, a norm set)
    std::optional<std::int64_t> meanLoadBp;
    std::optional<double> meanWeeklyMinutes;
    /// Coefficient of variation of the reps' loads (population standard deviation / mean):
    /// 0 = perfectly even; nullopt with fewer than 2 reps or a zero mean.
    std::optional<double> spread;
    std::vector<std::string> overloaded; ///< rep ids, highest load first
    std::vector<std::string> idle;       ///< rep ids, lowest load first
    /// Pearson correlation across the employed reps of activity count (and of hours) with
    /// revenue won; nullopt with fewer than 3 reps or when either varies not at all.
    std::optional<double> activityRevenueCorrelation;
    std::optional<double> hoursRevenueCorrelation;
    std::int64_t revenue = 0;
    std::optional<std::int64_t> revenuePerHour;
};

struct WorkloadResult
{
    std::vector<IsoWeek> weeks;
    std::vector<RepWorkload> reps; ///< in input order
    TeamWorkload team;
};

[[nodiscard]] WorkloadResult computeWorkload(const WorkloadInput &input);

/// The `count` ISO weeks ending with the one that holds `asOf`, oldest first.
[[nodiscard]] std::vector<IsoWeek> isoWeeksEnding(Date asOf, int count);
/// Monday of an ISO week (the week must exist).
[[nodiscard]] Date mondayOf(IsoWeek week);
/// Pearson's r; nullopt for fewer than 3 pairs, unequal lengths or zero variance in either.
[[nodiscard]] std::optional<double> pearsonCorrelation(const std::vector<double> &x, const std::vector<double> &y);

} // namespace attain::engine
