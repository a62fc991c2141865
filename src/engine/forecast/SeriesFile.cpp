#include "engine/forecast/SeriesFile.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

namespace attain::engine::forecast {

namespace {

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

std::string_view trimmed(std::string_view text)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!text.empty() && blank(text.back()))
        text.remove_suffix(1);
    while (!text.empty() && blank(text.front()))
        text.remove_prefix(1);
    return text;
}

bool toInt(std::string_view text, int &value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size() && !text.empty();
}

bool toDouble(std::string_view text, double &value)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+' && text.size() > 1 && text[1] != '-')
        text.remove_prefix(1); // from_chars does not take a plus sign
    if (text.empty() || text == "NA") {
        value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size() && std::isfinite(value);
}

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

} // namespace

std::variant<std::vector<NamedSeries>, SeriesFileError> parseSeriesFile(std::string_view text)
{
    std::vector<NamedSeries> result;
    std::set<std::string, std::less<>> ids;
    if (text.starts_with("\xEF\xBB\xBF")) // a UTF-8 byte-order mark, as Excel writes
        text.remove_prefix(3);
    const std::vector<std::string_view> lines = split(text, '\n');
    if (lines.empty() || trimmed(lines.front()) != "id,category,n,h,period,start_year,start_period,values")
        return SeriesFileError{1, "expected the header id,category,n,h,period,start_year,start_period,values"};
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        const std::string_view line = trimmed(lines[i]);
        if (line.empty())
            continue;
        const std::vector<std::string_view> fields = split(line, ',');
        if (fields.size() != 8)
            return SeriesFileError{lineNumber, "expected 8 fields, found " + std::to_string(fields.size())};
        NamedSeries named;
        named.id = std::string(fields[0]);
        if (named.id.empty())
            return SeriesFileError{lineNumber, "empty id"};
        if (!ids.insert(named.id).second)
            return SeriesFileError{lineNumber, "duplicate id " + named.id};
        int n = 0;
        if (!toInt(fields[2], n) || n < 0)
            return SeriesFileError{lineNumber, "n is not a count: " + std::string(fields[2])};
        if (!toInt(fields[3], named.horizon) || named.horizon < 1 || named.horizon > kMaxHorizon)
            return SeriesFileError{lineNumber, "h must be a whole number from 1 to " + std::to_string(kMaxHorizon) + ": "
                                                   + std::string(fields[3])};
        if (!toInt(fields[4], named.series.period) || named.series.period < 1 || named.series.period > kMaxPeriod)
            return SeriesFileError{lineNumber, "period must be a whole number from 1 to " + std::to_string(kMaxPeriod)
                                                   + ": " + std::string(fields[4])};
        // With n = 0 an empty field holds no value; otherwise it is one missing value.
        const std::vector<std::string_view> values = fields[7].empty() && n == 0 ? std::vector<std::string_view>{}
                                                                                 : split(fields[7], ';');
        if (static_cast<int>(values.size()) != n)
            return SeriesFileError{lineNumber, "n is " + std::to_string(n) + " but there are "
                                                   + std::to_string(values.size()) + " values"};
        named.series.values.reserve(values.size());
        for (std::size_t k = 0; k < values.size(); ++k) {
            double value = 0;
            if (!toDouble(values[k], value))
                return SeriesFileError{lineNumber, "value " + std::to_string(k + 1) + " is not a number: "
                                                       + std::string(values[k])};
            named.series.values.push_back(value);
        }
        result.push_back(std::move(named));
    }
    return result;
}

std::string formatForecasts(const std::vector<NamedSeries> &series, const std::vector<Forecast> &forecasts)
{
    std::string out = "id,h,point,lo80,hi80,lo95,hi95\n";
    for (std::size_t s = 0; s < series.size() && s < forecasts.size(); ++s) {
        const Forecast &f = forecasts[s];
        const bool intervals = f.lo95.size() == f.point.size() && f.lo80.size() == f.point.size()
                            && f.hi80.size() == f.point.size() && f.hi95.size() == f.point.size();
        for (std::size_t h = 0; h < f.point.size(); ++h) {
            out += series[s].id + ',' + std::to_string(h + 1) + ',' + number(f.point[h]);
            if (intervals)
                out += ',' + number(f.lo80[h]) + ',' + number(f.hi80[h]) + ',' + number(f.lo95[h]) + ','
                     + number(f.hi95[h]) + '\n';
            else
                out += ",,,,\n";
        }
    }
    return out;
}

} // namespace attain::engine::forecast
