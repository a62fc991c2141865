#include "engine/WorkCalendar.h"

namespace attain::engine {

void WorkCalendar::addHoliday(Date date)
{
    m_workingDays.erase(toDayNumber(date));
    m_holidays.insert(toDayNumber(date));
}

void WorkCalendar::addWorkingDay(Date date)
{
    m_holidays.erase(toDayNumber(date));
    m_workingDays.insert(toDayNumber(date));
}

bool WorkCalendar::isWorkingDay(Date date) const
{
    const int day = toDayNumber(date);
    if (m_holidays.contains(day))
        return false;
    if (m_workingDays.contains(day))
        return true;
    return isoWeekday(date) <= 5;
}

int WorkCalendar::workingDays(const Period &period) const
{
    const int first = toDayNumber(period.first);
    const int last = toDayNumber(period.last);
    if (last < first)
        return 0;
    // Whole weeks in O(1), then the exceptions: fast even for decades.
    const int days = last - first + 1;
    int count = days / 7 * 5;
    for (int day = first + days / 7 * 7; day <= last; ++day)
        if (isoWeekday(fromDayNumber(day)) <= 5)
            ++count;
    for (auto it = m_holidays.lower_bound(first); it != m_holidays.end() && *it <= last; ++it)
        if (isoWeekday(fromDayNumber(*it)) <= 5)
            --count;
    for (auto it = m_workingDays.lower_bound(first); it != m_workingDays.end() && *it <= last; ++it)
        if (isoWeekday(fromDayNumber(*it)) > 5)
            ++count;
    return count;
}

std::variant<WorkCalendar, WorkCalendar::ParseError> WorkCalendar::parse(std::string_view text)
{
    WorkCalendar calendar;
    int lineNumber = 0;
    while (!text.empty()) {
        ++lineNumber;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const auto date = parseIsoDate(line.substr(0, 10));
        if (!date)
            return ParseError{lineNumber, "expected a date like 2026-10-01 at the start, found '"
                                              + std::string(line.substr(0, 10)) + "'"};
        std::string_view rest = line.substr(10);
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t'))
            rest.remove_prefix(1);
        const std::string_view kind = rest.substr(0, rest.find_first_of(" \t"));
        if (kind == "holiday")
            calendar.addHoliday(*date);
        else if (kind == "workday")
            calendar.addWorkingDay(*date);
        else
            return ParseError{lineNumber, "expected 'holiday' or 'workday' after the date, found '"
                                              + std::string(kind) + "'"};
    }
    return calendar;
}

} // namespace attain::engine
