// CSV export of table views: what the user sees (sorted, filtered, visible columns in their
// on-screen order) read back with storage's CsvReader; and the activities page's action.
#include "app/ActivitiesPage.h"
#include "app/AppSettings.h"
#include "app/MainWindow.h"
#include "app/TableViewCsv.h"
#include "storage/ActivityRepository.h"
#include "storage/CsvReader.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace attain;

namespace {

const storage::Actor kManager {QStringLiteral("Ma"), {}};

QList<QStringList> readCsv(const QString &path, QByteArray *raw = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    if (raw)
        *raw = data;
    storage::CsvReader reader(data, {});
    QList<QStringList> rows;
    storage::CsvRecord record;
    while (reader.next(record))
        rows << record.fields;
    if (reader.problem())
        rows << QStringList {QStringLiteral("PROBLEM"), reader.problem()->message};
    return rows;
}

/// The model's display text of every row as the view shows it (all columns; none hidden).
QList<QStringList> shownRows(const QTableView &view)
{
    QList<QStringList> rows;
    const QAbstractItemModel *model = view.model();
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header << model->headerData(column, Qt::Horizontal).toString();
    rows << header;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model->columnCount(); ++column)
            fields << model->index(row, column).data().toString();
        rows << fields;
    }
    return rows;
}

} // namespace

class TableViewCsvTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void writesVisibleRowsAndColumnsInViewOrder();
    void failureLeavesNoFileAndSaysWhy();
    void activitiesPageExportsThroughItsAction();
    void fileMenuExportsTheCurrentPagesTable();

private:
    QTemporaryDir m_dir;
};

void TableViewCsvTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    const QString dbPath = m_dir.filePath(QStringLiteral("test.attain"));
    {
        auto opened = storage::Database::open(dbPath, storage::Database::Mode::CreateIfMissing);
        QVERIFY(opened.database);
        const QSqlDatabase db = opened.database->connection();
        storage::execStatement(db, QStringLiteral("INSERT INTO teams (id, code, name) VALUES ('t1', 'E', 'East')"));
        storage::execStatement(db, QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) VALUES "
                                                  "('rep-li', 't1', '李娜', 'rep', '2020-01-01'), "
                                                  "('rep-wang', 't1', 'Wang Wei', 'rep', '2020-01-01')"));
        storage::execStatement(db, QStringLiteral("INSERT INTO customers (id, name) VALUES "
                                                  "('c-acme', 'Acme, Trading'), ('c-bj', '北京食品')"));
        storage::ActivityRepository repository(db);
        const QDate yesterday = QDate::currentDate().addDays(-1);
        int minutes = 10;
        for (const auto &[rep, customer, type] : {std::tuple {"rep-li", "c-acme", "call"},
                                                  std::tuple {"rep-li", "c-bj", "visit"},
                                                  std::tuple {"rep-wang", "c-bj", "email"}}) {
            storage::Activity a;
            a.repId = QLatin1String(rep);
            a.customerId = QLatin1String(customer);
            a.type = QLatin1String(type);
            a.occurredOn = yesterday;
            a.minutes = minutes;
            minutes += 15;
            a.notes = QStringLiteral("=HYPERLINK(\"x\")");
            repository.insert(a, kManager);
        }
    }
}

void TableViewCsvTest::cleanup()
{
    ui::setCsvPathChooser({});
}

