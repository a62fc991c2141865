#include "app/FeedbackPage.h"

#include "app/CsatSummaryWidget.h"
#include "app/CsatTableModel.h"
#include "app/FeedbackDialog.h"
#include "app/FeedbackFilterModel.h"
#include "app/FeedbackModel.h"
#include "app/ResolveComplaintDialog.h"
#include "app/TableViewCsv.h"
#include "app/ViewHelpers.h"
#include "engine/Period.h"
#include "storage/Database.h"
#include "storage/FeedbackRepository.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace attain::ui {

namespace {

using Preset = FeedbackPage::PeriodPreset;

engine::Date addDays(engine::Date date, int days)
{
    return engine::fromDayNumber(engine::toDayNumber(date) + days);
}

/// The preset's days, ending on `asOf` at the latest (figures "to date", as the dashboard's).
storage::FeedbackPeriod periodOf(Preset preset, engine::Date asOf)
{
    const int year = static_cast<int>(asOf.year());
    const auto month = static_cast<unsigned>(asOf.month());
    const int quarter = static_cast<int>((month - 1) / 3 + 1);
    engine::Period period = engine::Period::month(year, month);
    switch (preset) {
    case Preset::ThisMonth:
        break;
    case Preset::ThisQuarter:
        period = engine::Period::quarter(year, quarter);
        break;
    case Preset::ThisYear:
        period = engine::Period::year(year);
        break;
    case Preset::LastMonth:
        period = month == 1 ? engine::Period::month(year - 1, 12) : engine::Period::month(year, month - 1);
        break;
    case Preset::LastQuarter:
        period = quarter == 1 ? engine::Period::quarter(year - 1, 4) : engine::Period::quarter(year, quarter - 1);
        break;
    case Preset::LastYear:
        period = engine::Period::year(year - 1);
        break;
    case Preset::Last12Months:
        return { addDays(asOf, -364), asOf };
    case Preset::AllDates:
        return { engine::makeDate(1900, 1, 1), asOf };
    }
    return { period.first, std::min(period.last, asOf) };
}

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    attachCsvExport(view, objectName == QLatin1String("byCustomerTableView") ? QStringLiteral("csat-by-customer")
                                                                             : QStringLiteral("csat-by-rep"));
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(CsatTableModel::SortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

} // namespace

FeedbackPage::FeedbackPage(QWidget *parent)
    : QWidget(parent)
    , m_asOf(engine::makeDate(2026, 1, 1))
    , m_undoStack(new QUndoStack(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    m_summary = new CsatSummaryWidget(this);
    m_summary->setObjectName(QStringLiteral("csatSummaryWidget"));
    layout->addWidget(m_summary);
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();
    layout->addWidget(m_noticeLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createBreakdown());
    splitter->addWidget(createList());
    // Wide enough for a customer's name and the three figures without a scroll bar.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 69 * fontMetrics().averageCharWidth(), 140 * fontMetrics().averageCharWidth() });
    layout->addWidget(splitter, 1);

    connect(&m_watcher, &QFutureWatcher<FeedbackData>::finished, this, [this] {
        const QFuture<FeedbackData> future = m_watcher.future();
        if (future.resultCount() > 0 && !future.result().stale)
            showData(future.result());
    });
    updateActions();
}

FeedbackPage::~FeedbackPage()
{
    m_watcher.waitForFinished();
}

QWidget *FeedbackPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *title = new QLabel(tr("Customer feedback"), header);
    makeTitle(title, 1.4);
    m_periodComboBox = new QComboBox(header);
    m_periodComboBox->setObjectName(QStringLiteral("periodComboBox"));
    m_periodComboBox->setAccessibleName(tr("Period"));
    const std::pair<Preset, QString> presets[]
        = { { Preset::ThisMonth, tr("This month") }, { Preset::ThisQuarter, tr("This quarter") },
              { Preset::ThisYear, tr("This year") }, { Preset::LastMonth, tr("Last month") },
              { Preset::LastQuarter, tr("Last quarter") }, { Preset::LastYear, tr("Last year") },
              { Preset::Last12Months, tr("Last 12 months") }, { Preset::AllDates, tr("All dates") } };
    for (const auto &[preset, name] : presets)
        m_periodComboBox->addItem(name, static_cast<int>(preset));
    m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(static_cast<int>(Preset::ThisQuarter)));
    connect(m_periodComboBox, &QComboBox::activated, this, &FeedbackPage::reload);
    auto *periodLabel = new QLabel(tr("&Period:"), header);
    periodLabel->setBuddy(m_periodComboBox);

