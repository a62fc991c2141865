#include "app/DatabaseOpener.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

namespace attain::ui {

bool prepareDatabase(QWidget *parent, const QString &path, QString *error)
{
    QProgressDialog dialog(QCoreApplication::translate("attain::ui::DatabaseOpener",
                                                       "Opening the database (an older file is brought up to date)…"),
                           QString(), 0, 0, parent);
    dialog.setWindowTitle(QCoreApplication::translate("attain::ui::DatabaseOpener", "Open Database"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(400); // a current file opens before the dialog would flash up
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    // No Cancel: a migration runs in one transaction per step and is not interrupted.
    watcher.setFuture(QtConcurrent::run([path]() -> QString {
        auto opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
        return opened.database ? QString() : opened.message;
    }));
    dialog.setValue(0);
    loop.exec();
    const QString message = watcher.result();
    if (!message.isEmpty() && error)
        *error = message;
    return message.isEmpty();
}

} // namespace attain::ui
