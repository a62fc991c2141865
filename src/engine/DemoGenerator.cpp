#include "engine/DemoGenerator.h"

#include "engine/DemoRandom.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <stdexcept>
#include <vector>

namespace attain::engine::demo {

namespace {

constexpr double kDealsPerRepMonth = 160.0; // closed deals; 200 reps x 5 years ~ 2M deals
// About ten activities and seven hours a week for a rep of intensity 1 (an activity averages
// about 43 minutes), near the seeded workload norm of 10 activities and 480 minutes; each rep
// has an intensity of their own (RepState::intensity).
constexpr double kActivitiesPerRepMonth = 43.0;
// Reps by index whose intensity is set, so that every demo team shows imbalance: two clearly
// overloaded reps and one nearly idle (the others vary around 1).
constexpr std::array kOverloadedReps{1, 5};
constexpr double kOverloadedIntensity = 1.6;
constexpr int kIdleRep = 2;
constexpr double kIdleIntensity = 0.35;
constexpr double kFeedbackPerRepMonth = 2.0;
constexpr double kYearlyGrowth = 0.12;

struct RegionSeed { const char *code, *name, *teamName; };
constexpr std::array kRegions{
    RegionSeed{"EAST", "华东", "华东 East"},      RegionSeed{"SOUTH", "华南", "华南 South"},
    RegionSeed{"NORTH", "华北", "华北 North"},    RegionSeed{"WEST", "西部", "西部 West"},
    RegionSeed{"INTL", "海外", "海外 Overseas"},
};
constexpr std::array kTeamCodes{"East", "South", "North", "West", "Overseas"};

struct ChannelSeed { const char *code, *name; double share; };
constexpr std::array kChannels{ChannelSeed{"direct", "Direct 直销", 0.5},
                               ChannelSeed{"distributor", "Distributor 分销", 0.3},
                               ChannelSeed{"online", "Online 线上", 0.2}};

struct ProductSeed { const char *code, *name; double share; double price; double cycleDays; };
constexpr std::array kProducts{
    ProductSeed{"cloud", "Cloud Suite 云套件", 0.35, 12000.0, 35.0},
    ProductSeed{"analytics", "Analytics 数据分析", 0.25, 8000.0, 28.0},
    ProductSeed{"hardware", "Hardware 硬件", 0.2, 25000.0, 45.0},
    ProductSeed{"services", "Services 服务", 0.2, 5000.0, 20.0},
};

constexpr std::array kSurnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                               "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
constexpr std::array kGivenNames{"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军",
                                 "杰", "涛", "明", "超", "秀英", "丽", "强", "华", "平", "刚",
                                 "桂英", "鹏", "辉", "玲", "婷", "欣怡", "子轩", "浩然", "雨桐", "思远"};
constexpr std::array kCompanyStems{"恒达", "华信", "远航", "金桥", "博源", "天成", "瑞丰", "鼎盛",
                                   "新锐", "中科", "嘉禾", "宏图", "万通", "启明", "德润", "安泰"};
constexpr std::array kIndustries{"科技", "贸易", "制造", "医药", "物流", "电子", "食品", "建材"};
constexpr std::array kCustomerGroups{"enterprise", "smb", "public"};
constexpr std::array kOpenStages{"prospecting", "qualification", "proposal", "negotiation"};
constexpr std::array kLostReasons{"price", "competitor", "no_budget", "timing"};
constexpr std::array kCompetitors{"Zenith Soft", "Huaxia Data", "Orion Systems"};

struct ActivitySeed { const char *type; double share; int minMinutes, maxMinutes; };
constexpr std::array kActivities{ActivitySeed{"call", 0.55, 5, 30}, ActivitySeed{"visit", 0.2, 45, 150},
                                 ActivitySeed{"meeting", 0.12, 30, 90}, ActivitySeed{"demo", 0.08, 45, 120},
                                 ActivitySeed{"email", 0.05, 5, 15}};

constexpr std::array kSeasonality{0.95, 0.62, 1.0, 0.96, 0.95, 1.1, 0.9, 0.9, 1.05, 0.92, 1.1, 1.45};

template <typename Seeds>
std::size_t pickWeighted(DemoRandom &random, const Seeds &seeds)
{
    double draw = random.uniform();
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        draw -= seeds[i].share;
        if (draw < 0.0)
            return i;
    }
    return seeds.size() - 1;
}

template <typename T, std::size_t N>
const T &pick(DemoRandom &random, const std::array<T, N> &items)
{
    return items[static_cast<std::size_t>(random.between(0, N - 1))];
}

struct RepState
{
    Rep rep;
    std::size_t team = 0;
    double skill = 1.0; ///< multiplies deal count and size
    /// How much the rep works: multiplies activities, and (damped) deals, since more customer
    /// contact wins somewhat more. Drawn once per rep, so a busy rep stays busy all along.
    double intensity = 1.0;
};

class Generator
{
public:
    // The intensities draw from a stream of their own, so that adding them left the names,
    // teams and start dates of every seed as they were.
    Generator(const Spec &spec, Sink &sink)
        : m_spec(spec), m_sink(sink), m_random(spec.seed), m_intensityRandom(spec.seed ^ 0x9E3779B97F4A7C15ULL)
    {
    }

