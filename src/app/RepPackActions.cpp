#include "app/RepPackActions.h"

#include "app/PackImportTask.h"
#include "storage/Database.h"
#include "storage/OrganisationRepository.h"
#include "storage/StorageError.h"
#include "storage/pack/PackExport.h"
#include "storage/pack/RepDatabase.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QHash>
#include <QProgressDialog>
#include <QtConcurrent>

#include <functional>

namespace attain::ui {

namespace {

/// Runs `work` on a worker with its own connection to `path` behind a busy dialog; returns the
/// message of a StorageError it threw (empty on success).
QString runOnWorker(QWidget *parent, const QString &title, const QString &label, const QString &path,
                    const std::function<void(const QSqlDatabase &)> &work)
{
    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setWindowTitle(title);
    busy.setWindowModality(Qt::ApplicationModal);
    busy.setMinimumDuration(300);
    busy.show();
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, work]() -> QString {
        auto opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
        if (!opened.database)
            return opened.message;
        try {
            work(opened.database->connection());
        } catch (const storage::StorageError &error) {
            return error.message();
        }
        return {};
    }));
    loop.exec();
    busy.close();
    return watcher.result();
}

QString packFilter()
{
    return QCoreApplication::translate("attain::ui::RepPackActions", "Attain data packs (*.attainpack);;All files (*)");
}

} // namespace

RepPackActions::RepPackActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_create(new QAction(tr("Create Re&p Database…"), this))
    , m_export(new QAction(tr("&Export Data Pack…"), this))
    , m_import(new QAction(tr("&Import Rep Data Pack…"), this))
{
    m_create->setObjectName(QStringLiteral("createRepDatabaseAction"));
    m_export->setObjectName(QStringLiteral("exportDataPackAction"));
    m_import->setObjectName(QStringLiteral("importDataPackAction"));
    connect(m_create, &QAction::triggered, this, &RepPackActions::createRepDatabase);
    connect(m_export, &QAction::triggered, this, &RepPackActions::exportPack);
    connect(m_import, &QAction::triggered, this, &RepPackActions::importPack);
    setContext({}, false, {});
}

RepPackActions::~RepPackActions() = default;

void RepPackActions::addTo(QMenu *menu)
{
    menu->setToolTipsVisible(true);
    menu->addAction(m_create);
    menu->addAction(m_export);
    menu->addAction(m_import);
}

void RepPackActions::setContext(const QString &databasePath, bool repDatabase, const storage::Actor &actor)
{
    m_databasePath = databasePath;
    m_actor = actor;
    const bool open = !databasePath.isEmpty();
    const bool manager = open && !repDatabase && actor.isManager();
    m_create->setEnabled(manager);
    m_import->setEnabled(manager);
    m_export->setEnabled(open && repDatabase);
    const QString managersOnly = !open ? tr("Open a database first.")
        : repDatabase                  ? tr("This is a rep's database; only the manager's database hands out and merges data.")
                                       : tr("Only a manager can do this (Targets ▸ Work As…).");
    m_create->setToolTip(manager ? tr("Write a rep's personal database to take on a laptop") : managersOnly);
    m_import->setToolTip(manager ? tr("Merge the activities, deals and feedback a rep exported") : managersOnly);
    m_export->setToolTip(open && repDatabase ? tr("Write your activities, deals and feedback to a file for your manager")
                                             : tr("Only a rep database exports a data pack."));
}

