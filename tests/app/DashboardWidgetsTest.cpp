// The dashboard's leaderboard, activity scatter and risk panel, offscreen: hand-built rows for
// the first two (expected texts written out here, not formatted by the code under test), and a
// small demo database behind a targets page for the risk panel and the scope filter.
#include "app/ActivityScatterWidget.h"
#include "app/DashboardScopeFilter.h"
#include "app/LeaderboardModel.h"
#include "app/LeaderboardWidget.h"
#include "app/RiskModel.h"
#include "app/RiskPanel.h"
#include "app/TargetsModel.h"
#include "app/TargetsPage.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/SqlHelpers.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QValueAxis>
#include <QtTest>

using namespace attain;

namespace {

const engine::Date kAsOf = engine::makeDate(2026, 6, 30);
const QString kCny = QStringLiteral("CNY");

storage::LeaderboardRow leader(int rank, const QString &id, const QString &name, const QString &team,
    std::int64_t revenue, std::int64_t previous, std::optional<std::int64_t> target,
    std::vector<std::int64_t> trend)
{
    storage::LeaderboardRow row;
    row.rank = rank;
    row.repId = id;
    row.name = name;
    row.teamId = team + QStringLiteral("-id");
    row.teamName = team;
    row.revenue = revenue;
    row.previousRevenue = previous;
    if (previous > 0)
        row.changeBp = (revenue - previous) * 10000 / previous;
    row.target = target;
    if (target)
        row.attainmentBp = revenue * 10000 / *target;
    row.trend = std::move(trend);
    return row;
}

/// A team of reps as a manager would see it, given out of rank order.
std::vector<storage::LeaderboardRow> leaderboardRows()
{
    return {
        leader(4, QStringLiteral("rep-liu"), QStringLiteral("刘洋"), QStringLiteral("华南区"), 64'080'000, 70'000'000,
            80'000'000, { 9'800'000, 10'200'000, 11'900'000, 10'400'000, 12'300'000, 6'100'000 }),
        leader(1, QStringLiteral("rep-wang"), QStringLiteral("王伟"), QStringLiteral("华东区"), 124'500'000, 108'000'000,
            100'000'000, { 14'000'000, 16'500'000, 18'200'000, 21'000'000, 24'800'000, 13'600'000 }),
        leader(3, QStringLiteral("rep-zhang"), QStringLiteral("张敏"), QStringLiteral("华北区"), 98'700'000, 99'530'000,
            100'000'000, { 17'000'000, 15'200'000, 16'800'000, 16'100'000, 17'500'000, 9'300'000 }),
        leader(2, QStringLiteral("rep-li"), QStringLiteral("李娜"), QStringLiteral("华东区"), 103'200'000, 0, 100'000'000,
            { 0, 0, 8'000'000, 19'500'000, 26'000'000, 14'100'000 }),
        leader(5, QStringLiteral("rep-carter"), QStringLiteral("Emily Carter"), QStringLiteral("Key Accounts"),
            52'000'000, 52'000'000, std::nullopt, { 8'000'000, 9'100'000, 7'400'000, 8'800'000, 9'000'000, 4'700'000 }),
    };
}

storage::RepActivityRow activity(const QString &id, const QString &name, std::int64_t activities, std::int64_t revenue,
    std::int64_t dealsWon)
{
    return { id, name, activities, revenue, dealsWon };
}

std::vector<storage::RepActivityRow> activityRows()
{
    // Revenue per activity: 王伟 ¥15,500, 李娜 ¥4,807.69, 张敏 ¥17,750, 刘洋 ¥2,064.52; 陈静 logged none
    // (and would be "infinitely" productive if she counted), Emily Carter ¥9,000.
    return {
        activity(QStringLiteral("rep-wang"), QStringLiteral("王伟"), 120, 186'000'000, 1450),
        activity(QStringLiteral("rep-li"), QStringLiteral("李娜"), 260, 125'000'000, 1100),
        activity(QStringLiteral("rep-zhang"), QStringLiteral("张敏"), 80, 142'000'000, 900),
        activity(QStringLiteral("rep-liu"), QStringLiteral("刘洋"), 310, 64'000'000, 650),
        activity(QStringLiteral("rep-chen"), QStringLiteral("陈静"), 0, 9'000'000, 100),
        activity(QStringLiteral("rep-carter"), QStringLiteral("Emily Carter"), 150, 135'000'000, 1225),
    };
}

/// Pixels close to `color` in `image`.
int pixelsNear(const QImage &image, const QColor &color, int tolerance = 48)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) <= tolerance && std::abs(pixel.green() - color.green()) <= tolerance
                && std::abs(pixel.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

/// The mean row of the pixels close to `color` in columns [from, to) of `image`; -1 when none.
double meanRowNear(const QImage &image, const QColor &color, int from, int to)
{
    double sum = 0.0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = std::max(0, from); x < std::min(image.width(), to); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) <= 48 && std::abs(pixel.green() - color.green()) <= 48
                && std::abs(pixel.blue() - color.blue()) <= 48) {
                sum += y;
                ++count;
            }
        }
    return count ? sum / count : -1.0;
}