    GenerateResult run()
    {
        m_firstYear = static_cast<int>(m_spec.asOf.year()) - m_spec.years + 1;
        writeReferenceData();
        writePeople();
        writeCustomers();
        writeTargets();
        return writeMonths();
    }

private:
    int teamCount() const { return m_spec.reps <= 10 ? 3 : (m_spec.reps <= 40 ? 4 : 5); }

    void writeReferenceData()
    {
        for (std::size_t i = 0; i < kChannels.size(); ++i) {
            m_channelIds.push_back(m_random.uuid());
            m_sink.channel({m_channelIds.back(), kChannels[i].code, kChannels[i].name});
        }
        for (std::size_t i = 0; i < kProducts.size(); ++i) {
            m_productIds.push_back(m_random.uuid());
            m_sink.productLine({m_productIds.back(), kProducts[i].code, kProducts[i].name});
        }
        for (int i = 0; i < teamCount(); ++i) {
            const auto index = static_cast<std::size_t>(i);
            m_regionIds.push_back(m_random.uuid());
            m_sink.region({m_regionIds.back(), kRegions[index].code, kRegions[index].name});
            m_teams.push_back({m_random.uuid(), kTeamCodes[index], kRegions[index].teamName, m_regionIds.back()});
            m_teamFactor.push_back(m_random.logNormal(0.0, 0.15));
            m_sink.team(m_teams.back());
        }
    }

    std::string uniqueName()
    {
        for (;;) {
            // Separate statements: the order of two draws in one expression is unspecified.
            std::string name = pick(m_random, kSurnames);
            name += pick(m_random, kGivenNames);
            if (m_usedNames.insert(name).second)
                return name;
            // Small pools run out; a second given name keeps names unique and plausible.
            name += pick(m_random, kGivenNames);
            if (m_usedNames.insert(name).second)
                return name;
        }
    }

    void writePeople()
    {
        const Date dataStart = makeDate(m_firstYear, 1, 1);
        for (std::size_t t = 0; t < m_teams.size(); ++t) {
            Rep manager{m_random.uuid(), m_teams[t].id, uniqueName(), {}, "manager", addDays(dataStart, -365)};
            manager.email = "manager" + std::to_string(t + 1) + "@demo.attain";
            m_sink.rep(manager);
        }
        for (int i = 0; i < m_spec.reps; ++i) {
            RepState state;
            state.team = static_cast<std::size_t>(i) % m_teams.size();
            state.skill = m_random.logNormal(0.0, 0.3) * m_teamFactor[state.team];
            // Most reps predate the data; about one in six joins during it.
            Date start = addDays(dataStart, -static_cast<int>(m_random.between(30, 2000)));
            if (m_random.chance(0.16))
                start = addDays(dataStart, static_cast<int>(m_random.between(30, 365 * m_spec.years - 60)));
            if (start > m_spec.asOf)
                start = addDays(m_spec.asOf, -30);
            state.rep = Rep{m_random.uuid(), m_teams[state.team].id, uniqueName(),
                            "rep" + std::to_string(i + 1) + "@demo.attain", "rep", start};
            state.intensity = intensityOf(i);
            m_sink.rep(state.rep);
            m_reps.push_back(std::move(state));
        }
    }