void RepPackActions::createRepDatabase()
{
    const QString title = tr("Create Rep Database");
    std::vector<storage::OrganisationUnit> reps;
    QHash<QString, QString> teamNames;
    {
        auto opened = storage::Database::open(m_databasePath, storage::Database::Mode::OpenExisting);
        try {
            if (opened.database) {
                const storage::OrganisationRepository organisation(opened.database->connection());
                reps = organisation.reps();
                for (const storage::OrganisationUnit &team : organisation.teams())
                    teamNames.insert(team.id, team.name);
            }
        } catch (const storage::StorageError &error) {
            QMessageBox::warning(m_window, title, error.message());
            return;
        }
    }
    if (reps.empty()) {
        QMessageBox::information(m_window, title, tr("This database has no reps yet."));
        return;
    }
    // Reps who share a name (common with Chinese names) are told apart by team, then by id:
    // the choice comes back as text.
    QStringList names;
    for (const storage::OrganisationUnit &rep : reps)
        names << rep.name;
    QStringList labels;
    for (const storage::OrganisationUnit &rep : reps) {
        QString label = rep.name;
        if (names.count(rep.name) > 1)
            label = tr("%1 (%2)").arg(rep.name, teamNames.value(rep.teamId, rep.id));
        labels << label;
    }
    for (std::size_t i = 0; i < reps.size(); ++i)
        if (labels.count(labels.at(static_cast<qsizetype>(i))) > 1)
            labels[static_cast<qsizetype>(i)] = tr("%1 (%2)").arg(reps[i].name, reps[i].id);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, title, tr("Create a personal database for:"), labels, 0, false, &ok);
    const qsizetype index = labels.indexOf(chosen);
    if (!ok || index < 0)
        return;
    const storage::OrganisationUnit &rep = reps[static_cast<std::size_t>(index)];
    QFileDialog dialog(m_window, title, QFileInfo(m_databasePath).dir().filePath(rep.name + QStringLiteral(".attain")),
                       QCoreApplication::translate("attain::ui::MainWindow", "Attain databases (*.attain);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("attain"));
    // An existing file is refused below rather than replaced.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    storage::pack::RepDatabaseResult result;
    const QString error = runOnWorker(m_window, title, tr("Writing %1's database…").arg(rep.name), m_databasePath,
                                      [&](const QSqlDatabase &db) { result = storage::pack::createRepDatabase(db, rep.id, path, m_actor); });
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, title, error);
        return;
    }
    QMessageBox::information(m_window, title,
                             tr("Created %1 for %2 with %3 deals, %4 activities and %5 feedback entries.\n\nCopy it to "
                                "the rep's laptop; the rep opens it with File ▸ Open and sends back a data pack with "
                                "File ▸ Export Data Pack.")
                                 .arg(QDir::toNativeSeparators(path), rep.name)
                                 .arg(result.deals)
                                 .arg(result.activities)
                                 .arg(result.feedback));
}

void RepPackActions::exportPack()
{
    const QString title = tr("Export Data Pack");
    const QString start = QFileInfo(m_databasePath).dir().filePath(
        QStringLiteral("%1-%2.attainpack").arg(m_actor.name, QDate::currentDate().toString(Qt::ISODate)));
    QFileDialog dialog(m_window, title, start, packFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("attainpack"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    storage::pack::PackExportResult result;
    const QString error = runOnWorker(m_window, title, tr("Writing the data pack…"), m_databasePath,
                                      [&](const QSqlDatabase &db) { result = storage::pack::exportPack(db, path); });
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, title, error);
        return;
    }
    QMessageBox::information(m_window, title,
                             tr("Wrote %1 deals, %2 activities and %3 feedback entries to %4.\n\nSend this file to "
                                "your manager, who imports it with File ▸ Import Rep Data Pack.")
                                 .arg(result.deals)
                                 .arg(result.activities)
                                 .arg(result.feedback)
                                 .arg(QDir::toNativeSeparators(path)));
}

void RepPackActions::importPack()
{
    const QString title = tr("Import Rep Data Pack");
    const QString path = QFileDialog::getOpenFileName(m_window, title, QFileInfo(m_databasePath).absolutePath(), packFilter());
    if (path.isEmpty())
        return;
    const PackImportOutcome outcome = importPackWithProgress(m_window, m_databasePath, path, m_actor);
    if (!outcome.result) {
        QMessageBox::warning(m_window, title, tr("Nothing was imported.\n\n%1").arg(outcome.error));
        return;
    }
    QMessageBox::information(m_window, title, packImportSummary(*outcome.result));
    if (outcome.result->status == storage::pack::PackImportResult::Status::Imported)
        emit databaseChanged();
}

} // namespace attain::ui
