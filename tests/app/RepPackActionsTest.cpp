// File ▸ Create Rep Database… picks the rep the manager chose, also when two reps share a name
// (王伟 and 李娜 are among the most common Chinese names).
#include "app/RepPackActions.h"
#include "storage/Database.h"
#include "storage/pack/FileSettings.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace attain;

class RepPackActionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheDatabaseOfTheChosenRepAmongNamesakes();
};

void RepPackActionsTest::createsTheDatabaseOfTheChosenRepAmongNamesakes()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString managerPath = folder.filePath(QStringLiteral("company.attain"));
    {
        auto opened = storage::Database::open(managerPath, storage::Database::Mode::CreateIfMissing);
        QVERIFY2(opened.database, qPrintable(opened.message));
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO teams (id, code, name) VALUES "
                                          "('00000000-0000-4000-8000-000000000001', 'E', 'East'), "
                                          "('00000000-0000-4000-8000-000000000002', 'W', 'West')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) VALUES "
                                          "('00000000-0000-4000-8000-000000000011', "
                                          "'00000000-0000-4000-8000-000000000001', '王伟', 'rep', '2025-01-01'), "
                                          "('00000000-0000-4000-8000-000000000012', "
                                          "'00000000-0000-4000-8000-000000000002', '王伟', 'rep', '2025-01-01')")));
    }
    QWidget window;
    ui::RepPackActions actions(&window);
    actions.setContext(managerPath, false, storage::Actor { QStringLiteral("Boss"), {} });
    auto *create = actions.findChild<QAction *>(QStringLiteral("createRepDatabaseAction"));
    QVERIFY(create && create->isEnabled());

    QStringList offered, messages;
    // Answers each modal dialog in turn: the rep (the second 王伟), the file, the result.
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *ask = qobject_cast<QInputDialog *>(modal)) {
            offered = ask->comboBoxItems();
            if (offered.size() == 2)
                ask->setTextValue(offered.at(1));
            ask->accept();
        } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            // The dialog proposes "<rep name>.attain" beside the manager's file.
            QMetaObject::invokeMethod(files, "accept");
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages << box->text();
            box->accept();
        }
    });
    answer.start();
    create->trigger();
    answer.stop();

    QCOMPARE(offered.size(), 2);
    QVERIFY2(offered.at(0) != offered.at(1), qPrintable(offered.join(QStringLiteral(" | "))));
    const QString repPath = folder.filePath(QStringLiteral("王伟.attain"));
    auto opened = storage::Database::open(repPath, storage::Database::Mode::OpenExisting);
    QVERIFY2(opened.database, qPrintable(opened.message + messages.join(QLatin1Char('\n'))));
    const auto owner = storage::pack::repDatabaseOwner(opened.database->connection());
    QVERIFY(owner);
    QCOMPARE(owner->repId, QStringLiteral("00000000-0000-4000-8000-000000000012"));
}

QTEST_MAIN(RepPackActionsTest)
#include "RepPackActionsTest.moc"
