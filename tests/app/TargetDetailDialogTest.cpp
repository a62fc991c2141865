// The target view (TargetDetailDialog) opened from the targets list, offscreen on a small demo
// database (company → teams → reps revenue targets) plus one team target of its own.
#include "app/TargetDetailDialog.h"
#include "app/MoneyFormat.h"
#include "app/RevisionDialog.h"
#include "app/RevisionHistoryDialog.h"
#include "app/RevisionTable.h"
#include "app/TargetsFilterModel.h"
#include "app/TargetsModel.h"
#include "app/TargetsPage.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/SqlHelpers.h"
#include "storage/TargetRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "TargetsFixture.h"

using namespace attain;

using attain::test::kConversionId;
using attain::test::kJuneTeamId;
using attain::test::kQ3DealsId;
const engine::Date kAsOf = attain::test::kTargetsAsOf;

class TargetDetailDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void doubleClickOpensTheViewWithTheListsFigures();
    void revisedTargetShowsOriginalAndCurrentValues();
    void childDoubleClickOpensTheChildAndParentLinkGoesBack();
    void buttonsAndShortcutsUseThePagesActions();
    void chineseViewIsTranslated();

private:
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("test.attain")); }
    [[nodiscard]] QString masterPath() const { return m_dir.filePath(QStringLiteral("master.attain")); }
    [[nodiscard]] QString companyId() const;
    std::unique_ptr<ui::TargetsPage> openPage();
    static ui::TargetDetailDialog *viewOf(const ui::TargetsPage &page, const QString &id);
    static void doubleClickRow(QTableView *view, int row);
    /// Revises `id` through its view's Revise… button, approved directly, and waits for the reload.
    static void reviseInView(ui::TargetsPage &page, ui::TargetDetailDialog *view, double newValue);
    static QString text(const QWidget *dialog, const char *labelName);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
};

void TargetDetailDialogTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(test::writeTargetsFixture(masterPath()));
}

void TargetDetailDialogTest::init()
{
    // Every test starts from the same database: revisions change it.
    QFile::remove(dbPath());
    QVERIFY(QFile::copy(masterPath(), dbPath()));
}

QString TargetDetailDialogTest::companyId() const
{
    auto opened = storage::Database::open(masterPath(), storage::Database::Mode::OpenExisting);
    return storage::scalar(opened.database->connection(),
        QStringLiteral(
            "SELECT id FROM targets WHERE parent_id IS NULL AND metric = 'revenue' AND period_label = '2026'"))
        .toString();
}

std::unique_ptr<ui::TargetsPage> TargetDetailDialogTest::openPage()
{
    return test::openTargetsPage(dbPath());
}

ui::TargetDetailDialog *TargetDetailDialogTest::viewOf(const ui::TargetsPage &page, const QString &id)
{
    for (ui::TargetDetailDialog *view : page.findChildren<ui::TargetDetailDialog *>())
        if (view->targetId() == id)
            return view;
    return nullptr;
}

void TargetDetailDialogTest::doubleClickRow(QTableView *view, int row)
{
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    // QTest::mouseDClick sends no press first; item views need one to know the pressed index.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

void TargetDetailDialogTest::reviseInView(ui::TargetsPage &page, ui::TargetDetailDialog *view, double newValue)
{
    view->findChild<QPushButton *>(QStringLiteral("revisePushButton"))->click();
    auto *dialog = view->findChild<ui::RevisionDialog *>();
    QVERIFY2(dialog, "Revise… in the view opens the list's revision dialog over the view");
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("newValueSpinBox"))->setValue(newValue);
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonComboBox"));
    reason->setCurrentIndex(1); // resource change, in any language
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"))
        ->setPlainText(QStringLiteral("Two reps moved"));
    dialog->findChild<QCheckBox *>(QStringLiteral("approveCheckBox"))->setChecked(true);
    QSignalSpy loaded(&page, &ui::TargetsPage::loaded);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QVERIFY(loaded.wait(20000));
}

QString TargetDetailDialogTest::text(const QWidget *dialog, const char *labelName)
{
    const auto *label = dialog->findChild<QLabel *>(QLatin1String(labelName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(labelName));
}

void TargetDetailDialogTest::screenshot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    // The offscreen screen is small; a manager's is not: the size the view takes on one.
    if (auto *view = qobject_cast<ui::TargetDetailDialog *>(widget))
        widget->resize(view->contentSize(900));
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(shots).filePath(name)));
}