QString plainText(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

} // namespace

class DashboardWidgetsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void leaderboardShowsRowsByRankWithFormattedCells();
    void leaderboardMarksTheTopThree();
    void leaderboardSparklinePaintsTheTrend();
    void leaderboardActivationCarriesTheRepId();
    void scatterPointsEqualTheRows();
    void scatterAxesCarryUnits();
    void scatterOutlierLineNamesTheRightReps();
    void scatterTooltipGivesExactValues();
    void scatterActivationCarriesTheRepId();
    void riskPanelCountsTheTargetsInTrouble();
    void riskPanelShowsLoadingAndEmptyStates();
    void riskPanelActivationCarriesTheTargetId();
    void scopeFilterForATeamTakesItsRepsAndNotAnotherTeams();
    void scopeFilterForARepOrTheCompany();
    void screenshots();

private:
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("dashboard.attain")); }
    std::unique_ptr<ui::TargetsPage> openPage();
    /// Target ids by SQL, written here rather than taken from the code under test.
    [[nodiscard]] QSet<QString> targetIds(const QString &where) const;
    [[nodiscard]] static QSet<QString> accepted(
        const ui::TargetsModel &model, const std::function<bool(const ui::TargetRow &)> &filter);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
};

void DashboardWidgetsTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    engine::demo::Spec spec;
    spec.reps = 8;
    spec.years = 1;
    spec.seed = 5;
    spec.asOf = kAsOf;
    QCOMPARE(storage::createDemoDatabase(dbPath(), spec).status, storage::DemoDatabaseResult::Status::Created);
}

std::unique_ptr<ui::TargetsPage> DashboardWidgetsTest::openPage()
{
    auto page = std::make_unique<ui::TargetsPage>(storage::Actor { QStringLiteral("manager1"), {} });
    page->setAsOf(kAsOf);
    QSignalSpy loaded(page.get(), &ui::TargetsPage::loaded);
    page->setDatabasePath(dbPath());
    if (!loaded.wait(20000))
        qWarning("targets did not load");
    return page;
}

QSet<QString> DashboardWidgetsTest::targetIds(const QString &where) const
{
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    if (!opened.database)
        return {};
    QSqlQuery query(opened.database->connection());
    QSet<QString> ids;
    if (!query.exec(QStringLiteral("SELECT id FROM targets WHERE ") + where))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

QSet<QString> DashboardWidgetsTest::accepted(
    const ui::TargetsModel &model, const std::function<bool(const ui::TargetRow &)> &filter)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        if (filter(*model.row(row)))
            ids.insert(QString::fromStdString(model.row(row)->stored.target.id));
    return ids;
}

void DashboardWidgetsTest::screenshot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(shots).filePath(name)));
}

