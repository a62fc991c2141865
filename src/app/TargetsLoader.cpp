#include "app/TargetsLoader.h"

#include <QCoreApplication>

#include "storage/Database.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/SalesDataRepository.h"
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
    data.asOf = asOf;
    data.currency = currency;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const QSqlDatabase db = opened.database->connection();
        storage::LoadedSales loaded = storage::SalesDataRepository(db).load(currency);
        const engine::ExchangeRates rates = storage::ExchangeRateRepository(db).load();
        // Targets go through the same IdMap as the sales, so their scopes index the same records.
        const storage::TargetRepository targets(db);
        std::vector<storage::StoredTarget> stored = targets.loadStored(loaded.ids);
        const engine::PreparedSales sales(
            std::move(loaded.data), currency.toStdString(), rates, engine::ExchangeRates::Fallback::LatestEarlier);
        if (!sales.ok())
            data.notice = QCoreApplication::translate("attain::ui::TargetsLoader",
                "%n sales record(s) have problems (a missing exchange "
                "rate, an unknown rep …): actuals are not shown.",
                nullptr, static_cast<int>(sales.issues().size()));
        const QHash<QString, int> pending = targets.pendingRevisionCounts();
        QHash<QString, QString> repNames; // owners are reps, by UUID
        for (const storage::OrganisationUnit &rep : storage::OrganisationRepository(db).reps())
            repNames.insert(rep.id, rep.name);
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
            row.ownerName = repNames.value(target.ownerRepId);
            row.stored = std::move(target);
            data.rows.push_back(std::move(row));
        }
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace attain::ui
