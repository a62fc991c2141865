#include "engine/Period.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace attain::engine {

IsoWeek isoWeekOf(Date date)
{
    // The Thursday of the date's week decides the ISO year.
    const Date thursday = addDays(date, 4 - isoWeekday(date));
    const int year = static_cast<int>(thursday.year());
    const int dayOfYear = daysBetween(makeDate(year, 1, 1), thursday);
    return {year, dayOfYear / 7 + 1};
}

int isoWeeksInYear(int isoYear)
{
    return isoWeekOf(makeDate(isoYear, 12, 28)).week; // Dec 28 is always in the last week
}

std::optional<Period> Period::isoWeek(int isoYear, int week)
{
    if (week < 1 || week > isoWeeksInYear(isoYear))
        return std::nullopt;
    const Date jan4 = makeDate(isoYear, 1, 4); // always in week 1
    const Date monday = addDays(jan4, 1 - isoWeekday(jan4) + 7 * (week - 1));
    return Period{Kind::Week, monday, addDays(monday, 6)};
}

Period Period::fiscalYear(int startYear, unsigned startMonth)
{
    if (startMonth == 1)
        return year(startYear);
    const Date first = makeDate(startYear, startMonth, 1);
    const Date last = addDays(makeDate(startYear + 1, startMonth, 1), -1);
    return Period{Kind::Custom, first, last};
}

Period Period::fiscalQuarter(int startYear, unsigned startMonth, int quarter)
{
    const int monthIndex = static_cast<int>(startMonth) - 1 + (quarter - 1) * 3; // months since Jan of startYear
    const int year = startYear + monthIndex / 12;
    const auto month = static_cast<unsigned>(monthIndex % 12 + 1);
    if (startMonth == 1)
        return Period::quarter(startYear, quarter);
    const int endIndex = monthIndex + 3;
    const Date next = makeDate(startYear + endIndex / 12, static_cast<unsigned>(endIndex % 12 + 1), 1);
    return Period{Kind::Custom, makeDate(year, month, 1), addDays(next, -1)};
}

std::vector<Period> subPeriods(const Period &period, Granularity granularity)
{
    std::vector<Period> parts;
    Date cursor = period.first;
    while (cursor <= period.last) {
        const int year = static_cast<int>(cursor.year());
        const auto month = static_cast<unsigned>(cursor.month());
        Period whole;
        switch (granularity) {
        case Granularity::Quarter: whole = Period::quarter(year, static_cast<int>((month - 1) / 3 + 1)); break;
        case Granularity::Month: whole = Period::month(year, month); break;
        case Granularity::Week: {
            const IsoWeek week = isoWeekOf(cursor);
            whole = *Period::isoWeek(week.year, week.week);
            break;
        }
        }
        if (whole.first < period.first || whole.last > period.last)
            whole = Period{Period::Kind::Custom, std::max(whole.first, period.first), std::min(whole.last, period.last)};
        parts.push_back(whole);
        cursor = addDays(whole.last, 1);
    }
    return parts;
}

namespace {
Date oneYearEarlier(Date date)
{
    const int year = static_cast<int>(date.year()) - 1;
    const auto month = static_cast<unsigned>(date.month());
    const int monthLength = daysInMonth(year, month);
    const bool lastOfMonth = static_cast<int>(static_cast<unsigned>(date.day())) == daysInMonth(year + 1, month);
    const int day = lastOfMonth ? monthLength : std::min(static_cast<int>(static_cast<unsigned>(date.day())), monthLength);
    return makeDate(year, month, static_cast<unsigned>(day));
}
} // namespace

std::optional<Period> sameKindYearEarlier(const Period &period)
{
    const int year = static_cast<int>(period.first.year());
    const auto month = static_cast<unsigned>(period.first.month());
    switch (period.kind) {
    case Period::Kind::Year:
        return Period::year(year - 1);
    case Period::Kind::Quarter:
        return Period::quarter(year - 1, static_cast<int>((month - 1) / 3 + 1));
    case Period::Kind::Month:
        return Period::month(year - 1, month);
    case Period::Kind::Week: {
        const IsoWeek week = isoWeekOf(period.first);
        return Period::isoWeek(week.year - 1, week.week);
    }
    case Period::Kind::Custom:
        break;
    }
    return Period{Period::Kind::Custom, oneYearEarlier(period.first), oneYearEarlier(period.last)};
}