    double intensityOf(int index)
    {
        const double drawn = std::clamp(m_intensityRandom.logNormal(0.0, 0.15), 0.7, 1.35);
        if (m_spec.reps >= 4 && std::find(kOverloadedReps.begin(), kOverloadedReps.end(), index) != kOverloadedReps.end())
            return kOverloadedIntensity;
        if (m_spec.reps >= 4 && index == kIdleRep)
            return kIdleIntensity;
        return drawn;
    }

    void writeCustomers()
    {
        const int count = std::max(20, m_spec.reps * 40);
        m_customersByTeam.resize(m_teams.size());
        for (int i = 0; i < count; ++i) {
            const auto team = static_cast<std::size_t>(i) % m_teams.size();
            Customer customer;
            customer.id = m_random.uuid();
            customer.name = kRegions[team].name;
            customer.name += pick(m_random, kCompanyStems);
            customer.name += pick(m_random, kIndustries);
            customer.name += "有限公司 #" + std::to_string(i + 1);
            customer.regionId = m_regionIds[team];
            customer.group = pick(m_random, kCustomerGroups);
            m_customersByTeam[team].push_back(customer.id);
            m_sink.customer(customer);
        }
    }

    double growth(int year) const { return std::pow(1.0 + kYearlyGrowth, year - m_firstYear); }

    bool active(const RepState &rep, int year, unsigned month) const
    {
        const Date monthEnd = Period::month(year, month).last;
        return rep.rep.startDate <= monthEnd;
    }

    double dealRate(const RepState &rep, int year, unsigned month) const
    {
        return kDealsPerRepMonth * seasonality(month) * growth(year) * std::sqrt(rep.skill)
               * std::pow(rep.intensity, 0.6);
    }

    static double winRate(const RepState &rep) { return std::clamp(0.33 + 0.12 * (rep.skill - 1.0), 0.12, 0.6); }

    static double meanDealSize(const RepState &rep)
    {
        double mean = 0.0;
        for (const auto &product : kProducts)
            mean += product.share * product.price;
        // logNormal(0, 0.5) has mean exp(0.125).
        return mean * std::exp(0.125) * std::sqrt(rep.skill);
    }

    /// Expected won revenue in minor units, the basis of the demo's targets.
    double expectedRevenue(const RepState &rep, int year) const
    {
        double total = 0.0;
        for (unsigned month = 1; month <= 12; ++month)
            if (active(rep, year, month))
                total += dealRate(rep, year, month) * winRate(rep) * meanDealSize(rep) * 100.0;
        return total;
    }

    void writeTargets()
    {
        const int lastYear = static_cast<int>(m_spec.asOf.year());
        for (int year = m_firstYear; year <= lastYear; ++year) {
            const Period period = Period::year(year);
            Target company{m_random.uuid(), {}, "revenue", "company", {}, "Company revenue " + period.label(), period, 0};
            std::vector<Target> teams;
            for (const Team &team : m_teams)
                teams.push_back({m_random.uuid(), company.id, "revenue", "team", team.id,
                                 team.name + " revenue " + period.label(), period, 0});
            std::vector<Target> reps;
            for (const RepState &rep : m_reps) {
                const double expected = expectedRevenue(rep, year);
                if (expected <= 0.0)
                    continue;
                // Some targets are comfortable, some stretch: a realistic spread of attainment.
                const double stretch = m_random.normal(1.06, 0.08);
                // Round to whole thousands of yuan, as managers set them.
                const auto value = static_cast<std::int64_t>(std::llround(expected * stretch / 100000.0)) * 100000;
                Target &team = teams[rep.team];
                team.value += value;
                reps.push_back({m_random.uuid(), team.id, "revenue", "rep", rep.rep.id,
                                rep.rep.name + " revenue " + period.label(), period, value});
            }
            for (const Target &team : teams)
                company.value += team.value;
            m_sink.target(company);
            for (const Target &team : teams)
                m_sink.target(team);
            for (const Target &rep : reps)
                m_sink.target(rep);
        }
    }