void DashboardWidgetsTest::leaderboardShowsRowsByRankWithFormattedCells()
{
    ui::LeaderboardWidget widget;
    auto *empty = widget.findChild<QLabel *>(QStringLiteral("leaderboardEmptyLabel"));
    QVERIFY(empty);
    auto *stack = widget.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), empty); // nothing yet
    QCOMPARE(empty->text(), QStringLiteral("No reps to rank."));

    widget.setRows(leaderboardRows(), kCny);
    QCOMPARE(stack->currentWidget(), widget.tableView());
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel *shown = widget.tableView()->model();
    QCOMPARE(shown->rowCount(), 5);
    const QStringList byRank { QStringLiteral("王伟"), QStringLiteral("李娜"), QStringLiteral("张敏"),
        QStringLiteral("刘洋"), QStringLiteral("Emily Carter") };
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, ui::LeaderboardModel::RepColumn).data().toString(), byRank[row]);

    const auto cell = [&](int row, int column) { return shown->index(row, column).data().toString(); };
    QCOMPARE(cell(0, ui::LeaderboardModel::TeamColumn), QStringLiteral("华东区"));
    QCOMPARE(cell(0, ui::LeaderboardModel::RevenueColumn), QStringLiteral("¥1,245,000"));
    QCOMPARE(cell(0, ui::LeaderboardModel::TargetColumn), QStringLiteral("¥1,000,000"));
    QCOMPARE(cell(0, ui::LeaderboardModel::AttainmentColumn), QStringLiteral("124.5%"));
    // (1,245,000 − 1,080,000) / 1,080,000 = 15.28 % (1527 basis points)
    QCOMPARE(cell(0, ui::LeaderboardModel::ChangeColumn), QStringLiteral("▲ 15.3%"));
    // From nothing: new, not a percentage.
    QCOMPARE(cell(1, ui::LeaderboardModel::ChangeColumn), QStringLiteral("New"));
    // (987,000 − 995,300) / 995,300 = −0.83 %
    QCOMPARE(cell(2, ui::LeaderboardModel::ChangeColumn), QStringLiteral("▼ 0.8%"));
    QCOMPARE(cell(3, ui::LeaderboardModel::RevenueColumn), QStringLiteral("¥640,800"));
    QCOMPARE(cell(3, ui::LeaderboardModel::AttainmentColumn), QStringLiteral("80.1%"));
    QCOMPARE(cell(4, ui::LeaderboardModel::TargetColumn), QStringLiteral("—"));
    QCOMPARE(cell(4, ui::LeaderboardModel::AttainmentColumn), QStringLiteral("—"));
    QCOMPARE(cell(4, ui::LeaderboardModel::ChangeColumn), QStringLiteral("0.0%"));
    QCOMPARE(cell(4, ui::LeaderboardModel::RankColumn), QStringLiteral("5"));
    // The trend's exact values are in its tooltip.
    QCOMPARE(shown->index(0, ui::LeaderboardModel::TrendColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Monthly revenue, oldest first (the last month is to date):\n"
                       "¥140,000, ¥165,000, ¥182,000, ¥210,000, ¥248,000, ¥136,000"));

    // The user may sort by another column; new rows come back in rank order.
    widget.tableView()->sortByColumn(ui::LeaderboardModel::RevenueColumn, Qt::AscendingOrder);
    QCOMPARE(cell(0, ui::LeaderboardModel::RepColumn), QStringLiteral("Emily Carter"));
    widget.setRows(leaderboardRows(), kCny);
    QCOMPARE(cell(0, ui::LeaderboardModel::RepColumn), QStringLiteral("王伟"));

    widget.setRows({}, kCny);
    QCOMPARE(stack->currentWidget(), empty);
}

