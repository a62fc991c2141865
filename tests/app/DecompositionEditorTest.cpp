// The decomposition editor offscreen: exact sums, re-spreading, locks, undo, and saving.
#include "app/DecompositionEditor.h"
#include "app/DecompositionCommands.h"
#include "engine/Target.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TargetRepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <numeric>

using namespace attain;
using ui::DecompositionMethod;

namespace {

constexpr qint64 kParentValue = 100'000'001; // ¥1,000,000.01: 12 cells cannot share it evenly

/// A company revenue target for 2026 split into `teams.size()` teams × quarters (or months).
ui::DecompositionSetup makeSetup(const QStringList &teams, engine::Granularity granularity, bool withHistory)
{
    ui::DecompositionSetup setup;
    setup.parent.target.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    setup.parent.target.metric = engine::MetricId::Revenue;
    setup.parent.target.period = engine::Period::year(2026);
    setup.parent.target.value = kParentValue;
    setup.parent.title = QStringLiteral("2026 revenue");
    setup.granularity = granularity;
    const std::size_t columns = engine::subPeriods(setup.parent.target.period, granularity).size();
    for (qsizetype row = 0; row < teams.size(); ++row) {
        engine::Scope scope;
        scope.team = setup.ids.add(storage::IdMap::Kind::Team, QUuid::createUuid().toString(QUuid::WithoutBraces));
        setup.rows.push_back({ teams[row], scope });
        if (withHistory) {
            std::vector<std::int64_t> history;
            for (std::size_t column = 0; column < columns; ++column)
                history.push_back(
                    (static_cast<std::int64_t>(row) + 1) * 1'000'000 + static_cast<std::int64_t>(column) * 250'000);
            setup.history.push_back(std::move(history));
        }
    }
    return setup;
}

QStringList threeTeams()
{
    return { QStringLiteral("华东"), QStringLiteral("华南"), QStringLiteral("华北") };
}

void chooseMethod(ui::DecompositionEditor &editor, DecompositionMethod method)
{
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("methodComboBox"));
    QVERIFY(combo);
    const int index = combo->findData(static_cast<int>(method));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // what a user's choice emits
}

/// Every cell as the view reads it (ValueRole), row-major.
std::vector<qint64> cellValues(const ui::DecompositionModel &model)
{
    std::vector<qint64> values;
    for (int row = 0; row < model.childRowCount(); ++row)
        for (int column = 0; column < model.periodCount(); ++column)
            values.push_back(model.index(row, column).data(ui::DecompositionModel::ValueRole).toLongLong());
    return values;
}

qint64 sum(const std::vector<qint64> &values)
{
    return std::accumulate(values.begin(), values.end(), qint64 { 0 });
}

} // namespace

class DecompositionEditorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void equalSplitOfUnevenValueSumsExactly();
    void editingCellKeepsTotals();
    void typingIntoCellReSpreadsRow();
    void refusedEditSaysWhyAndChangesNothing();
    void lockedCellSurvivesMethodChange();
    void undoRedoRestoresExactValues();
    void saveWritesChildrenInOneTransaction();
    void screenshot();
};

void DecompositionEditorTest::equalSplitOfUnevenValueSumsExactly()
{
    ui::DecompositionEditor editor(makeSetup(threeTeams(), engine::Granularity::Quarter, false));
    const ui::DecompositionModel &model = *editor.model();
    QCOMPARE(model.childRowCount(), 3);
    QCOMPARE(model.periodCount(), 4);
    const std::vector<qint64> values = cellValues(model);
    QCOMPARE(sum(values), kParentValue);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    QVERIFY(*high - *low <= 1);
    QCOMPARE(*low, kParentValue / 12);
    // The totals row and column add up too, and the grand total is the parent.
    QCOMPARE(model.index(3, 4).data(ui::DecompositionModel::ValueRole).toLongLong(), kParentValue);
    QCOMPARE(model.index(3, 4).data().toString(), QStringLiteral("1,000,000.01"));
    auto *difference = editor.findChild<QLabel *>(QStringLiteral("differenceLabel"));
    QVERIFY(difference);
    QVERIFY2(difference->text().contains(QStringLiteral(": 0.00 — reconciled")), qPrintable(difference->text()));

    // Same with months and seven rows: 84 cells.
    QStringList seven;
    for (int i = 1; i <= 7; ++i)
        seven << QStringLiteral("Rep %1").arg(i);
    ui::DecompositionEditor monthly(makeSetup(seven, engine::Granularity::Month, false));
    QCOMPARE(monthly.model()->periodCount(), 12);
    QCOMPARE(sum(cellValues(*monthly.model())), kParentValue);
}

