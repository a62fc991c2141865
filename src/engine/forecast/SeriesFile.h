#pragma once

#include "engine/forecast/Forecast.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace attain::engine::forecast {

/// Limits that keep a typing error (h = 400000000) from exhausting memory: far beyond any
/// business horizon or season (daily data has 366 at most).
inline constexpr int kMaxHorizon = 1000;
inline constexpr int kMaxPeriod = 366;

/// One series of a forecasting input file, with what it must be forecast for.
struct NamedSeries
{
    std::string id;
    Series series;
    int horizon = 0;
};

/// A problem in an input file, with its 1-based line number.
struct SeriesFileError
{
    int line = 0;
    std::string message;
};

/// Reads the M3 benchmark format (header `id,category,n,h,period,start_year,start_period,values`,
/// values separated by `;`, `.` decimal mark, an empty value or `NA` for a missing one; a UTF-8
/// byte-order mark and blanks around values are accepted). Either the whole file is read or
/// nothing and the first error: wrong field count, `n` not matching the values, a non-number,
/// a horizon or period outside its limits, a duplicate id.
[[nodiscard]] std::variant<std::vector<NamedSeries>, SeriesFileError> parseSeriesFile(std::string_view text);

/// Writes forecasts in the format the M3 scorer reads: `id,h,point,lo80,hi80,lo95,hi95`, one row
/// per series and horizon, numbers as `%.10g`; interval fields are left empty when a forecast
/// has none.
[[nodiscard]] std::string formatForecasts(const std::vector<NamedSeries> &series, const std::vector<Forecast> &forecasts);

} // namespace attain::engine::forecast
