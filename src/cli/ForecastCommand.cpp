#include "cli/ForecastCommand.h"

#include "engine/forecast/Forecaster.h"
#include "engine/forecast/SeriesFile.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <variant>

namespace attain::cli {

namespace {

namespace fc = engine::forecast;

struct ForecastOptions
{
    std::string input;
    std::string output;
    std::string method = "auto";
    unsigned threads = 0;
};

int runForecast(const ForecastOptions &options)
{
    const auto method = fc::methodFromName(options.method);
    if (!method) {
        fmt::print(stderr, "error: unknown method '{}' (choose {})\n", options.method, fc::methodNames());
        return 2;
    }
    std::ifstream in(options.input, std::ios::binary);
    if (!in) {
        fmt::print(stderr, "error: cannot read {}\n", options.input);
        return 1;
    }
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = fc::parseSeriesFile(text.str());
    if (const auto *error = std::get_if<fc::SeriesFileError>(&parsed)) {
        fmt::print(stderr, "error: {} line {}: {}\n", options.input, error->line, error->message);
        return 2;
    }
    const auto &series = std::get<std::vector<fc::NamedSeries>>(parsed);
    const unsigned threads = options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::vector<fc::Forecast> forecasts = fc::forecastAll(series, *method, threads);

    // Written to a temporary name first, so a failed run never leaves half a file behind;
    // std::filesystem::rename replaces an existing output on Windows too.
    const std::filesystem::path target(options.output);
    const std::filesystem::path partial(options.output + ".part");
    bool written = false;
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << fc::formatForecasts(series, forecasts);
        written = static_cast<bool>(out.flush());
    }
    std::error_code error;
    if (written)
        std::filesystem::rename(partial, target, error);
    if (!written || error) {
        std::filesystem::remove(partial, error);
        fmt::print(stderr, "error: cannot write {}\n", options.output);
        return 1;
    }
    fmt::print("forecast {} series with {} on {} thread(s) into {}\n", series.size(), options.method, threads,
               options.output);
    return 0;
}

} // namespace

void addForecastCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<ForecastOptions>();
    CLI::App *forecast = app.add_subcommand("forecast", "Forecast series from an M3-format file");
    forecast->add_option("--input", options->input, "Series file (M3 format, see docs/forecasting.md)")->required();
    forecast->add_option("--output", options->output, "Forecast file to write (id,h,point,lo80,hi80,lo95,hi95)")
        ->required();
    forecast->add_option("--method", options->method, "auto, ets, theta, naive, snaive, …")->capture_default_str();
    forecast->add_option("--threads", options->threads, "Worker threads (default: all cores)")
        ->check(CLI::Range(1u, 256u));
    forecast->callback([options, &exitCode] { exitCode = runForecast(*options); });
}

} // namespace attain::cli
