#include "cli/DemoCommand.h"

#include "engine/DemoGenerator.h"
#include "storage/DemoDatabase.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <QDate>
#include <QString>

#include <chrono>
#include <memory>

namespace attain::cli {

namespace {

struct DemoOptions
{
    std::string out;
    int reps = engine::demo::Spec{}.reps;
    int years = engine::demo::Spec{}.years;
    std::uint64_t seed = engine::demo::Spec{}.seed;
    std::string asOf;
    bool force = false;
};

int runDemo(const DemoOptions &options)
{
    engine::demo::Spec spec;
    spec.reps = options.reps;
    spec.years = options.years;
    spec.seed = options.seed;
    if (options.asOf.empty()) {
        const QDate today = QDate::currentDate();
        spec.asOf = engine::makeDate(today.year(), static_cast<unsigned>(today.month()),
                                     static_cast<unsigned>(today.day()));
    } else if (const auto date = engine::parseIsoDate(options.asOf)) {
        spec.asOf = *date;
    } else {
        fmt::print(stderr, "error: --as-of must be a date like 2026-11-25, not '{}'\n", options.asOf);
        return 2;
    }
    if (const auto problem = spec.validate()) {
        fmt::print(stderr, "error: {}\n", *problem);
        return 2;
    }

    const auto started = std::chrono::steady_clock::now();
    int lastTenth = -1;
    const auto result = storage::createDemoDatabase(
        QString::fromStdString(options.out), spec,
        [&lastTenth](std::int64_t done, std::int64_t total) {
            const int tenth = static_cast<int>(done * 10 / std::max<std::int64_t>(total, 1));
            if (tenth != lastTenth) {
                lastTenth = tenth;
                fmt::print(stderr, "\rgenerating… {}%", tenth * 10);
            }
            return true;
        },
        options.force);
    fmt::print(stderr, "\n");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (result.status != storage::DemoDatabaseResult::Status::Created) {
        fmt::print(stderr, "error: {}\n", result.message.toStdString());
        return 1;
    }
    fmt::print("wrote {} ({} reps, {} years to {}, seed {}): {} deals in {:.1f} s\n", options.out, spec.reps,
               spec.years, engine::toIsoString(spec.asOf), spec.seed, result.deals, seconds);
    return 0;
}

} // namespace

void addDemoCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<DemoOptions>();
    CLI::App *demo = app.add_subcommand("demo", "Write a realistic, deterministic demo database");
    demo->add_option("--out", options->out, "The .attain file to create")->required();
    demo->add_option("--reps", options->reps, "Number of sales reps (managers come on top)")
        ->check(CLI::Range(1, 5000));
    demo->add_option("--years", options->years, "Calendar years of history, the current one partly elapsed")
        ->check(CLI::Range(1, 20));
    demo->add_option("--seed", options->seed, "Random seed: the same seed and --as-of give the same data");
    demo->add_option("--as-of", options->asOf, "The dataset's 'today' (YYYY-MM-DD); default: today");
    demo->add_flag("--force", options->force, "Replace the file if it exists");
    demo->callback([options, &exitCode] { exitCode = runDemo(*options); });
}

} // namespace attain::cli