void DecompositionEditorTest::editingCellKeepsTotals()
{
    ui::DecompositionEditor editor(makeSetup(threeTeams(), engine::Granularity::Quarter, false));
    ui::DecompositionModel &model = *editor.model();
    const qint64 rowTotal = model.grid().rowTotal(1);
    const std::vector<qint64> before = cellValues(model);

    QVERIFY(model.setData(model.index(1, 2), QStringLiteral("50,000.5")));
    QCOMPARE(model.grid().value(1, 2), 5'000'050);
    QVERIFY(model.grid().isLocked(1, 2));
    QCOMPARE(model.grid().rowTotal(1), rowTotal);
    QCOMPARE(model.grid().total(), kParentValue);
    QCOMPARE(model.difference(), 0);
    QCOMPARE(model.grid().method, DecompositionMethod::Manual);
    // Other rows are untouched.
    const std::vector<qint64> after = cellValues(model);
    for (int column = 0; column < 4; ++column) {
        QCOMPARE(after[static_cast<std::size_t>(column)], before[static_cast<std::size_t>(column)]);
        QCOMPARE(after[static_cast<std::size_t>(8 + column)], before[static_cast<std::size_t>(8 + column)]);
    }
    // A second edit in the row keeps the first (now locked) cell.
    QVERIFY(model.editCell(1, 0, 1'000'000));
    QCOMPARE(model.grid().value(1, 2), 5'000'050);
    QCOMPARE(model.grid().rowTotal(1), rowTotal);
    QCOMPARE(model.grid().total(), kParentValue);
}

void DecompositionEditorTest::typingIntoCellReSpreadsRow()
{
    ui::DecompositionEditor editor(makeSetup(threeTeams(), engine::Granularity::Quarter, false));
    editor.resize(900, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *table = editor.findChild<QTableView *>(QStringLiteral("gridTableView"));
    QVERIFY(table);
    const QModelIndex cell = editor.model()->index(0, 1);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *lineEdit = table->findChild<QLineEdit *>();
    QVERIFY(lineEdit);
    QCOMPARE(lineEdit->text(), QStringLiteral("83333.34")); // no grouping while editing
    lineEdit->selectAll();
    QTest::keyClicks(lineEdit, QStringLiteral("120000"));
    QTest::keyClick(lineEdit, Qt::Key_Return);
    // The delegate commits through a queued call.
    QTRY_COMPARE(editor.model()->grid().value(0, 1), 12'000'000);
    QCOMPARE(editor.model()->grid().total(), kParentValue);
}

void DecompositionEditorTest::refusedEditSaysWhyAndChangesNothing()
{
    ui::DecompositionEditor editor(makeSetup(threeTeams(), engine::Granularity::Quarter, false));
    ui::DecompositionModel &model = *editor.model();
    const ui::DecompositionGrid before = model.grid();
    // More than the row's total: the other cells would have to go negative.
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("900000")));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("12.345"))); // fen are the smallest unit
    QVERIFY(!model.setData(model.index(0, 4), QStringLiteral("1"))); // totals are read only
    QVERIFY(model.grid() == before);
    QCOMPARE(editor.undoStack()->count(), 0);
    auto *message = editor.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message && !message->isHidden());
    QVERIFY2(message->text().contains(QStringLiteral("12.345")), qPrintable(message->text()));
}