void TargetDetailDialogTest::doubleClickOpensTheViewWithTheListsFigures()
{
    auto page = openPage();
    const ui::TargetsModel *model = page->model();
    const QString company = companyId();
    const int row = model->rowOf(company);
    QVERIFY(row >= 0);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("Company revenue 2026"));
    QCOMPARE(page->filterModel()->rowCount(), 1);

    QVERIFY(!viewOf(*page, company));
    doubleClickRow(page->tableView(), 0);
    QPointer<ui::TargetDetailDialog> view = viewOf(*page, company);
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QVERIFY(!view->isModal());
    QVERIFY(QTest::qWaitForWindowExposed(view));
    const auto shown = [&](int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(text(view, "titleLabel"), QStringLiteral("Company revenue 2026"));
    QCOMPARE(text(view, "currentValueLabel"), shown(ui::TargetsModel::TargetColumn));
    QCOMPARE(text(view, "actualLabel"), shown(ui::TargetsModel::ActualColumn));
    QCOMPARE(text(view, "currentAttainmentLabel"), shown(ui::TargetsModel::AttainmentColumn));
    QCOMPARE(text(view, "paceLabel"), shown(ui::TargetsModel::PaceColumn));
    QCOMPARE(text(view, "statusLabel"), shown(ui::TargetsModel::StatusColumn));
    QCOMPARE(text(view, "explanationLabel"),
        model->index(row, ui::TargetsModel::StatusColumn).data(Qt::ToolTipRole).toString());
    QCOMPARE(text(view, "scopeLabel"), QStringLiteral("Company"));
    QVERIFY2(text(view, "periodLabel").contains(QStringLiteral("2026-01-01 to 2026-12-31")),
        qPrintable(text(view, "periodLabel")));
    QVERIFY(!text(view, "statusLabel").isEmpty()); // colour and word, never colour alone
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("statusSwatchLabel"))->pixmap().isNull());
    // Never revised: the original target is the current one.
    QCOMPARE(text(view, "originalValueLabel"), shown(ui::TargetsModel::TargetColumn));
    QCOMPARE(text(view, "originalAttainmentLabel"), shown(ui::TargetsModel::AttainmentColumn));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("revisionsEmptyLabel"))->isVisible());

    // Figures the view computes itself, checked against the model's raw numbers.
    const qlonglong target
        = model->index(row, ui::TargetsModel::TargetColumn).data(ui::TargetsModel::SortRole).toLongLong();
    const qlonglong actual
        = model->index(row, ui::TargetsModel::ActualColumn).data(ui::TargetsModel::SortRole).toLongLong();
    QVERIFY(actual > 0 && actual < target);
    QCOMPARE(text(view, "gapLabel"),
        QStringLiteral("%1 to go").arg(ui::formatMoney(target - actual, QStringLiteral("CNY"))));
    QCOMPARE(view->findChild<QProgressBar *>(QStringLiteral("attainmentProgressBar"))->value(),
        static_cast<int>((actual * 10000 + target / 2) / target));

    // Enter on a row opens it too; the open view is raised, not duplicated.
    search->clear();
    QApplication::setActiveWindow(page.get()); // keys go to the active window: the view is one
    QTRY_VERIFY(page->isActiveWindow());
    page->tableView()->setFocus();
    page->tableView()->setCurrentIndex(page->filterModel()->mapFromSource(model->index(row, 0)));
    QTest::keyClick(page->tableView(), Qt::Key_Return);
    QCOMPARE(page->findChildren<ui::TargetDetailDialog *>().size(), 1);

    screenshot(view, QStringLiteral("target-detail-company.png"));
    // Escape closes the view.
    view->activateWindow();
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(view.isNull());
}