void TableViewCsvTest::writesVisibleRowsAndColumnsInViewOrder()
{
    QStandardItemModel model(0, 4);
    model.setHorizontalHeaderLabels({QStringLiteral("客户"), QStringLiteral("备注"), QStringLiteral("金额"),
                                     QStringLiteral("Secret")});
    struct Row
    {
        const char *name;
        const char *note;
        int amount;
    };
    for (const Row &r : {Row {"王伟", "说 \"好\", 再见", 1200}, Row {"李娜", "=1+1", 300},
                         Row {"Acme", "dropped by the filter", 5000}, Row {"Beijing Foods", "plain", 50}}) {
        auto *amount = new QStandardItem(QStringLiteral("¥%1.00").arg(r.amount));
        amount->setData(r.amount, Qt::UserRole);
        amount->setData(QString::number(r.amount), ui::CsvValueRole);
        model.appendRow({new QStandardItem(QString::fromUtf8(r.name)), new QStandardItem(QString::fromUtf8(r.note)),
                         amount, new QStandardItem(QStringLiteral("hidden"))});
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.setFilterKeyColumn(1);
    proxy.setFilterRegularExpression(QStringLiteral("^(?!dropped)"));
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(2, Qt::DescendingOrder);
    view.setColumnHidden(3, true);
    view.horizontalHeader()->moveSection(2, 0); // the user dragged 金额 to the front
    QCOMPARE(proxy.rowCount(), 3);

    const QString path = m_dir.filePath(QStringLiteral("view.csv"));
    QString error;
    QVERIFY2(ui::writeTableCsv(view, path, &error), qPrintable(error));
    QByteArray raw;
    const QList<QStringList> rows = readCsv(path, &raw);
    QVERIFY(raw.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> expected {
        {QStringLiteral("金额"), QStringLiteral("客户"), QStringLiteral("备注")},
        {QStringLiteral("1200"), QStringLiteral("王伟"), QStringLiteral("说 \"好\", 再见")},
        {QStringLiteral("300"), QStringLiteral("李娜"), QStringLiteral("'=1+1")}, // neutralised formula
        {QStringLiteral("50"), QStringLiteral("Beijing Foods"), QStringLiteral("plain")},
    };
    QCOMPARE(rows, expected);

    // Re-sorting and hiding a row change the file the same way they change the screen.
    view.sortByColumn(2, Qt::AscendingOrder);
    view.setRowHidden(1, true);
    QVERIFY2(ui::writeTableCsv(view, path, &error), qPrintable(error));
    const QList<QStringList> again = readCsv(path);
    QCOMPARE(again.size(), 3);
    QCOMPARE(again.at(1).constFirst(), QStringLiteral("50"));
    QCOMPARE(again.at(2).constFirst(), QStringLiteral("1200"));

    // The context menu lists the export, not a text-less shortcut action (as onOpen adds).
    auto *enter = new QAction(&view);
    enter->setShortcut(Qt::Key_Return);
    view.addAction(enter);
    QAction *exportAction = ui::attachCsvExport(&view, QStringLiteral("view"));
    QCOMPARE(view.contextMenuPolicy(), Qt::CustomContextMenu);
    QCOMPARE(ui::contextMenuActions(&view), QList<QAction *> {exportAction});
}

void TableViewCsvTest::failureLeavesNoFileAndSaysWhy()
{
    QStandardItemModel model(1, 1);
    QTableView view;
    view.setModel(&model);
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/out.csv"));
    QString error;
    QVERIFY(!ui::writeTableCsv(view, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TableViewCsvTest::activitiesPageExportsThroughItsAction()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("test.attain"));
    ui::AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    ui::ActivitiesPage page(settings);
    page.resize(1280, 800);
    page.setActor(kManager);
    page.show();
    QSignalSpy loaded(&page, &ui::ActivitiesPage::loaded);
    page.setDatabasePath(dbPath);
    QVERIFY(loaded.wait(20000));
    QTableView *view = page.tableView();
    QCOMPARE(view->model()->rowCount(), 3);
    view->sortByColumn(3, Qt::AscendingOrder); // minutes, so the order is known

    QAction *action = ui::csvExportAction(view);
    QVERIFY(action);
    QVERIFY(view->actions().contains(action));
    QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
    const QList<QAction *> menu = ui::contextMenuActions(view);
    QCOMPARE(menu.size(), 3); // Edit…, Delete, Export to CSV…
    QCOMPARE(menu.constLast(), action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(ui::exportableTable(&page), view);

    const QString path = m_dir.filePath(QStringLiteral("activities.csv"));
    QString suggested;
    ui::setCsvPathChooser([&](QWidget *, const QString &name) {
        suggested = name;
        return path;
    });
    view->setFocus();
    action->trigger();
    QCOMPARE(suggested, QStringLiteral("activities.csv"));

    const QList<QStringList> rows = readCsv(path);
    QList<QStringList> expected = shownRows(*view);
    for (QStringList &fields : expected) {
        for (QString &field : fields) {
            if (field.startsWith(QLatin1Char('=')))
                field.prepend(QLatin1Char('\''));
        }
    }
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows, expected);
    QVERIFY(rows.at(1).contains(QStringLiteral("Acme, Trading")));
    QVERIFY(rows.at(1).contains(QStringLiteral("李娜")));
    QVERIFY(rows.at(3).contains(QStringLiteral("Wang Wei")));
    QVERIFY(rows.at(1).contains(QStringLiteral("'=HYPERLINK(\"x\")")));
}

void TableViewCsvTest::fileMenuExportsTheCurrentPagesTable()
{
    ui::AppSettings settings(m_dir.filePath(QStringLiteral("window.ini")));
    ui::MainWindow window(settings, m_dir.filePath(QStringLiteral("attain.log")));
    window.resize(1280, 800);
    window.show();
    QString error;
    QVERIFY2(window.openDatabase(m_dir.filePath(QStringLiteral("test.attain")), &error), qPrintable(error));
    auto *page = window.findChild<ui::ActivitiesPage *>();
    QVERIFY(page);
    QSignalSpy loaded(page, &ui::ActivitiesPage::loaded);
    window.showPage(ui::MainWindow::Page::Activities);
    QVERIFY(loaded.wait(20000));

    const QString path = m_dir.filePath(QStringLiteral("from-menu.csv"));
    QString suggested;
    ui::setCsvPathChooser([&](QWidget *, const QString &name) {
        suggested = name;
        return path;
    });
    auto *action = window.findChild<QAction *>(QStringLiteral("exportTableAction"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(suggested, QStringLiteral("activities.csv"));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), page->tableView()->model()->rowCount() + 1);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.constFirst(), shownRows(*page->tableView()).constFirst());
}

QTEST_MAIN(TableViewCsvTest)
#include "TableViewCsvTest.moc"