void DecompositionEditorTest::lockedCellSurvivesMethodChange()
{
    ui::DecompositionEditor editor(makeSetup(threeTeams(), engine::Granularity::Quarter, true));
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    ui::DecompositionModel &model = *editor.model();
    auto *table = editor.findChild<QTableView *>(QStringLiteral("gridTableView"));
    QVERIFY(table);
    const QModelIndex cell = model.index(2, 3);
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(model.grid().isLocked(2, 3));
    // Not colour only: an icon, bold text and a tooltip say it is locked.
    QVERIFY(!cell.data(Qt::DecorationRole).isNull());
    QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Locked")));
    const qint64 kept = model.grid().value(2, 3);

    for (const DecompositionMethod method :
        { DecompositionMethod::History, DecompositionMethod::Seasonality, DecompositionMethod::Equal }) {
        chooseMethod(editor, method);
        QCOMPARE(model.grid().method, method);
        QCOMPARE(model.grid().value(2, 3), kept);
        QCOMPARE(model.grid().total(), kParentValue);
    }
    // Last year's share really follows history: row 3 had three times row 1's history.
    chooseMethod(editor, DecompositionMethod::History);
    QVERIFY(model.grid().value(2, 0) > 2 * model.grid().value(0, 0));

    // Ctrl+L again unlocks; the next method then moves the cell.
    QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!model.grid().isLocked(2, 3));
}

