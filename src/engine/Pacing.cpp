#include "engine/Pacing.h"

#include "engine/Attainment.h"
#include "engine/Money.h"
#include "engine/WideInt.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace attain::engine {

namespace {

Fraction reduced(std::int64_t numerator, std::int64_t denominator)
{
    const std::int64_t divisor = std::gcd(numerator, denominator);
    return divisor > 1 ? Fraction{numerator / divisor, denominator / divisor} : Fraction{numerator, denominator};
}

ElapsedFraction byCalendarDays(const Period &period, Date asOf, PacingFallback fallback)
{
    const int total = period.dayCount();
    const int elapsed = std::clamp(daysBetween(period.first, asOf) + 1, 0, total);
    return {reduced(elapsed, total), PacingMethod::CalendarDays, fallback};
}

std::optional<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b)
{
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b))
        return std::nullopt;
    return a + b;
}

/// Days strictly after `asOf` up to the end of the period (all of them before it starts).
Period remainderOf(const Period &period, Date asOf)
{
    return Period{Period::Kind::Custom, std::max(period.first, addDays(asOf, 1)), period.last};
}

RateOutlook rateOutlook(const PaceInput &input, const ElapsedFraction &elapsed, std::int64_t gap,
                        const WorkCalendar &calendar)
{
    RateOutlook rates;
    rates.unit = elapsed.method == PacingMethod::WorkingDays ? DayKind::Working : DayKind::Calendar;
    const Period rest = remainderOf(input.period, input.asOf);
    if (rest.first <= rest.last) {
        rates.remainingCalendarDays = rest.dayCount();
        rates.remainingWorkingDays = calendar.workingDays(rest);
    }
    const int remaining = rates.unit == DayKind::Working ? rates.remainingWorkingDays : rates.remainingCalendarDays;

    const TrailingWindow &window = input.trailing;
    if (window.days > 0) {
        const Period span{Period::Kind::Custom, addDays(input.asOf, 1 - window.days), input.asOf};
        rates.trailingDays = rates.unit == DayKind::Working ? calendar.workingDays(span) : window.days;
    }
    if (rates.trailingDays > 0)
        rates.trailingPerDay = roundedDivide(window.actual, rates.trailingDays);

    if (gap <= 0)
        rates.requiredPerDay = 0;
    else if (remaining > 0)
        rates.requiredPerDay = roundedDivide(gap, remaining);

    // required / trailing = (gap / remaining) / (actual / days) = gap × days / (remaining × actual),
    // from the exact rates rather than the rounded ones.
    if (rates.requiredPerDay && rates.trailingDays > 0 && window.actual > 0) {
        if (gap <= 0) {
            rates.extraNeededBp = -10000;
        } else if (window.actual <= std::numeric_limits<std::int64_t>::max() / remaining) {
            const auto ratio = mulDivRounded(gap, std::int64_t{rates.trailingDays} * 10000, window.actual * remaining);
            if (ratio)
                rates.extraNeededBp = *ratio - 10000;
        }
    }
    return rates;
}

struct Verdict
{
    Status status;
    StatusReason reason;
};

Verdict verdict(const PaceInput &input, const PaceReport &report)
{
    const Period &period = input.period;
    if (input.asOf < period.first)
        return {Status::NotStarted, {StatusBasis::BeforePeriod, std::nullopt, std::nullopt}};
    if (input.asOf > period.last) {
        if (!report.attainmentBp)
            return {Status::Finished, {StatusBasis::NoRatio, std::nullopt, std::nullopt}};
        return {gradeByThresholds(*report.attainmentBp, input.thresholds),
                gradedReason(StatusBasis::FinalAttainment, *report.attainmentBp, input.thresholds)};
    }
    if (input.actualToDate >= input.target)
        return {Status::Ahead, {StatusBasis::TargetMet, report.attainmentBp, std::nullopt}};
    if (input.target <= 0)
        return {Status::OffTrack, {StatusBasis::NoRatio, std::nullopt, std::nullopt}};
    if (!report.paceBp)
        return {Status::OnTrack, {StatusBasis::NothingExpectedYet, std::nullopt, std::nullopt}};
    return {gradeByThresholds(*report.paceBp, input.thresholds),
            gradedReason(StatusBasis::Pace, *report.paceBp, input.thresholds)};
}

} // namespace

std::int64_t Fraction::basisPoints() const
{
    return mulDivRounded(numerator, 10000, denominator).value_or(0);
}

ElapsedFraction elapsedFraction(const Period &period, Date asOf, PacingMethod method, const WorkCalendar &calendar,
                                const std::optional<SeasonalityProfile> &seasonality)
{
    if (period.last < period.first)
        return {};
    const Date elapsedEnd = std::min(asOf, period.last);
    switch (method) {
    case PacingMethod::CalendarDays: break;
    case PacingMethod::WorkingDays: {
        const int total = calendar.workingDays(period);
        if (total == 0)
            return byCalendarDays(period, asOf, PacingFallback::NoWorkingDays);
        const int elapsed = asOf < period.first ? 0 : calendar.workingDays(Period{period.kind, period.first, elapsedEnd});
        return {reduced(elapsed, total), PacingMethod::WorkingDays, PacingFallback::None};
    }
    case PacingMethod::Seasonality: {
        if (!seasonality)
            return byCalendarDays(period, asOf, PacingFallback::NoSeasonalityProfile);
        const std::int64_t total = seasonality->mass(period.first, period.last);
        if (total == 0)
            return byCalendarDays(period, asOf, PacingFallback::NoSeasonalWeight);
        const std::int64_t elapsed = asOf < period.first ? 0 : seasonality->mass(period.first, elapsedEnd);
        return {reduced(elapsed, total), PacingMethod::Seasonality, PacingFallback::None};
    }
    }
    return byCalendarDays(period, asOf, PacingFallback::None);
}

std::int64_t expectedToDate(std::int64_t target, const Fraction &fraction)
{
    // |result| ≤ |target| because the fraction is at most 1, so this always fits.
    return mulDivRounded(target, fraction.numerator, fraction.denominator).value_or(0);
}

PaceReport paceReport(const PaceInput &input, const WorkCalendar &calendar)
{
    PaceReport report;
    report.elapsed = elapsedFraction(input.period, input.asOf, input.method, calendar, input.seasonality);
    const Fraction &fraction = report.elapsed.fraction;
    report.expectedToDate = expectedToDate(input.target, fraction);
    if (report.expectedToDate > 0)
        report.paceBp = mulDivRounded(input.actualToDate, 10000, report.expectedToDate);
    report.attainmentBp = Attainment{input.target, input.actualToDate}.basisPoints();
    WideSum gap;
    gap.add(input.target);
    gap.subtract(input.actualToDate);
    report.gap = gap.clamped();

    report.rates = rateOutlook(input, report.elapsed, report.gap, calendar);
    if (fraction.numerator > 0)
        report.projectedLinear = mulDivRounded(input.actualToDate, fraction.denominator, fraction.numerator);
    if (report.rates.trailingDays > 0) {
        const int remaining = report.rates.unit == DayKind::Working ? report.rates.remainingWorkingDays
                                                                      : report.rates.remainingCalendarDays;
        const auto rest = mulDivRounded(input.trailing.actual, remaining, report.rates.trailingDays);
        if (rest)
            report.projectedTrailing = checkedAdd(input.actualToDate, *rest);
    }

    const Verdict result = verdict(input, report);
    report.status = result.status;
    report.reason = result.reason;
    return report;
}

} // namespace attain::engine