    // Page-local shortcuts: other pages have undo stacks of their own.
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    m_recordAction = new QAction(tr("Record &Feedback…"), this);
    m_recordAction->setObjectName(QStringLiteral("recordFeedbackAction"));
    m_recordAction->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    connect(m_recordAction, &QAction::triggered, this, &FeedbackPage::recordFeedback);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addStretch();
    layout->addWidget(periodLabel);
    layout->addWidget(m_periodComboBox);
    for (QAction *action : { undo, redo, m_recordAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(header);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    m_recordAction->setShortcutContext(Qt::WindowShortcut);
    return header;
}

QWidget *FeedbackPage::createBreakdown()
{
    m_breakdownTabs = new QTabWidget(this);
    m_breakdownTabs->setObjectName(QStringLiteral("breakdownTabWidget"));
    m_customerModel = new CsatTableModel(tr("Customer"), this);
    m_repModel = new CsatTableModel(tr("Rep"), this);
    m_customerView = makeTable(m_customerModel, QStringLiteral("byCustomerTableView"), m_breakdownTabs);
    m_repView = makeTable(m_repModel, QStringLiteral("byRepTableView"), m_breakdownTabs);
    // The least satisfied customers first: those are the ones to call.
    m_customerView->sortByColumn(CsatTableModel::CsatColumn, Qt::AscendingOrder);
    m_repView->sortByColumn(CsatTableModel::NameColumn, Qt::AscendingOrder);
    m_breakdownTabs->addTab(m_customerView, tr("By customer"));
    m_breakdownTabs->addTab(m_repView, tr("By rep"));
    for (QTableView *view : { m_customerView, m_repView })
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedbackPage::showBreakdownSelection);
    connect(m_breakdownTabs, &QTabWidget::currentChanged, this, &FeedbackPage::showBreakdownSelection);
    return m_breakdownTabs;
}

QWidget *FeedbackPage::createList()
{
    auto *list = new QWidget(this);
    m_searchLineEdit = new QLineEdit(list);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search customer, rep, notes…"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_complaintsCheckBox = new QCheckBox(tr("&Complaints only"), list);
    m_complaintsCheckBox->setObjectName(QStringLiteral("complaintsOnlyCheckBox"));
    m_openCheckBox = new QCheckBox(tr("&Open complaints only"), list);
    m_openCheckBox->setObjectName(QStringLiteral("openOnlyCheckBox"));
    m_showingLabel = new QLabel(list);
    m_showingLabel->setObjectName(QStringLiteral("showingLabel"));
    m_showAllButton = new QPushButton(tr("Show &All"), list);
    m_showAllButton->setObjectName(QStringLiteral("showAllPushButton"));

    m_model = new FeedbackModel(this);
    m_proxy = new FeedbackFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_tableView = new QTableView(list);
    m_tableView->setObjectName(QStringLiteral("feedbackTableView"));
    attachCsvExport(m_tableView, QStringLiteral("feedback"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(FeedbackModel::DateColumn, Qt::DescendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(FeedbackModel::NotesColumn, QHeaderView::Stretch);
    m_tableView->horizontalHeader()->setSectionResizeMode(FeedbackModel::ResolutionColumn, QHeaderView::Stretch);
    // A menu of its own: the view also holds onOpen()'s Enter action, which has no text.
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);

    const auto makeAction
        = [&](const QString &text, const QString &name, const QKeySequence &key, void (FeedbackPage::*slot)()) {
              auto *action = new QAction(text, m_tableView);
              action->setObjectName(name);
              action->setShortcut(key);
              action->setShortcutContext(Qt::WidgetShortcut);
              connect(action, &QAction::triggered, this, slot);
              m_tableView->addAction(action);
              return action;
          };
    m_editAction = makeAction(
        tr("&Edit…"), QStringLiteral("editFeedbackAction"), QKeySequence(Qt::Key_F2), &FeedbackPage::editSelected);
    m_resolveAction = makeAction(tr("&Resolve…"), QStringLiteral("resolveComplaintAction"), QKeySequence(tr("Ctrl+R")),
        &FeedbackPage::resolveSelected);
    m_reopenAction
        = makeAction(tr("Re&open"), QStringLiteral("reopenComplaintAction"), {}, &FeedbackPage::reopenSelected);
    m_deleteAction = makeAction(
        tr("&Delete"), QStringLiteral("deleteFeedbackAction"), QKeySequence::Delete, &FeedbackPage::deleteSelected);
    onOpen(m_tableView, [this](const QModelIndex &) { editSelected(); });
    connect(m_tableView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addActions({ m_editAction, m_resolveAction, m_reopenAction, m_deleteAction });
        menu.addSeparator();
        menu.addAction(csvExportAction(m_tableView));
        menu.exec(m_tableView->viewport()->mapToGlobal(position));
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedbackPage::updateActions);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_complaintsCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setComplaintsOnly(on);
        updateCount();
    });
    connect(m_openCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOpenOnly(on);
        updateCount();
    });
    connect(m_showAllButton, &QPushButton::clicked, this, [this] {
        for (QTableView *view : { m_customerView, m_repView }) {
            view->selectionModel()->clear();
        }
        showBreakdownSelection();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLineEdit, 1);
    filters->addWidget(m_complaintsCheckBox);
    filters->addWidget(m_openCheckBox);
    auto *showing = new QHBoxLayout;
    showing->addWidget(m_showingLabel, 1);
    showing->addWidget(m_showAllButton);
    // The selected record's notes and resolution in full: the columns cut long ones.
    m_detailLabel = new QLabel(list);
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : { m_editAction, m_resolveAction, m_reopenAction, m_deleteAction }) {
        auto *button = new QToolButton(list);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(showing);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_detailLabel);
    layout->addLayout(buttons);
    return list;
}

storage::FeedbackPeriod FeedbackPage::period() const
{
    return periodOf(static_cast<Preset>(m_periodComboBox->currentData().toInt()), m_asOf);
}

} // namespace attain::ui