    Date dayIn(int year, unsigned month)
    {
        return makeDate(year, month, static_cast<unsigned>(m_random.between(1, daysInMonth(year, month))));
    }

    void writeDeal(const RepState &rep, int year, unsigned month)
    {
        const auto &teamCustomers = m_customersByTeam[rep.team];
        const std::size_t product = pickWeighted(m_random, kProducts);
        const std::size_t channel = pickWeighted(m_random, kChannels);
        Deal deal;
        deal.id = m_random.uuid();
        deal.ownerRepId = rep.rep.id;
        deal.teamId = m_teams[rep.team].id;
        deal.customerId = teamCustomers[static_cast<std::size_t>(
            m_random.between(0, static_cast<std::int64_t>(teamCustomers.size()) - 1))];
        deal.channelId = m_channelIds[channel];
        deal.productLineId = m_productIds[product];
        deal.regionId = m_regionIds[rep.team];
        const double yuan = kProducts[product].price * m_random.logNormal(0.0, 0.5) * std::sqrt(rep.skill);
        deal.amountMinor = std::max<std::int64_t>(100, std::llround(yuan) * 100);
        const Date close = dayIn(year, month);
        if (close < rep.rep.startDate)
            return; // the rep had not joined yet
        const int cycle = std::max(1, static_cast<int>(std::lround(
                                          kProducts[product].cycleDays * m_random.logNormal(0.0, 0.4))));
        deal.createdOn = std::max(addDays(close, -cycle), rep.rep.startDate);
        deal.expectedCloseOn = close;
        if (deal.createdOn > m_spec.asOf)
            return; // not yet in anybody's pipeline
        const bool won = m_random.chance(winRate(rep));
        if (close > m_spec.asOf) {
            deal.stage = kOpenStages[static_cast<std::size_t>(m_random.between(0, kOpenStages.size() - 1))];
        } else {
            deal.closedOn = close;
            deal.stage = won ? "won" : "lost";
            if (!won) {
                deal.lostReason = pick(m_random, kLostReasons);
                if (deal.lostReason == "competitor")
                    deal.competitor = pick(m_random, kCompetitors);
            }
        }
        m_sink.deal(deal);
        if (m_random.chance(0.04))
            shareCredit(deal, rep);
    }

    /// Splits credit with a teammate: the deal counts once for the team, in part for each rep.
    void shareCredit(const Deal &deal, const RepState &owner)
    {
        std::vector<const RepState *> mates;
        for (const RepState &other : m_reps)
            if (other.team == owner.team && &other != &owner && other.rep.startDate <= deal.createdOn)
                mates.push_back(&other);
        if (mates.empty())
            return;
        const RepState *mate = mates[static_cast<std::size_t>(
            m_random.between(0, static_cast<std::int64_t>(mates.size()) - 1))];
        const int ownerShare = m_random.chance(0.5) ? 5000 : 7000;
        m_sink.dealCredit({deal.id, owner.rep.id, ownerShare});
        m_sink.dealCredit({deal.id, mate->rep.id, 10000 - ownerShare});
    }

    void writeActivities(const RepState &rep, int year, unsigned month)
    {
        const auto &teamCustomers = m_customersByTeam[rep.team];
        const int count = m_random.poisson(kActivitiesPerRepMonth * rep.intensity * m_random.logNormal(0.0, 0.15));
        for (int i = 0; i < count; ++i) {
            // Reps work Monday to Friday: a weekend day's activity moves to the Friday before
            // or the Monday after (no extra draw, so the sequence stays as it was).
            Date on = dayIn(year, month);
            if (const int weekday = isoWeekday(on); weekday >= 6)
                on = addDays(on, weekday == 6 ? -1 : 1);
            if (on > m_spec.asOf || on < rep.rep.startDate)
                continue;
            const ActivitySeed &seed = kActivities[pickWeighted(m_random, kActivities)];
            const double draw = m_random.uniform();
            m_sink.activity({m_random.uuid(), rep.rep.id,
                             teamCustomers[static_cast<std::size_t>(m_random.between(
                                 0, static_cast<std::int64_t>(teamCustomers.size()) - 1))],
                             seed.type, draw < 0.45 ? "positive" : (draw < 0.85 ? "neutral" : "negative"), on,
                             static_cast<int>(m_random.between(seed.minMinutes, seed.maxMinutes))});
        }
    }

