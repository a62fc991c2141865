// Times what the targets page does off the UI thread: open a database, load its sales, and
// compute every target's KPI card and, for those in trouble, since when.
// Usage: attain-targets-load FILE.attain [YYYY-MM-DD]
#include "app/TargetsLoader.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: attain-targets-load FILE.attain [YYYY-MM-DD]\n");
        return 2;
    }
    const QDate day = args.size() > 2 ? QDate::fromString(args[2], Qt::ISODate) : QDate::currentDate();
    const auto asOf = attain::engine::makeDate(day.year(), static_cast<unsigned>(day.month()),
                                               static_cast<unsigned>(day.day()));
    QElapsedTimer timer;
    timer.start();
    {
        // The sales alone, to separate reading the file from computing the cards.
        auto opened = attain::storage::Database::open(args[1], attain::storage::Database::Mode::OpenExisting);
        if (opened.database)
            (void)attain::ui::loadSalesSnapshot(opened.database->connection(), QStringLiteral("CNY"));
        std::printf("sales-load: %lld ms\n", static_cast<long long>(timer.restart()));
    }
    const attain::ui::TargetsData data = attain::ui::loadTargets(args[1], asOf, QStringLiteral("CNY"));
    const qint64 elapsed = timer.elapsed();
    if (!data.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error));
        return 1;
    }
    int troubled = 0;
    for (const attain::ui::TargetRow &row : data.rows)
        troubled += row.troubleSince.has_value() ? 1 : 0;
    std::printf("targets-load: %zu targets, %d in trouble with a start day, %lld ms\n", data.rows.size(), troubled,
                static_cast<long long>(elapsed));
    return 0;
}