void DashboardWidgetsTest::leaderboardMarksTheTopThree()
{
    ui::LeaderboardWidget widget;
    widget.setRows(leaderboardRows(), kCny);
    const QAbstractItemModel *shown = widget.tableView()->model();
    const QStringList marks { QStringLiteral("1 · Gold"), QStringLiteral("2 · Silver"), QStringLiteral("3 · Bronze") };
    for (int row = 0; row < 3; ++row) {
        const QModelIndex rank = shown->index(row, ui::LeaderboardModel::RankColumn);
        QCOMPARE(rank.data().toString(), marks[row]); // the word, not only the medal's colour
        QVERIFY(!rank.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!rank.data(Qt::DecorationRole).value<QIcon>().pixmap(32, 32).isNull());
        QVERIFY(rank.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("medal")));
        QVERIFY(shown->index(row, ui::LeaderboardModel::RepColumn).data(Qt::FontRole).value<QFont>().bold());
    }
    for (int row = 3; row < shown->rowCount(); ++row) {
        const QModelIndex rank = shown->index(row, ui::LeaderboardModel::RankColumn);
        QVERIFY(rank.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!rank.data().toString().contains(QStringLiteral("·")));
    }
    // The medals are drawn: a gold one is not a silver one.
    const QImage gold = shown->index(0, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(32, 32).toImage();
    const QImage silver = shown->index(1, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(32, 32).toImage();
    QVERIFY(gold != silver);
    QVERIFY(pixelsNear(gold, QColor(0xF0, 0xC8, 0x3C), 24) > 20);

    // A rep ranked among the first three without a target (ranked by revenue only) earns none.
    std::vector<storage::LeaderboardRow> rows = leaderboardRows();
    for (auto &row : rows)
        if (row.rank == 5)
            row.rank = 3;
    for (auto &row : rows)
        if (row.name == QStringLiteral("张敏"))
            row.rank = 5;
    widget.setRows(rows, kCny);
    QCOMPARE(shown->index(2, ui::LeaderboardModel::RepColumn).data().toString(), QStringLiteral("Emily Carter"));
    QCOMPARE(shown->index(2, ui::LeaderboardModel::RankColumn).data().toString(), QStringLiteral("3"));
    QVERIFY(shown->index(2, ui::LeaderboardModel::RankColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void DashboardWidgetsTest::leaderboardSparklinePaintsTheTrend()
{
    ui::LeaderboardWidget widget;
    std::vector<storage::LeaderboardRow> rows = leaderboardRows();
    rows[0].trend.clear(); // 刘洋, rank 4: no trend, nothing drawn
    widget.setRows(rows, kCny);
    widget.resize(900, 300);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTableView *view = widget.tableView();
    view->clearSelection();
    view->setCurrentIndex({});
    const QImage image = view->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto cellImage = [&](int row) {
        const QRect cell = view->visualRect(view->model()->index(row, ui::LeaderboardModel::TrendColumn));
        return image.copy(QRect((QPointF(cell.topLeft()) * ratio).toPoint(), (QSizeF(cell.size()) * ratio).toSize()));
    };
    const QColor line(0x00, 0x72, 0xB2);
    // 王伟 (row 0) rises month after month before the partial month: the line climbs.
    const QImage rising = cellImage(0);
    QVERIFY2(pixelsNear(rising, line) > 20, "the sparkline is blank");
    const int third = rising.width() / 3;
    const double left = meanRowNear(rising, line, 0, third);
    const double middle = meanRowNear(rising, line, third, 2 * third);
    QVERIFY(left > 0 && middle > 0);
    QVERIFY2(middle < left, "a rising trend is drawn rising"); // smaller y is higher up
    // No trend, no line.
    QCOMPARE(view->model()->index(3, ui::LeaderboardModel::RepColumn).data().toString(), QStringLiteral("刘洋"));
    QCOMPARE(pixelsNear(cellImage(3), line), 0);
}

void DashboardWidgetsTest::leaderboardActivationCarriesTheRepId()
{
    ui::LeaderboardWidget widget;
    widget.setRows(leaderboardRows(), kCny);
    widget.resize(900, 300);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy activated(&widget, &ui::LeaderboardWidget::repActivated);
    QTableView *view = widget.tableView();
    const QRect cell = view->visualRect(view->model()->index(1, ui::LeaderboardModel::RepColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.back().front().toString(), QStringLiteral("rep-li"));
    // Enter on the current row, also after the user re-sorted the table.
    view->sortByColumn(ui::LeaderboardModel::RevenueColumn, Qt::AscendingOrder);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.back().front().toString(), QStringLiteral("rep-carter"));
}

void DashboardWidgetsTest::scatterPointsEqualTheRows()
{
    ui::ActivityScatterWidget widget;
    QVERIFY(!widget.series());
    const std::vector<storage::RepActivityRow> rows = activityRows();
    widget.setRows(rows, kCny);
    QScatterSeries *series = widget.series();
    QVERIFY(series);
    const QList<QPointF> points = series->points();
    QCOMPARE(points.size(), static_cast<qsizetype>(rows.size()));
    // English, the largest revenue ¥1,860,000 ≥ one million: y in millions of yuan (10^8 fen).
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(points[static_cast<qsizetype>(i)].x(), static_cast<double>(rows[i].activities));
        QVERIFY(qFuzzyCompare(1.0 + points[static_cast<qsizetype>(i)].y(), 1.0 + static_cast<double>(rows[i].revenue) / 1e8));
    }
    // The average line: total revenue of reps with activities over their activities (¥652,000,000 / 920).
    QLineSeries *line = nullptr;
    for (QAbstractSeries *each : widget.chart()->series())
        if (each->objectName() == QStringLiteral("averageSeries"))
            line = qobject_cast<QLineSeries *>(each);
    QVERIFY(line);
    QCOMPARE(line->name(), QStringLiteral("Average: ¥7,087 per activity"));
    QCOMPARE(line->points().front(), QPointF(0, 0));
    const QPointF end = line->points().back();
    QVERIFY(qFuzzyCompare(end.y() / end.x(), 652'000'000.0 / 920.0 / 1e8));

    widget.setRows({}, kCny);
    QVERIFY(!widget.series());
    QCOMPARE(widget.findChild<QStackedWidget *>()->currentWidget(),
        widget.findChild<QLabel *>(QStringLiteral("activityEmptyLabel")));
}

void DashboardWidgetsTest::scatterAxesCarryUnits()
{
    const auto titles = [](const ui::ActivityScatterWidget &widget) {
        QStringList out;
        for (QAbstractAxis *axis : widget.chart()->axes())
            out << axis->titleText();
        out.sort();
        return out;
    };
    ui::ActivityScatterWidget widget;
    widget.setRows(activityRows(), kCny);
    QCOMPARE(titles(widget), (QStringList { QStringLiteral("Activities logged (count)"),
                                 QStringLiteral("Revenue (million yuan)") }));
    QCOMPARE(widget.revenueDivisor(), 1e8);
    // Below a million per rep: thousands.
    std::vector<storage::RepActivityRow> small = activityRows();
    for (auto &row : small)
        row.revenue /= 10;
    widget.setRows(small, kCny);
    QCOMPARE(titles(widget), (QStringList { QStringLiteral("Activities logged (count)"),
                                 QStringLiteral("Revenue (thousand yuan)") }));
    QCOMPARE(widget.series()->points().front().y(), 18'600'000.0 / 1e5);
    widget.setRows(small, QStringLiteral("USD"));
    QVERIFY(titles(widget).contains(QStringLiteral("Revenue (thousand USD)")));

    // Chinese managers read 万 (10,000 yuan); this test loads no catalogue, so the title is the source text.
    ui::ActivityScatterWidget chinese;
    chinese.setLocale(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setRows(activityRows(), kCny);
    QVERIFY(titles(chinese).contains(QStringLiteral("Revenue (10,000 yuan)")));
    QCOMPARE(chinese.series()->points().front().y(), 186.0); // ¥1,860,000 = 186 万
    // Labels with thousands separators.
    QVERIFY(chinese.chart()->localizeNumbers());
}

void DashboardWidgetsTest::scatterOutlierLineNamesTheRightReps()
{
    ui::ActivityScatterWidget widget;
    auto *label = widget.findChild<QLabel *>(QStringLiteral("outlierLabel"));
    QVERIFY(label);
    widget.setRows(activityRows(), kCny);
    // 张敏 ¥1,420,000 / 80 = ¥17,750; 刘洋 ¥640,000 / 310 = ¥2,064.52; 陈静 logged none and is not counted.
    QCOMPARE(plainText(label), QStringLiteral("Most revenue per activity: 张敏 (¥17,750); least: 刘洋 (¥2,065)."));
    // The names link to the reps.
    const QRegularExpression links(QStringLiteral("href=\"([^\"]+)\""));
    QStringList hrefs;
    for (auto it = links.globalMatch(label->text()); it.hasNext();)
        hrefs << it.next().captured(1);
    QCOMPARE(hrefs, (QStringList { QStringLiteral("rep-zhang"), QStringLiteral("rep-liu") }));
    QSignalSpy activated(&widget, &ui::ActivityScatterWidget::repActivated);
    Q_EMIT label->linkActivated(hrefs.front());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().toString(), QStringLiteral("rep-zhang"));

    // Remove 张敏 and 刘洋: now 王伟 leads and 李娜 trails.
    std::vector<storage::RepActivityRow> rows = activityRows();
    std::erase_if(rows, [](const auto &row) { return row.repId == QLatin1String("rep-zhang") || row.repId == QLatin1String("rep-liu"); });
    widget.setRows(rows, kCny);
    QCOMPARE(plainText(label), QStringLiteral("Most revenue per activity: 王伟 (¥15,500); least: 李娜 (¥4,808)."));

    widget.setRows({ activity(QStringLiteral("rep-chen"), QStringLiteral("陈静"), 0, 9'000'000, 100) }, kCny);
    QCOMPARE(plainText(label), QStringLiteral("No rep logged an activity in this period."));
}

void DashboardWidgetsTest::scatterTooltipGivesExactValues()
{
    ui::ActivityScatterWidget widget;
    widget.resize(800, 500);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    std::vector<storage::RepActivityRow> rows = activityRows();
    // 李娜's twin: two reps on one point are both named.
    rows.push_back(activity(QStringLiteral("rep-li-2"), QStringLiteral("李娜 (2)"), 260, 125'000'000, 1000));
    widget.setRows(rows, kCny);
    Q_EMIT widget.series()->hovered(widget.series()->points().front(), true);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("王伟\nActivities: 120\nRevenue: ¥1,860,000\nDeals won: 14.50\n"
                                              "Revenue per activity: ¥15,500"));
    Q_EMIT widget.series()->hovered(widget.series()->points().front(), false);
    QTRY_VERIFY(!QToolTip::isVisible());
    Q_EMIT widget.series()->hovered(widget.series()->points().at(1), true);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().startsWith(QStringLiteral("李娜\nActivities: 260\nRevenue: ¥1,250,000\n")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("\n\n李娜 (2)\nActivities: 260")));
    QToolTip::hideText();
}

void DashboardWidgetsTest::scatterActivationCarriesTheRepId()
{
    ui::ActivityScatterWidget widget;
    widget.resize(800, 500);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setRows(activityRows(), kCny);
    QSignalSpy activated(&widget, &ui::ActivityScatterWidget::repActivated);

    // A click on 刘洋's point.
    QChart *chart = widget.chart();
    QChartView *view = widget.chartView();
    QTest::qWait(50);
    const QPointF point = widget.series()->points().at(3);
    const QPoint at = view->mapFromScene(chart->mapToScene(chart->mapToPosition(point, widget.series())));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.back().front().toString(), QStringLiteral("rep-liu"));
    QCOMPARE(widget.selectedRepId(), QStringLiteral("rep-liu"));

    // The keyboard walks the reps by activities: Home is 陈静 (0), then 张敏 (80), 王伟 (120).
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(widget.selectedRepId(), QStringLiteral("rep-chen"));
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(widget.selectedRepId(), QStringLiteral("rep-wang"));
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(widget.selectedRepId(), QStringLiteral("rep-zhang"));
    auto *selection = widget.findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QVERIFY(selection->text().startsWith(QStringLiteral("张敏 · Activities: 80 · Revenue: ¥1,420,000")));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.back().front().toString(), QStringLiteral("rep-zhang"));
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(widget.selectedRepId(), QStringLiteral("rep-liu"));
}

