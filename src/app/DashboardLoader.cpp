#include "app/DashboardLoader.h"

#include "storage/DashboardRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>

#include <algorithm>

namespace attain::ui {

using storage::DashboardDimension;

const std::vector<storage::DashboardMember> &DashboardMembers::of(DashboardDimension dimension) const
{
    switch (dimension) {
    case DashboardDimension::Team: return teams;
    case DashboardDimension::Rep: return reps;
    case DashboardDimension::Channel: return channels;
    case DashboardDimension::ProductLine: return productLines;
    case DashboardDimension::Region: return regions;
    }
    return teams;
}

QString DashboardMembers::nameOf(DashboardDimension dimension, const QString &id) const
{
    for (const storage::DashboardMember &member : of(dimension))
        if (member.id == id)
            return member.name;
    return {};
}

DashboardSource::DashboardSource() = default;
DashboardSource::~DashboardSource() = default;

void DashboardSource::close()
{
    m_database.reset();
}

DashboardData DashboardSource::load(const QString &databasePath, const storage::DashboardRequest &request,
                                    DashboardPart part, std::optional<DashboardDimension> by, bool withMembers)
{
    QElapsedTimer clock;
    clock.start();
    DashboardData data;
    data.part = part;
    data.databasePath = databasePath;
    data.request = request;
    if (!m_database || m_database->path() != databasePath || withMembers) {
        m_database.reset();
        m_history.clear();
        m_model.reset();
        // Connections belong to their thread: this one is the worker's own.
        auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
        if (!opened.database) {
            data.error = opened.message;
            return data;
        }
        m_database = std::move(opened.database);
        try {
            // Requests go back and forth between the same facts: a page cache of 32 MB (instead
            // of 2) keeps them in memory.
            storage::execStatement(m_database->connection(), QStringLiteral("PRAGMA cache_size = -32768"));
        } catch (const storage::StorageError &) {
            // Only slower.
        }
    }
    try {
        const storage::DashboardRepository repository(m_database->connection());
        if (part == DashboardPart::Panels) {
            data.snapshot.leaderboard = repository.leaderboard(request, &data.snapshot.notices);
            data.snapshot.activity = repository.activityVsRevenue(request, &data.snapshot.notices);
            data.readMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            return data;
        }
        // The figures without the panels' rows (DashboardRepository::load would add them): the
        // panels load beside them on another worker.
        storage::DashboardSnapshot &snapshot = data.snapshot;
        snapshot.period = request.period;
        // As DashboardRepository::load: the previous period of the same kind, over as many days.
        snapshot.previousPeriod = engine::previousOfSameKind(request.period);
        snapshot.elapsedDays = std::clamp(engine::daysBetween(request.period.first, request.asOf) + 1, 0,
                                          request.period.dayCount());
        snapshot.tiles = repository.tiles(request, &snapshot.notices, &snapshot.revenuePace);
        snapshot.series = repository.series(request, &snapshot.notices);
        const auto automatic = storage::DashboardRepository::defaultBreakdown(request.scope);
        const auto shown = by ? by : automatic;
        if (shown) {
            data.breakdown = repository.breakdown(request, *shown, &snapshot.notices);
            data.hasBreakdown = true;
            if (shown == automatic)
                snapshot.breakdown = data.breakdown;
        }
        if (withMembers) {
            auto members = std::make_shared<DashboardMembers>();
            members->teams = repository.members(DashboardDimension::Team);
            members->reps = repository.members(DashboardDimension::Rep);
            members->channels = repository.members(DashboardDimension::Channel);
            members->productLines = repository.members(DashboardDimension::ProductLine);
            members->regions = repository.members(DashboardDimension::Region);
            data.members = std::move(members);
        }
    } catch (const storage::StorageError &error) {
        data.error = error.message();
        return data;
    }
    data.readMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    // The history depends on the scope and the as-of month only: a period change reuses the fit.
    const storage::DashboardSeries &series = data.snapshot.series;
    if (!m_model || series.monthlyHistory != m_history) {
        m_history = series.monthlyHistory;
        m_model = fitRevenueHistory(m_history);
    }
    data.forecast = forecastCumulative(series, request.period, request.asOf, m_model.get());
    data.forecastMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return data;
}

} // namespace attain::ui
