#include "app/TargetsLoader.h"

#include <QCoreApplication>

#include "engine/StatusHistory.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

namespace attain::ui {

namespace {

QString scopeKindOf(const engine::Scope &scope)
{
    if (scope.team != engine::kNoId)
        return QStringLiteral("team");
    if (scope.rep != engine::kNoId)
        return QStringLiteral("rep");
    if (scope.channel != engine::kNoId)
        return QStringLiteral("channel");
    if (scope.productLine != engine::kNoId)
        return QStringLiteral("product_line");
    if (scope.region != engine::kNoId)
        return QStringLiteral("region");
    if (scope.customer != engine::kNoId)
        return QStringLiteral("customer");
    if (scope.customerGroup != engine::kNoId)
        return QStringLiteral("customer_group");
    return QStringLiteral("company");
}

bool inTrouble(engine::Status status)
{
    return status == engine::Status::AtRisk || status == engine::Status::OffTrack;
}

/// Since when each target in trouble has been: one daily cube per dimension for all of them.
void markTroubleSince(std::vector<TargetRow> &rows, const engine::PreparedSales &sales,
                      const engine::KpiSettings &settings)
{
    if (!sales.ok())
        return;
    std::vector<engine::Target> troubled;
    std::vector<std::size_t> rowOf;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (inTrouble(rows[i].kpi.status)) {
            troubled.push_back(rows[i].stored.target);
            rowOf.push_back(i);
        }
    const std::vector<std::optional<engine::Date>> since = engine::troubleSince(troubled, sales, settings);
    for (std::size_t t = 0; t < since.size(); ++t)
        rows[rowOf[t]].troubleSince = since[t];
}

} // namespace

TargetsData loadTargets(const QString &databasePath, engine::Date asOf, const QString &currency)
{
    TargetsData data;
    data.asOf = asOf;
    data.currency = currency;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const QSqlDatabase db = opened.database->connection();
        data.snapshot = loadSalesSnapshot(db, currency);
        const engine::PreparedSales &sales = data.snapshot->sales;
        // Targets go through a copy of the snapshot's IdMap, so their scopes index the same records.
        storage::IdMap ids = data.snapshot->ids;
        const storage::TargetRepository targets(db);
        std::vector<storage::StoredTarget> stored = targets.loadStored(ids);
        if (!sales.ok())
            data.notice = QCoreApplication::translate("attain::ui::TargetsLoader",
                "%n sales record(s) have problems (a missing exchange "
                "rate, an unknown rep …): actuals are not shown.",
                nullptr, static_cast<int>(sales.issues().size()));
        const QHash<QString, int> pending = targets.pendingRevisionCounts();
        QHash<QString, QString> repNames; // owners are reps, by UUID
        for (const storage::OrganisationUnit &rep : data.snapshot->reps)
            repNames.insert(rep.id, rep.name);
        engine::KpiSettings settings;
        settings.asOf = asOf;
        settings.trailingDays = kTrailingDays;
        // One batch: shared daily cubes instead of several passes over the sales per target.
        std::vector<engine::Target> engineTargets;
        engineTargets.reserve(stored.size());
        for (const storage::StoredTarget &target : stored)
            engineTargets.push_back(target.target);
        const std::vector<engine::Kpi> kpis
            = sales.ok() ? engine::computeKpis(engineTargets, sales, settings) : std::vector<engine::Kpi>();
        for (std::size_t i = 0; i < stored.size(); ++i) {
            TargetRow row;
            row.scopeKind = scopeKindOf(stored[i].target.scope);
            if (sales.ok()) {
                row.kpi = kpis[i];
            } else {
                row.kpi.metric = stored[i].target.metric;
                row.kpi.target = stored[i].target.value;
            }
            row.proposedRevisions = pending.value(QString::fromStdString(stored[i].target.id));
            row.ownerName = repNames.value(stored[i].ownerRepId);
            row.stored = std::move(stored[i]);
            data.rows.push_back(std::move(row));
        }
        markTroubleSince(data.rows, sales, settings);
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace attain::ui