void DashboardWidgetsTest::riskPanelCountsTheTargetsInTrouble()
{
    auto page = openPage();
    ui::RiskPanel panel(*page->model());
    panel.resize(1000, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Expected from the targets list's own status column.
    int inTrouble = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const auto status = static_cast<engine::Status>(
            page->model()->index(row, 0).data(ui::TargetsModel::StatusRole).toInt());
        inTrouble += status == engine::Status::AtRisk || status == engine::Status::OffTrack;
    }
    QVERIFY(inTrouble >= 2);
    QCOMPARE(panel.model()->rowCount(), inTrouble);
    QCOMPARE(panel.tableView()->model()->rowCount(), inTrouble);
    auto *count = panel.findChild<QLabel *>(QStringLiteral("riskCountLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("%1 targets at risk or off track").arg(inTrouble));
    QVERIFY(panel.tableView()->isVisible());
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("riskTitleLabel"))->text(), QStringLiteral("Targets at risk"));

    screenshot(&panel, QStringLiteral("dashboard-risks.png"));

    // Narrowed to a single target in trouble: the singular.
    const QString first = panel.model()->index(0, 0).data(ui::RiskModel::IdRole).toString();
    panel.setScopeFilter([first](const ui::TargetRow &row) { return QString::fromStdString(row.stored.target.id) == first; });
    QCOMPARE(count->text(), QStringLiteral("1 target at risk or off track"));
}