    void writeFeedback(const RepState &rep, int year, unsigned month)
    {
        const auto &teamCustomers = m_customersByTeam[rep.team];
        const int count = m_random.poisson(kFeedbackPerRepMonth);
        for (int i = 0; i < count; ++i) {
            const Date on = dayIn(year, month);
            if (on > m_spec.asOf || on < rep.rep.startDate)
                continue;
            const double raw = m_random.normal(3.6 + 0.6 * (rep.skill - 1.0), 0.9);
            const int score = static_cast<int>(std::clamp(std::lround(raw), 1L, 5L));
            const bool complaint = score <= 2 && m_random.chance(0.6);
            const bool resolved = complaint && daysBetween(on, m_spec.asOf) > 14 && m_random.chance(0.85);
            m_sink.feedback({m_random.uuid(),
                             teamCustomers[static_cast<std::size_t>(m_random.between(
                                 0, static_cast<std::int64_t>(teamCustomers.size()) - 1))],
                             rep.rep.id, on, score, complaint, resolved});
        }
    }

    GenerateResult writeMonths()
    {
        // One month past asOf so that the pipeline holds next month's open deals.
        const Date pipelineEnd = Period::month(static_cast<int>(m_spec.asOf.year()),
                                               static_cast<unsigned>(m_spec.asOf.month())).last;
        const Date horizon = addDays(pipelineEnd, 1);
        const int months = (static_cast<int>(horizon.year()) - m_firstYear) * 12
                           + static_cast<int>(static_cast<unsigned>(horizon.month()));
        const std::int64_t total = static_cast<std::int64_t>(months) * static_cast<std::int64_t>(m_reps.size());
        std::int64_t done = 0;
        for (int index = 0; index < months; ++index) {
            const int year = m_firstYear + index / 12;
            const auto month = static_cast<unsigned>(index % 12 + 1);
            for (const RepState &rep : m_reps) {
                if (active(rep, year, month)) {
                    const int deals = m_random.poisson(dealRate(rep, year, month));
                    for (int i = 0; i < deals; ++i)
                        writeDeal(rep, year, month);
                    writeActivities(rep, year, month);
                    writeFeedback(rep, year, month);
                }
                if (!m_sink.progress(++done, total))
                    return GenerateResult::Cancelled;
            }
        }
        return GenerateResult::Completed;
    }

    const Spec &m_spec;
    Sink &m_sink;
    DemoRandom m_random;
    DemoRandom m_intensityRandom;
    int m_firstYear = 0;
    std::vector<std::string> m_channelIds, m_productIds, m_regionIds;
    std::vector<Team> m_teams;
    std::vector<double> m_teamFactor;
    std::vector<RepState> m_reps;
    std::vector<std::vector<std::string>> m_customersByTeam;
    std::set<std::string> m_usedNames;
};

} // namespace

std::optional<std::string> Spec::validate() const
{
    if (reps < 1 || reps > 5000)
        return "reps must be between 1 and 5000";
    if (years < 1 || years > 20)
        return "years must be between 1 and 20";
    if (!asOf.ok())
        return "asOf is not a valid date";
    return std::nullopt;
}

double seasonality(unsigned month)
{
    return kSeasonality.at(month - 1);
}

GenerateResult generate(const Spec &spec, Sink &sink)
{
    if (spec.validate())
        throw std::invalid_argument(*spec.validate());
    return Generator(spec, sink).run();
}

} // namespace attain::engine::demo
