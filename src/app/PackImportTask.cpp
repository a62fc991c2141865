#include "app/PackImportTask.h"

#include "app/MergeConflictDialog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHash>
#include <QProgressDialog>
#include <QSqlQuery>
#include <QtConcurrent>

#include <atomic>

namespace attain::ui {

namespace {

namespace pack = storage::pack;
using Status = pack::PackImportResult::Status;

// The same arguments as QObject::tr, so that lupdate sees the plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("attain::ui::PackImportTask", text, disambiguation, n);
}

/// Reps and customers by id, so the conflict dialog can show names.
QHash<QString, QString> namesIn(const QSqlDatabase &db)
{
    QHash<QString, QString> names;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT id, name FROM reps UNION ALL SELECT id, name FROM customers")))
        while (query.next())
            names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

/// What the worker shares with the GUI thread while it waits for a conflict's answer.
struct Session
{
    QHash<QString, QString> names;
    QString repName;
    int conflicts = 0; ///< found by the preview
    int asked = 0;
    std::optional<pack::ConflictChoice> forAll;
    std::atomic<int> permille = 0;
};

pack::ConflictChoice ask(QWidget *parent, Session &session, const pack::MergeConflict &conflict)
{
    if (session.forAll)
        return *session.forAll;
    const int remaining = std::max(0, session.conflicts - ++session.asked);
    MergeConflictDialog dialog(conflict, session.repName, remaining, session.names, parent);
    if (dialog.exec() != QDialog::Accepted)
        return pack::ConflictChoice::Cancel;
    if (dialog.applyToAll())
        session.forAll = dialog.choice();
    return dialog.choice();
}

} // namespace

PackImportOutcome importPackWithProgress(
    QWidget *parent, const QString &databasePath, const QString &packPath, const storage::Actor &actor)
{
    QProgressDialog progress(tr("Checking and merging the data pack…"), QString(), 0, 1000, parent);
    progress.setWindowTitle(tr("Import Rep Data Pack"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    Session session;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(session.permille.load()); });
    poll.start(100);

    QFutureWatcher<PackImportOutcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<PackImportOutcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&, databasePath, packPath, actor]() -> PackImportOutcome {
        auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
        if (!opened.database)
            return { std::nullopt, opened.message };
        const QSqlDatabase db = opened.database->connection();
        try {
            session.names = namesIn(db);
            // The preview validates the pack and counts the conflicts ("… (3 more)") without writing.
            pack::PackImportOptions preview { true,
                [&](int done, int total) { session.permille = done * 500 / std::max(total, 1); } };
            auto result = pack::importPack(
                db, packPath, actor, [](const pack::MergeConflict &) { return pack::ConflictChoice::KeepLocal; },
                preview);
            if (result.status == Status::AlreadyImported)
                return { result, {} };
            session.repName = result.repName;
            session.conflicts = result.conflictCount();
            const auto resolver = [&](const pack::MergeConflict &conflict) {
                pack::ConflictChoice choice = pack::ConflictChoice::Cancel;
                QMetaObject::invokeMethod(
                    &progress, [&] { choice = ask(&progress, session, conflict); }, Qt::BlockingQueuedConnection);
                return choice;
            };
            pack::PackImportOptions merge { false,
                [&](int done, int total) { session.permille = 500 + done * 500 / std::max(total, 1); } };
            return { pack::importPack(db, packPath, actor, resolver, merge), {} };
        } catch (const storage::StorageError &error) {
            return { std::nullopt, error.message() };
        }
    }));
    progress.show();
    loop.exec();
    poll.stop();
    progress.close();
    return watcher.result();
}

QString packImportSummary(const pack::PackImportResult &result)
{
    switch (result.status) {
    case Status::AlreadyImported:
        return tr("This pack from %1 was already imported on %2. Nothing was changed.")
            .arg(result.repName, result.previousImportAt);
    case Status::Cancelled:
        return tr("The import was cancelled. Nothing was changed.");
    case Status::DryRun:
    case Status::Imported:
        break;
    }
    QStringList parts { tr("%n new", nullptr, result.inserted + result.newCustomers),
        tr("%n updated", nullptr, result.updated), tr("%n unchanged", nullptr, result.unchanged) };
    if (result.keptLocal > 0)
        parts << tr("%n kept as edited here", nullptr, result.keptLocal);
    if (result.conflictsKeptLocal > 0)
        parts << tr("%n conflict(s) kept yours", nullptr, result.conflictsKeptLocal);
    if (result.conflictsTookIncoming > 0)
        parts << tr("%n conflict(s) took theirs", nullptr, result.conflictsTookIncoming);
    return parts.join(QStringLiteral(", "));
}

} // namespace attain::ui
