#pragma once

#include "engine/Date.h"
#include "engine/DemoRecords.h"

#include <cstdint>
#include <optional>
#include <string>

namespace attain::engine::demo {

/// What to generate. The same spec (seed and asOf included) always gives the same data.
struct Spec
{
    int reps = 25;         ///< quota-carrying reps, managers come on top
    int years = 3;         ///< calendar years of history, the current one partly elapsed
    std::uint64_t seed = 20261;
    Date asOf = makeDate(2026, 11, 25); ///< "today" of the dataset; deals after it are still open

    /// A human-readable reason when the spec cannot be generated, nullopt when it can.
    [[nodiscard]] std::optional<std::string> validate() const;
};

/// Receives records as they are generated, so even 2M deals never sit in memory at once.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual void region(const Region &) = 0;
    virtual void channel(const Channel &) = 0;
    virtual void productLine(const ProductLine &) = 0;
    virtual void team(const Team &) = 0;
    virtual void rep(const Rep &) = 0;
    virtual void customer(const Customer &) = 0;
    virtual void deal(const Deal &) = 0;
    virtual void dealCredit(const DealCredit &) = 0;
    virtual void activity(const Activity &) = 0;
    virtual void feedback(const Feedback &) = 0;
    virtual void target(const Target &) = 0;
    /// Called regularly with done/total work units; return false to stop generating.
    virtual bool progress(std::int64_t done, std::int64_t total) = 0;
};

enum class GenerateResult { Completed, Cancelled };

/// Generates a sales company: 3–5 teams with regions, channels (direct, distributor,
/// online), product lines, customers, won/lost/open deals with trend, monthly seasonality
/// (Q4 peak, Chinese-New-Year dip in February), rep-to-rep differences and noise,
/// activities, satisfaction scores, and company/team/rep yearly revenue targets that sum
/// exactly from reps to teams to the company.
[[nodiscard]] GenerateResult generate(const Spec &spec, Sink &sink);

/// Relative monthly sales level (1.0 = an average month); month is 1 … 12.
[[nodiscard]] double seasonality(unsigned month);

} // namespace attain::engine::demo
