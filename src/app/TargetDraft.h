#pragma once

#include "engine/Achievability.h"
#include "engine/Metric.h"
#include "engine/Period.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace attain::ui {

/// Who a target is for. Schema 2 stores one scope field per target; these are the ones a
/// manager sets from the wizard.
enum class ScopeKind { Company, Team, Rep, Channel, ProductLine, Region };

enum class PeriodKind { Month, Quarter, Year, Custom };

/// How often progress against the target is reviewed.
enum class ReviewCadence { Weekly, Biweekly, Monthly, Quarterly };

/// The key storage keeps for a cadence ("weekly", "biweekly", "monthly", "quarterly").
[[nodiscard]] QString cadenceKey(ReviewCadence cadence);
/// The key storage keeps for a verdict ("too_low", "comfortable", "stretch", "unrealistic",
/// "insufficient_history").
[[nodiscard]] QString verdictKey(engine::AchievabilityVerdict verdict);

/// The period as the user picks it. Quarters and years follow the fiscal year when it does not
/// start in January: year 2026 with an April start is 2026-04-01 … 2027-03-31.
struct PeriodChoice
{
    PeriodKind kind = PeriodKind::Quarter;
    int year = 2026;
    int number = 1; ///< month 1 … 12 or quarter 1 … 4; unused for years and custom ranges
    engine::Date customFirst = engine::makeDate(2026, 1, 1);
    engine::Date customLast = engine::makeDate(2026, 12, 31);
    friend bool operator==(const PeriodChoice &, const PeriodChoice &) = default;
};

/// The engine's period for a choice; nullopt when it is not a period (a custom range that ends
/// before it starts, a month 13).
[[nodiscard]] std::optional<engine::Period> toPeriod(const PeriodChoice &choice, unsigned fiscalStartMonth);
/// How people name it: "2027 Q1", "FY2026 Q1", "March 2027", "2027", "FY2026",
/// "2027-01-05 – 2027-02-01".
[[nodiscard]] QString periodDisplayName(const PeriodChoice &choice, unsigned fiscalStartMonth);
/// The period after the one holding `asOf` (the next quarter by default): a new target is
/// usually for what comes next.
[[nodiscard]] PeriodChoice nextPeriodChoice(PeriodKind kind, engine::Date asOf, unsigned fiscalStartMonth);

/// Everything the SMART wizard collects, as plain values; SmartTargetWizard::takeTarget() turns
/// it into a storage::StoredTarget. Kept apart from the widgets so it can be checked and
/// reused (an edit dialog fills the same draft).
struct TargetDraft
{
    std::optional<engine::MetricId> metric;
    ScopeKind scopeKind = ScopeKind::Company;
    QString scopeId; ///< team or rep UUID; empty for the company (or not chosen yet)
    QString title;
    bool titleEdited = false; ///< while false the title follows the other fields
    /// The text typed for the value, kept so a page can say what is wrong with it.
    QString valueText;
    std::optional<std::int64_t> value; ///< in the metric's stored unit (minor units for money)
    PeriodChoice period;
    QString parentId; ///< UUID of the target this one contributes to; empty for none
    ReviewCadence cadence = ReviewCadence::Monthly;
    /// The verdict the user accepted for a target judged unrealistic or too low, and why.
    /// Tied to the verdict: when a changed value or period gives another one, it must be
    /// accepted again.
    std::optional<engine::AchievabilityVerdict> acknowledgedVerdict;
    QString acknowledgementReason;
};

} // namespace attain::ui