void TargetDetailDialogTest::revisedTargetShowsOriginalAndCurrentValues()
{
    auto page = openPage();
    page->showTarget(kJuneTeamId);
    ui::TargetDetailDialog *view = viewOf(*page, kJuneTeamId);
    QVERIFY(view);
    QCOMPARE(text(view, "currentValueLabel"), QStringLiteral("¥500,000"));
    QCOMPARE(text(view, "originalValueLabel"), QStringLiteral("¥500,000"));

    reviseInView(*page, view, 420000.0);
    // The page reloaded and the view followed it.
    const ui::TargetsModel *model = page->model();
    const int row = model->rowOf(kJuneTeamId);
    QCOMPARE(model->index(row, ui::TargetsModel::TargetColumn).data().toString(), QStringLiteral("¥420,000"));
    QCOMPARE(text(view, "currentValueLabel"), QStringLiteral("¥420,000"));
    QCOMPARE(text(view, "originalValueLabel"), QStringLiteral("¥500,000"));
    const qlonglong actual
        = model->index(row, ui::TargetsModel::ActualColumn).data(ui::TargetsModel::SortRole).toLongLong();
    QVERIFY(actual > 0);
    QCOMPARE(text(view, "currentAttainmentLabel"), ui::formatBasisPoints((actual * 10000 + 21'000'000) / 42'000'000));
    QCOMPARE(
        text(view, "currentAttainmentLabel"), model->index(row, ui::TargetsModel::AttainmentColumn).data().toString());
    QCOMPARE(text(view, "originalAttainmentLabel"), ui::formatBasisPoints((actual * 10000 + 25'000'000) / 50'000'000));
    QVERIFY(text(view, "originalAttainmentLabel") != text(view, "currentAttainmentLabel"));

    // The revision is in the view's history section.
    auto *revisions = view->findChild<QTableWidget *>(QStringLiteral("revisionsTableWidget"));
    QVERIFY(revisions && revisions->isVisible());
    QCOMPARE(revisions->rowCount(), 1);
    QCOMPARE(revisions->item(0, ui::RevisionTable::ProposedByColumn)->text(), QStringLiteral("manager1"));
    QCOMPARE(revisions->item(0, ui::RevisionTable::OldValueColumn)->text(), QStringLiteral("¥500,000"));
    QCOMPARE(revisions->item(0, ui::RevisionTable::NewValueColumn)->text(), QStringLiteral("¥420,000"));
    QCOMPARE(revisions->item(0, ui::RevisionTable::ReasonColumn)->text(), QStringLiteral("Resource change"));
    QCOMPARE(revisions->item(0, ui::RevisionTable::ExplanationColumn)->text(), QStringLiteral("Two reps moved"));
    QCOMPARE(revisions->item(0, ui::RevisionTable::StatusColumn)->text(), QStringLiteral("Approved"));
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("revisionsEmptyLabel"))->isVisible());
    // June's team target has no children: no empty breakdown table.
    QVERIFY(!view->findChild<QGroupBox *>(QStringLiteral("childrenGroupBox"))->isVisible());
    QCOMPARE(text(view, "decompositionLabel"), QStringLiteral("Not broken down"));
    screenshot(view, QStringLiteral("target-detail-revised.png"));
}

void TargetDetailDialogTest::childDoubleClickOpensTheChildAndParentLinkGoesBack()
{
    auto page = openPage();
    const QString company = companyId();
    page->showTarget(company);
    ui::TargetDetailDialog *view = viewOf(*page, company);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));

    // Every team target of 2026 is a child, and only those.
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    const int teams = storage::scalar(opened.database->connection(),
        QStringLiteral("SELECT count(*) FROM targets WHERE parent_id = '%1'").arg(company))
                          .toInt();
    QVERIFY(teams >= 2);
    auto *children = view->findChild<QTableView *>(QStringLiteral("childrenTableView"));
    QVERIFY(children && children->isVisible());
    QCOMPARE(children->model()->rowCount(), teams);
    QVERIFY(text(view, "decompositionLabel").startsWith(QStringLiteral("Split into %1 target").arg(teams)));
    const ui::TargetsModel *model = page->model();
    for (int row = 0; row < teams; ++row) {
        const QString id = children->model()->index(row, 0).data(ui::TargetsModel::IdRole).toString();
        const int modelRow = model->rowOf(id);
        QCOMPARE(model->index(modelRow, 0).data(ui::TargetsModel::ScopeKindRole).toString(), QStringLiteral("team"));
        QCOMPARE(children->model()->index(row, ui::TargetsModel::AttainmentColumn).data().toString(),
            model->index(modelRow, ui::TargetsModel::AttainmentColumn).data().toString());
    }
    QVERIFY(children->isColumnHidden(ui::TargetsModel::MetricColumn));
    QVERIFY(!children->isColumnHidden(ui::TargetsModel::StatusColumn));
    auto *parentButton = view->findChild<QPushButton *>(QStringLiteral("parentPushButton"));
    QVERIFY(!parentButton->isEnabled()); // a root

    const QString child = children->model()->index(1, 0).data(ui::TargetsModel::IdRole).toString();
    doubleClickRow(children, 1);
    ui::TargetDetailDialog *childView = viewOf(*page, child);
    QVERIFY(childView);
    QVERIFY(childView != view);
    QCOMPARE(text(childView, "titleLabel"), model->index(model->rowOf(child), 0).data().toString());
    QCOMPARE(text(childView, "currentValueLabel"),
        model->index(model->rowOf(child), ui::TargetsModel::TargetColumn).data().toString());
    // A team's children are its reps.
    const int reps = childView->findChild<QTableView *>(QStringLiteral("childrenTableView"))->model()->rowCount();
    QVERIFY(reps >= 1);

    // Enter on a child opens it as well.
    children->setFocus();
    children->setCurrentIndex(children->model()->index(0, 0));
    QTest::keyClick(children, Qt::Key_Return);
    QVERIFY(viewOf(*page, children->model()->index(0, 0).data(ui::TargetsModel::IdRole).toString()));

    // The child's parent button names the company and leads back to its open view.
    auto *childParent = childView->findChild<QPushButton *>(QStringLiteral("parentPushButton"));
    QVERIFY(childParent->isEnabled());
    QCOMPARE(childParent->text(), QStringLiteral("Company revenue 2026"));
    const auto before = page->findChildren<ui::TargetDetailDialog *>().size();
    childParent->click();
    QCOMPARE(page->findChildren<ui::TargetDetailDialog *>().size(), before);
    screenshot(childView, QStringLiteral("target-detail-team.png"));
}

