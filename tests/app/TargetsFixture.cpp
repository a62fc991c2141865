#include "TargetsFixture.h"

#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/SqlHelpers.h"
#include "storage/TargetRepository.h"

#include <QSignalSpy>

namespace attain::test {

bool writeTargetsFixture(const QString &path)
{
    engine::demo::Spec spec;
    spec.reps = 6;
    spec.years = 1;
    spec.seed = 5;
    spec.asOf = kTargetsAsOf;
    if (storage::createDemoDatabase(path, spec).status != storage::DemoDatabaseResult::Status::Created)
        return false;
    auto opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!opened.database)
        return false;
    const QSqlDatabase db = opened.database->connection();
    const QString rep = storage::scalar(db, QStringLiteral("SELECT id FROM reps ORDER BY name LIMIT 1")).toString();
    const QString team = storage::scalar(db, QStringLiteral("SELECT id FROM teams ORDER BY name LIMIT 1")).toString();
    storage::IdMap ids;
    storage::StoredTarget q3;
    q3.target.id = kQ3DealsId.toStdString();
    q3.target.metric = engine::MetricId::DealsWon;
    q3.target.scope.rep = ids.add(storage::IdMap::Kind::Rep, rep);
    q3.target.period = engine::Period::quarter(2026, 3);
    q3.target.value = 1200; // 12 deals, in hundredths
    q3.title = QStringLiteral("Q3 deals won");
    storage::StoredTarget conversion;
    conversion.target.id = kConversionId.toStdString();
    conversion.target.metric = engine::MetricId::ConversionRate;
    conversion.target.period = engine::Period::year(2026);
    conversion.target.value = 3000; // 30 %
    conversion.title = QStringLiteral("Company conversion 2026");
    storage::StoredTarget june;
    june.target.id = kJuneTeamId.toStdString();
    june.target.metric = engine::MetricId::Revenue;
    june.target.scope.team = ids.add(storage::IdMap::Kind::Team, team);
    june.target.period = engine::Period::month(2026, 6);
    june.target.value = 50'000'000; // ¥500,000
    june.title = QStringLiteral("June push");
    storage::TargetRepository(db).insert({ q3, conversion, june }, ids);
    return true;
}

std::unique_ptr<ui::TargetsPage> openTargetsPage(const QString &path)
{
    auto page = std::make_unique<ui::TargetsPage>(storage::Actor { QStringLiteral("manager1"), {} });
    page->resize(1280, 640);
    page->setAsOf(kTargetsAsOf);
    page->show();
    QSignalSpy loaded(page.get(), &ui::TargetsPage::loaded);
    page->setDatabasePath(path);
    if (!loaded.wait(20000))
        qWarning("targets did not load");
    return page;
}

} // namespace attain::test
