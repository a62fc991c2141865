// attain-import-load DB ROWS [--seed S]: imports ROWS generated deal records into DB (created
// with 200 reps when missing) through the Importer, in one transaction, and prints rows/s.
// The crash test kills it mid-import; the release build measures the import's speed.
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "storage/import/Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

using namespace attain::storage;

namespace {

constexpr int kReps = 200;

void seedReps(const QSqlDatabase &db)
{
    if (scalar(db, QStringLiteral("SELECT count(*) FROM reps")).toInt() > 0)
        return;
    Transaction transaction(db);
    execStatement(db, QStringLiteral("INSERT INTO teams (id, code, name) VALUES ('t1', 'T1', 'Team 1')"));
    QSqlQuery rep = prepare(db, QStringLiteral("INSERT INTO reps (id, team_id, name, email, role, start_date) "
                                               "VALUES (?, 't1', ?, ?, 'rep', '2020-01-01')"));
    for (int i = 0; i < kReps; ++i) {
        rep.bindValue(0, QStringLiteral("rep-%1").arg(i));
        rep.bindValue(1, QStringLiteral("Rep %1").arg(i));
        rep.bindValue(2, QStringLiteral("rep%1@example.com").arg(i));
        exec(rep);
    }
    transaction.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: attain-import-load DB ROWS\n");
        return 2;
    }
    const qint64 rows = std::atoll(argv[2]);
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::CreateIfMissing);
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    const QSqlDatabase db = opened.database->connection();
    seedReps(db);
    if (argc > 3 && qstrcmp(argv[3], "--seed-only") == 0)
        return 0;

    // The same columns as the CSV given to `sqlite3 .import` for the comparison.
    const attain::storage::CsvRecord header{{QStringLiteral("id"), QStringLiteral("owner"), QStringLiteral("customer"),
                                             QStringLiteral("amount"), QStringLiteral("currency"),
                                             QStringLiteral("stage"), QStringLiteral("closed_on")},
                                            1};
    qint64 line = 1;
    QStringList fields(7);
    const attain::storage::import::Importer::RecordSource source = [&](CsvRecord &record) {
        if (line > rows)
            return false;
        ++line;
        fields[0] = QStringLiteral("D%1").arg(line);
        fields[1] = QStringLiteral("rep-%1").arg(line % kReps);
        fields[2] = QString();
        fields[3] = QStringLiteral("%1.%2").arg(line % 100000).arg(line % 100, 2, 10, QLatin1Char('0'));
        fields[4] = QStringLiteral("CNY");
        fields[5] = QStringLiteral("won");
        fields[6] = QStringLiteral("2025-%1-%2").arg(line % 12 + 1, 2, 10, QLatin1Char('0'))
                        .arg(line % 28 + 1, 2, 10, QLatin1Char('0'));
        record.fields = fields;
        record.line = line;
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const auto report = attain::storage::import::Importer(db).run(attain::storage::import::ImportKind::Deals, header,
                                                                  source, {});
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!report.ok()) {
        std::fprintf(stderr, "%lld problems, first: %s\n", static_cast<long long>(report.problemCount),
                     qPrintable(report.problems.value(0).message));
        return 1;
    }
    std::printf("imported %lld rows (%lld new) in %.2f s: %.0f rows/s\n", static_cast<long long>(report.rowsRead),
                static_cast<long long>(report.inserted), seconds, static_cast<double>(report.rowsRead) / seconds);
    return 0;
}