void TargetDetailDialogTest::buttonsAndShortcutsUseThePagesActions()
{
    auto page = openPage();
    const QString company = companyId();
    page->showTarget(company);
    ui::TargetDetailDialog *view = viewOf(*page, company);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));

    // Revise the company: approving re-spreads its teams, and the view shows both.
    reviseInView(*page, view, 60'000'000.0);
    QCOMPARE(text(view, "currentValueLabel"), QStringLiteral("¥60,000,000"));
    QVERIFY(text(view, "originalValueLabel") != QStringLiteral("¥60,000,000"));
    QCOMPARE(view->findChild<QTableWidget *>(QStringLiteral("revisionsTableWidget"))->rowCount(), 1);
    auto *children = view->findChild<QTableView *>(QStringLiteral("childrenTableView"));
    qlonglong childrenSum = 0;
    for (int row = 0; row < children->model()->rowCount(); ++row)
        childrenSum += children->model()
                           ->index(row, ui::TargetsModel::TargetColumn)
                           .data(ui::TargetsModel::SortRole)
                           .toLongLong();
    QCOMPARE(childrenSum, 6'000'000'000LL);
    screenshot(view, QStringLiteral("target-detail.png"));

    // Decompose… (and Ctrl+D) ask the page, which the main window answers.
    QSignalSpy decompose(page.get(), &ui::TargetsPage::decomposeTarget);
    view->findChild<QPushButton *>(QStringLiteral("decomposePushButton"))->click();
    QCOMPARE(decompose.count(), 1);
    QCOMPARE(decompose.front().front().toString(), company);
    QApplication::setActiveWindow(view);
    QTRY_VERIFY(view->isActiveWindow());
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_D));
    QCOMPARE(decompose.count(), 2);

    // History… (Ctrl+H) opens the list's history dialog with approval, over the view.
    QVERIFY(!view->findChild<ui::RevisionHistoryDialog *>());
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_H));
    auto *history = view->findChild<ui::RevisionHistoryDialog *>();
    QVERIFY(history);
    QCOMPARE(history->findChild<QTableWidget *>(QStringLiteral("revisionsTableWidget"))->rowCount(), 1);
    history->reject();

    // Export CSV… writes the target and its breakdown, in the list's columns.
    const QString path = m_dir.filePath(QStringLiteral("company.csv"));
    QString error;
    QVERIFY2(view->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size() - 1, 1 + 1 + children->model()->rowCount()); // header, target, children; last is empty
    QVERIFY(lines[0].contains("Target,Metric,Scope,Period,Value,Actual,Attainment,Pace,Status"));
    QVERIFY(lines[1].startsWith("Company revenue 2026,"));
}

void TargetDetailDialogTest::chineseViewIsTranslated()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/attain_zh_CN.qm")));
    QApplication::installTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto restore = qScopeGuard([&] {
        QApplication::removeTranslator(&chinese);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    auto page = openPage();
    const QString company = companyId();
    page->showTarget(company);
    ui::TargetDetailDialog *view = viewOf(*page, company);
    QVERIFY(view);
    reviseInView(*page, view, 60'000'000.0);
    QCOMPARE(view->findChild<QGroupBox *>(QStringLiteral("figuresGroupBox"))->title(), QStringLiteral("数据"));
    QCOMPARE(text(view, "originalHeaderLabel"), QStringLiteral("原始目标"));
    QCOMPARE(text(view, "currentHeaderLabel"), QStringLiteral("当前目标"));
    QCOMPARE(view->findChild<QPushButton *>(QStringLiteral("revisePushButton"))->text(), QStringLiteral("调整(&R)…"));
    screenshot(view, QStringLiteral("target-detail-zh.png"));
}

QTEST_MAIN(TargetDetailDialogTest)
#include "TargetDetailDialogTest.moc"