void DecompositionEditorTest::undoRedoRestoresExactValues()
{
    ui::DecompositionEditor editor(makeSetup(threeTeams(), engine::Granularity::Month, true));
    ui::DecompositionModel &model = *editor.model();
    const std::vector<qint64> start = cellValues(model);
    const ui::DecompositionGrid startGrid = model.grid();

    QVERIFY(model.editCell(0, 5, 3'333'333));
    const std::vector<qint64> afterEdit = cellValues(model);
    QVERIFY(afterEdit != start);
    QVERIFY(model.setLocked({ model.index(1, 1), model.index(1, 2) }, true));
    chooseMethod(editor, DecompositionMethod::History);
    const std::vector<qint64> end = cellValues(model);
    const ui::DecompositionGrid endGrid = model.grid();
    QCOMPARE(editor.undoStack()->count(), 3);

    editor.undoAction()->trigger();
    editor.undoAction()->trigger();
    QCOMPARE(cellValues(model), afterEdit);
    editor.undoAction()->trigger();
    QCOMPARE(cellValues(model), start); // every cell, exactly
    QVERIFY(model.grid() == startGrid); // locks and method too
    QVERIFY(!editor.undoAction()->isEnabled());

    for (int i = 0; i < 3; ++i)
        editor.redoAction()->trigger();
    QCOMPARE(cellValues(model), end);
    QVERIFY(model.grid() == endGrid);
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("methodComboBox"));
    QCOMPARE(combo->currentData().toInt(), static_cast<int>(DecompositionMethod::History));

    // The shortcuts are the documented ones.
    QCOMPARE(editor.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(editor.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    // A shared stack works the same.
    QUndoStack shared;
    ui::DecompositionEditor sharing(makeSetup(threeTeams(), engine::Granularity::Quarter, false), &shared);
    QCOMPARE(sharing.undoStack(), &shared);
    QVERIFY(sharing.model()->editCell(2, 2, 1));
    QCOMPARE(shared.count(), 1);
    shared.undo();
    QCOMPARE(sharing.model()->grid().value(2, 2), kParentValue / 12);
}

void DecompositionEditorTest::saveWritesChildrenInOneTransaction()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened
        = storage::Database::open(dir.filePath(QStringLiteral("t.attain")), storage::Database::Mode::CreateIfMissing);
    QVERIFY2(opened.database, qPrintable(opened.message));
    storage::TargetRepository repository(opened.database->connection());
    const storage::Actor manager { QStringLiteral("manager"), {} };

    ui::DecompositionSetup setup = makeSetup(threeTeams(), engine::Granularity::Quarter, false);
    repository.insert({ setup.parent }, setup.ids);
    const QString parentId = QString::fromStdString(setup.parent.target.id);
    ui::DecompositionEditor editor(setup);
    QVERIFY(editor.model()->editCell(0, 0, 7'777'777));
    const std::vector<storage::StoredTarget> children = editor.children();
    QCOMPARE(children.size(), std::size_t { 12 });
    QCOMPARE(children.front().target.parentId, setup.parent.target.id);
    QCOMPARE(children.front().target.period, engine::Period::quarter(2026, 1));
    QCOMPARE(children.front().target.scope, setup.rows.front().scope);
    QCOMPARE(editor.children().front().target.id, children.front().target.id); // deterministic ids
    editor.save(repository, manager);

    const auto countChildren = [&](const QString &parent) {
        QSqlQuery query(opened.database->connection());
        query.prepare(QStringLiteral("SELECT count(*), coalesce(sum(value), 0) FROM targets WHERE parent_id = ?"));
        query.addBindValue(parent);
        if (!query.exec() || !query.next())
            return std::pair<int, qint64> { -1, 0 };
        return std::pair<int, qint64> { query.value(0).toInt(), query.value(1).toLongLong() };
    };
    QCOMPARE(countChildren(parentId), (std::pair<int, qint64> { 12, kParentValue }));
    // Read back through the engine: a valid tree whose parent is reconciled.
    storage::IdMap ids;
    const engine::TargetTree tree(repository.loadAll(ids), {});
    QVERIFY(tree.ok());
    QVERIFY(tree.mismatches().empty());

    // Saving again replaces the children cell by cell: the same twelve, nothing audited.
    editor.save(repository, manager);
    QCOMPARE(countChildren(parentId), (std::pair<int, qint64> { 12, kParentValue }));
    const QString secondCell = QString::fromStdString(children[1].target.id);
    QVERIFY(repository.revisions(secondCell).empty());
    // Breaking it down again after an edit keeps every id and audits the cells that changed.
    QVERIFY(editor.model()->editCell(0, 1, 1'111'111));
    editor.save(repository, manager);
    QCOMPARE(countChildren(parentId), (std::pair<int, qint64> { 12, kParentValue }));
    const auto trail = repository.revisions(secondCell);
    QCOMPARE(trail.size(), std::size_t { 1 });
    QCOMPARE(trail.front().newValue, std::int64_t { 1'111'111 });
    QCOMPARE(trail.front().reasonText, QStringLiteral("Re-decomposed"));

    // One transaction: a bad child at the end (a scope the IdMap cannot name) rolls back the
    // children already inserted before it.
    ui::DecompositionSetup second = makeSetup(threeTeams(), engine::Granularity::Quarter, false);
    engine::Scope unknown;
    unknown.team = 999;
    second.rows.push_back({ QStringLiteral("?"), unknown });
    repository.insert({ second.parent }, second.ids);
    ui::DecompositionEditor broken(second);
    QVERIFY_THROWS_EXCEPTION(storage::StorageError, broken.save(repository, manager));
    QCOMPARE(countChildren(QString::fromStdString(second.parent.target.id)), (std::pair<int, qint64> { 0, 0 }));
}

void DecompositionEditorTest::screenshot()
{
    ui::DecompositionEditor editor(makeSetup({ QStringLiteral("华东区"), QStringLiteral("华南区"),
                                                 QStringLiteral("华北区"), QStringLiteral("Key Accounts") },
        engine::Granularity::Quarter, true));
    chooseMethod(editor, DecompositionMethod::History);
    QVERIFY(editor.model()->editCell(0, 0, 3'500'000));
    QVERIFY(editor.model()->setLocked({ editor.model()->index(2, 3) }, true));
    editor.resize(980, 720);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        QSKIP("ATTAIN_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(shots));
    const QString name = QStringLiteral("decomposition-%1x.png").arg(editor.devicePixelRatio());
    QVERIFY(editor.grab().save(QDir(shots).filePath(name)));
}

QTEST_MAIN(DecompositionEditorTest)
#include "DecompositionEditorTest.moc"
