#include "app/DemoDatabaseTask.h"

#include "storage/DemoDatabase.h"

#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace attain::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::DemoDatabaseTask", text);
}
} // namespace

engine::demo::Spec defaultDemoSpec()
{
    engine::demo::Spec spec;
    const QDate today = QDate::currentDate();
    spec.asOf = engine::makeDate(today.year(), static_cast<unsigned>(today.month()),
                                 static_cast<unsigned>(today.day()));
    return spec;
}

bool createDemoDatabaseWithProgress(QWidget *parent, const QString &path, const engine::demo::Spec &spec,
                                    bool overwrite)
{
    std::atomic<bool> cancelled = false;
    std::atomic<int> permille = 0;

    QProgressDialog dialog(tr("Generating a demo company with %1 reps and %2 years of sales…")
                               .arg(spec.reps).arg(spec.years),
                           tr("Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(tr("New demo database"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] { dialog.setValue(permille.load()); });
    poll.start(100);

    QFutureWatcher<storage::DemoDatabaseResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<storage::DemoDatabaseResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&, path, spec, overwrite] {
        return storage::createDemoDatabase(
            path, spec,
            [&](std::int64_t done, std::int64_t total) {
                permille = static_cast<int>(done * 1000 / std::max<std::int64_t>(total, 1));
                return !cancelled.load();
            },
            overwrite);
    }));
    dialog.show();
    loop.exec();
    poll.stop();
    dialog.close();

    const storage::DemoDatabaseResult result = watcher.result();
    if (result.status == storage::DemoDatabaseResult::Status::Failed)
        QMessageBox::warning(parent, tr("New demo database"), result.message);
    return result.status == storage::DemoDatabaseResult::Status::Created;
}

} // namespace attain::ui