void DashboardWidgetsTest::riskPanelShowsLoadingAndEmptyStates()
{
    auto page = std::make_unique<ui::TargetsPage>(storage::Actor { QStringLiteral("manager1"), {} });
    page->setAsOf(kAsOf);
    ui::RiskPanel panel(*page->model());
    panel.resize(800, 240);
    panel.show();
    auto *message = panel.findChild<QLabel *>(QStringLiteral("riskMessageLabel"));
    auto *count = panel.findChild<QLabel *>(QStringLiteral("riskCountLabel"));
    QVERIFY(message && count);
    // What the dashboard page does: loading until the targets page says it has loaded.
    QSignalSpy loaded(page.get(), &ui::TargetsPage::loaded);
    connect(page.get(), &ui::TargetsPage::loaded, &panel, [&] { panel.setLoading(false); });
    page->setDatabasePath(dbPath());
    panel.setLoading(page->isLoading());
    QVERIFY(panel.isLoading());
    QVERIFY(message->isVisible());
    QVERIFY(!panel.tableView()->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Loading…"));
    QVERIFY(count->text().isEmpty());
    screenshot(&panel, QStringLiteral("dashboard-risks-loading.png"));
    QVERIFY(loaded.wait(20000));
    QVERIFY(!panel.isLoading());
    QVERIFY(panel.tableView()->isVisible());
    QVERIFY(!message->isVisible());
    QVERIFY(count->text().endsWith(QStringLiteral("targets at risk or off track")));

    // A scope with nothing in trouble.
    panel.setScopeFilter([](const ui::TargetRow &) { return false; });
    QVERIFY(message->isVisible());
    QVERIFY(!panel.tableView()->isVisible());
    QCOMPARE(message->text(), QStringLiteral("No target is at risk or off track."));
    QVERIFY(count->text().isEmpty());
    screenshot(&panel, QStringLiteral("dashboard-risks-empty.png"));
    panel.setScopeFilter({});
    QVERIFY(panel.tableView()->isVisible());
}

void DashboardWidgetsTest::riskPanelActivationCarriesTheTargetId()
{
    auto page = openPage();
    ui::RiskPanel panel(*page->model());
    panel.resize(1000, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.model()->rowCount() >= 2);
    QSignalSpy activated(&panel, &ui::RiskPanel::targetActivated);
    QTableView *view = panel.tableView();
    const QModelIndex second = view->model()->index(1, ui::RiskModel::TargetColumn);
    const QRect cell = view->visualRect(second);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.back().front().toString(), second.data(ui::RiskModel::IdRole).toString());
    QVERIFY(page->model()->rowOf(activated.back().front().toString()) >= 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.back().front().toString(), view->model()->index(0, 0).data(ui::RiskModel::IdRole).toString());
    QVERIFY(activated.at(0).front() != activated.at(1).front());
}

