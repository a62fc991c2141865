// Kills an import with SIGKILL at random moments and checks after each kill that the database
// is intact and holds all of the import or none of it (one transaction, WAL recovery).
// Usage: storage_import_crash_test LOAD_HELPER [KILLS] [ROWS]
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace attain::storage;

namespace {

int runHelper(const QString &helper, const QStringList &arguments, int killAfterMs)
{
    QProcess process;
    process.start(helper, arguments);
    if (!process.waitForStarted())
        return -1;
    if (killAfterMs >= 0) {
        QThread::msleep(static_cast<unsigned long>(killAfterMs));
        process.kill(); // SIGKILL on Unix
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s LOAD_HELPER [KILLS] [ROWS]\n", argv[0]);
        return 2;
    }
    const QString helper = QString::fromLocal8Bit(argv[1]);
    const int kills = argc > 2 ? std::atoi(argv[2]) : 50;
    const QString rows = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("20000");
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.attain")), work = dir.filePath(QStringLiteral("work.attain"));
    if (runHelper(helper, {base, rows, QStringLiteral("--seed-only")}, -1) != 0) {
        std::fprintf(stderr, "cannot create the base database\n");
        return 1;
    }
    // One full run measures how long an import takes, so kills land before, during and after.
    QFile::copy(base, work);
    QElapsedTimer timer;
    timer.start();
    if (runHelper(helper, {work, rows}, -1) != 0) {
        std::fprintf(stderr, "the uninterrupted import failed\n");
        return 1;
    }
    const int fullMs = static_cast<int>(timer.elapsed());
    auto *random = QRandomGenerator::global();
    int none = 0, all = 0, failures = 0;
    for (int i = 0; i < kills; ++i) {
        QFile::remove(work);
        QFile::remove(work + QStringLiteral("-wal"));
        QFile::remove(work + QStringLiteral("-shm"));
        QFile::copy(base, work);
        const int at = static_cast<int>(random->bounded(fullMs + fullMs / 5 + 1));
        runHelper(helper, {work, rows}, at);
        auto opened = Database::open(work, Database::Mode::OpenExisting);
        if (!opened.database) {
            std::fprintf(stderr, "kill %d at %d ms: cannot reopen: %s\n", i, at, qPrintable(opened.message));
            ++failures;
            continue;
        }
        const QSqlDatabase db = opened.database->connection();
        const QString integrity = scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
        const qint64 deals = scalar(db, QStringLiteral("SELECT count(*) FROM deals")).toLongLong();
        if (integrity != QLatin1String("ok") || (deals != 0 && deals != rows.toLongLong())) {
            std::fprintf(stderr, "kill %d at %d ms: integrity %s, %lld deals\n", i, at, qPrintable(integrity),
                         static_cast<long long>(deals));
            ++failures;
        }
        (deals == 0 ? none : all) += 1;
    }
    std::printf("%d kills (full import %d ms): %d left no deals, %d left all %s; %d failures\n", kills, fullMs, none,
                all, qPrintable(rows), failures);
    return failures == 0 ? 0 : 1;
}