Period previousOfSameKind(const Period &period)
{
    const int year = static_cast<int>(period.first.year());
    const auto month = static_cast<unsigned>(period.first.month());
    switch (period.kind) {
    case Period::Kind::Year:
        return Period::year(year - 1);
    case Period::Kind::Quarter: {
        const int quarter = static_cast<int>((month - 1) / 3 + 1);
        return quarter == 1 ? Period::quarter(year - 1, 4) : Period::quarter(year, quarter - 1);
    }
    case Period::Kind::Month:
        return month == 1 ? Period::month(year - 1, 12) : Period::month(year, month - 1);
    case Period::Kind::Week:
        return Period{Period::Kind::Week, addDays(period.first, -7), addDays(period.last, -7)};
    case Period::Kind::Custom:
        break;
    }
    const Date last = addDays(period.first, -1);
    // Whole months (a fiscal year or quarter): the same number of months before, so a leap
    // February does not shift the start by a day.
    const bool startsMonth = period.first.day() == std::chrono::day{1};
    const int lastYear = static_cast<int>(period.last.year());
    const auto lastMonth = static_cast<unsigned>(period.last.month());
    const bool endsMonth = static_cast<int>(static_cast<unsigned>(period.last.day())) == daysInMonth(lastYear, lastMonth);
    if (startsMonth && endsMonth) {
        const int months = (lastYear * 12 + static_cast<int>(lastMonth)) - (year * 12 + static_cast<int>(month)) + 1;
        const int startIndex = year * 12 + static_cast<int>(month) - 1 - months;
        return Period{Period::Kind::Custom, makeDate(startIndex / 12, static_cast<unsigned>(startIndex % 12 + 1), 1), last};
    }
    return Period{Period::Kind::Custom, addDays(last, -(period.dayCount() - 1)), last};
}

Period Period::year(int year)
{
    return Period{Kind::Year, makeDate(year, 1, 1), makeDate(year, 12, 31)};
}

Period Period::quarter(int year, int quarter)
{
    const auto firstMonth = static_cast<unsigned>((quarter - 1) * 3 + 1);
    const unsigned lastMonth = firstMonth + 2;
    return Period{Kind::Quarter, makeDate(year, firstMonth, 1),
                  makeDate(year, lastMonth, static_cast<unsigned>(daysInMonth(year, lastMonth)))};
}

Period Period::month(int year, unsigned month)
{
    return Period{Kind::Month, makeDate(year, month, 1),
                  makeDate(year, month, static_cast<unsigned>(daysInMonth(year, month)))};
}

std::optional<Period> Period::custom(Date first, Date last)
{
    if (!first.ok() || !last.ok() || last < first)
        return std::nullopt;
    return Period{Kind::Custom, first, last};
}

std::optional<Period> Period::parse(std::string_view text)
{
    auto toInt = [](std::string_view digits) -> std::optional<int> {
        int value = 0;
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec != std::errc{} || ptr != digits.data() + digits.size() || digits.empty())
            return std::nullopt;
        return value;
    };
    if (text.size() < 4)
        return std::nullopt;
    const auto year = toInt(text.substr(0, 4));
    if (!year || *year < 1)
        return std::nullopt;
    const std::string_view rest = text.substr(4);
    if (rest.empty())
        return Period::year(*year);
    if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
        const auto q = toInt(rest.substr(1));
        if (q && *q >= 1 && *q <= 4)
            return Period::quarter(*year, *q);
        return std::nullopt;
    }
    if (rest.size() == 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'q')) {
        const auto q = toInt(rest.substr(2));
        if (q && *q >= 1 && *q <= 4)
            return Period::quarter(*year, *q);
        return std::nullopt;
    }
    if (rest.size() == 3 && rest[0] == '-') {
        const auto m = toInt(rest.substr(1));
        if (m && *m >= 1 && *m <= 12)
            return Period::month(*year, static_cast<unsigned>(*m));
        return std::nullopt;
    }
    if (rest.size() == 4 && rest[0] == '-' && (rest[1] == 'W' || rest[1] == 'w')) {
        const auto w = toInt(rest.substr(2));
        return w ? Period::isoWeek(*year, *w) : std::nullopt;
    }
    const auto dots = text.find("..");
    if (dots != std::string_view::npos) {
        const auto first = parseIsoDate(text.substr(0, dots));
        const auto last = parseIsoDate(text.substr(dots + 2));
        if (first && last)
            return custom(*first, *last);
    }
    return std::nullopt;
}

std::string Period::label() const
{
    const int y = static_cast<int>(first.year());
    char buffer[32];
    switch (kind) {
    case Kind::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", y);
        return buffer;
    case Kind::Quarter:
        std::snprintf(buffer, sizeof buffer, "%04dQ%u", y, (static_cast<unsigned>(first.month()) - 1) / 3 + 1);
        return buffer;
    case Kind::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, static_cast<unsigned>(first.month()));
        return buffer;
    case Kind::Week: {
        const IsoWeek week = isoWeekOf(first);
        std::snprintf(buffer, sizeof buffer, "%04d-W%02d", week.year, week.week);
        return buffer;
    }
    case Kind::Custom:
        break;
    }
    return toIsoString(first) + ".." + toIsoString(last);
}

} // namespace attain::engine
