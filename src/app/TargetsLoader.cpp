#include "app/TargetsLoader.h"

#include <QCoreApplication>

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

} // namespace

TargetsData loadTargets(const QString &databasePath, engine::Date asOf, const QString &currency)
{
    TargetsData data;
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
        engine::KpiSettings settings;
        settings.asOf = asOf;
        settings.trailingDays = kTrailingDays;
        for (storage::StoredTarget &target : stored) {
            TargetRow row;
            row.scopeKind = scopeKindOf(target.target.scope);
            if (sales.ok()) {
                row.kpi = engine::computeKpi(target.target, sales, settings);
            } else {
                row.kpi.metric = target.target.metric;
                row.kpi.target = target.target.value;
            }
            row.proposedRevisions = pending.value(QString::fromStdString(target.target.id));
            row.stored = std::move(target);
            data.rows.push_back(std::move(row));
        }
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace attain::ui