void DashboardWidgetsTest::scopeFilterForATeamTakesItsRepsAndNotAnotherTeams()
{
    auto page = openPage();
    const ui::TargetsModel &model = *page->model();
    QVERIFY(model.targetsData().snapshot);
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    // Two teams that both have reps.
    QSqlQuery teams(db);
    QVERIFY(teams.exec(QStringLiteral("SELECT DISTINCT team_id FROM reps WHERE team_id IS NOT NULL ORDER BY team_id LIMIT 2")));
    QStringList ids;
    while (teams.next())
        ids << teams.value(0).toString();
    QCOMPARE(ids.size(), 2);
    const auto ofTeam = [&](const QString &team) {
        return targetIds(QStringLiteral("(scope_kind = 'team' AND scope_id = '%1') OR (scope_kind = 'rep' AND scope_id "
                                        "IN (SELECT id FROM reps WHERE team_id = '%1'))")
                             .arg(team));
    };
    const QSet<QString> mine = ofTeam(ids[0]);
    const QSet<QString> theirs = ofTeam(ids[1]);
    const QSet<QString> myReps = targetIds(QStringLiteral("scope_kind = 'rep' AND scope_id IN (SELECT id FROM reps WHERE "
                                                          "team_id = '%1')").arg(ids[0]));
    QVERIFY(!myReps.isEmpty());
    QVERIFY(!theirs.isEmpty());

    storage::DashboardScope scope;
    scope.teamId = ids[0];
    const QSet<QString> taken = accepted(model, ui::scopeFilter(scope, *model.targetsData().snapshot));
    QCOMPARE(taken, mine);
    QVERIFY(taken.contains(myReps));
    QVERIFY(!taken.intersects(theirs));

    // The panel narrowed to that team lists only its targets in trouble, and follows a reload.
    ui::RiskPanel panel(*page->model());
    panel.setScope(scope);
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        QVERIFY(mine.contains(panel.model()->index(row, 0).data(ui::RiskModel::IdRole).toString()));
    const int narrowed = panel.model()->rowCount();
    QSignalSpy loaded(page.get(), &ui::TargetsPage::loaded);
    page->reload();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(panel.model()->rowCount(), narrowed);
    panel.setScope(std::nullopt);
    QVERIFY(panel.model()->rowCount() >= narrowed);
}

void DashboardWidgetsTest::scopeFilterForARepOrTheCompany()
{
    auto page = openPage();
    const ui::TargetsModel &model = *page->model();
    const ui::SalesSnapshot &snapshot = *model.targetsData().snapshot;
    QCOMPARE(accepted(model, ui::scopeFilter({}, snapshot)).size(), model.rowCount());

    const QSet<QString> repTargets = targetIds(QStringLiteral("scope_kind = 'rep'"));
    QVERIFY(!repTargets.isEmpty());
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QString rep = storage::scalar(opened.database->connection(),
        QStringLiteral("SELECT scope_id FROM targets WHERE scope_kind = 'rep' ORDER BY scope_id LIMIT 1")).toString();
    const QString team = storage::scalar(opened.database->connection(),
        QStringLiteral("SELECT team_id FROM reps WHERE id = '%1'").arg(rep)).toString();
    storage::DashboardScope scope;
    scope.repId = rep;
    const QSet<QString> theirs = targetIds(QStringLiteral("scope_kind = 'rep' AND scope_id = '%1'").arg(rep));
    QCOMPARE(accepted(model, ui::scopeFilter(scope, snapshot)), theirs);
    // Within their team: still theirs only, not the team's own targets.
    scope.teamId = team;
    QCOMPARE(accepted(model, ui::scopeFilter(scope, snapshot)), theirs);
    // A channel: no demo target is for one.
    storage::DashboardScope channel;
    channel.channelId = storage::scalar(opened.database->connection(), QStringLiteral("SELECT id FROM channels LIMIT 1")).toString();
    QVERIFY(!channel.channelId.isEmpty());
    QCOMPARE(accepted(model, ui::scopeFilter(channel, snapshot)), targetIds(QStringLiteral("scope_kind = 'channel'")));
}

void DashboardWidgetsTest::screenshots()
{
    if (qEnvironmentVariableIsEmpty("ATTAIN_SCREENSHOT_DIR"))
        QSKIP("ATTAIN_SCREENSHOT_DIR is not set");
    ui::LeaderboardWidget leaderboard;
    leaderboard.setRows(leaderboardRows(), kCny);
    leaderboard.resize(860, 260);
    leaderboard.show();
    leaderboard.tableView()->selectRow(1);
    screenshot(&leaderboard, QStringLiteral("dashboard-leaderboard.png"));

    ui::ActivityScatterWidget scatter;
    scatter.setRows(activityRows(), kCny);
    scatter.resize(760, 520);
    scatter.show();
    scatter.chartView()->setFocus();
    QTest::keyClick(scatter.chartView(), Qt::Key_End);
    screenshot(&scatter, QStringLiteral("dashboard-activity.png"));

    ui::ActivityScatterWidget chinese;
    chinese.setLocale(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setRows(activityRows(), kCny);
    chinese.resize(760, 520);
    chinese.show();
    screenshot(&chinese, QStringLiteral("dashboard-activity-wan.png"));
}

QTEST_MAIN(DashboardWidgetsTest)
#include "DashboardWidgetsTest.moc"
