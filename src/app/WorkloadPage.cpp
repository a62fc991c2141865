#include "app/WorkloadPage.h"

#include "app/ActivityScatterWidget.h"
#include "app/SalesSnapshot.h"
#include "app/TableViewCsv.h"
#include "app/ViewHelpers.h"
#include "app/WorkloadDelegate.h"
#include "app/WorkloadModel.h"
#include "app/WorkloadNormsDialog.h"
#include "app/WorkloadResultsPanel.h"
#include "app/WorkloadSummary.h"
#include "app/WorkloadText.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace attain::ui {

/// One change of the norms: redo writes the new ones, undo the old ones back.
class NormsCommand final : public QUndoCommand
{
public:
    NormsCommand(WorkloadPage &page, engine::WorkloadNorms before, engine::WorkloadNorms after)
        : QUndoCommand(WorkloadPage::tr("Change Workload Norms"))
        , m_page(page)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void redo() override
    {
        // The first redo runs as the command is pushed, after applyNorms has written.
        if (m_written)
            m_page.writeNorms(m_after);
        m_written = true;
        m_page.reload();
    }
    void undo() override
    {
        m_page.writeNorms(m_before);
        m_page.reload();
    }

private:
    WorkloadPage &m_page;
    engine::WorkloadNorms m_before, m_after;
    bool m_written = false;
};

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

WorkloadPage::WorkloadPage(QWidget *parent)
    : QWidget(parent)
    , m_teamComboBox(new QComboBox(this))
    , m_weeksComboBox(new QComboBox(this))
    , m_showComboBox(new QComboBox(this))
    , m_normsButton(new QPushButton(tr("&Norms…"), this))
    , m_rangeLabel(new QLabel(this))
    , m_summary(new WorkloadSummary(this))
    , m_tableView(new QTableView(this))
    , m_model(new WorkloadModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_resultsPanel(new WorkloadResultsPanel(this))
    , m_undoStack(new QUndoStack(this))
{
    const QDate today = QDate::currentDate();
    m_asOf = engine::makeDate(today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    auto *title = new QLabel(tr("Workload and Balance"), this);
    makeTitle(title, 1.4);

    m_teamComboBox->setObjectName(QStringLiteral("workloadTeamComboBox"));
    m_teamComboBox->addItem(tr("All teams"), QString());
    m_teamComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_weeksComboBox->setObjectName(QStringLiteral("workloadWeeksComboBox"));
    for (const int weeks : {4, 8, 13})
        m_weeksComboBox->addItem(tr("Last %n week(s)", nullptr, weeks), weeks);
    m_weeksComboBox->setCurrentIndex(1);
    m_showComboBox->setObjectName(QStringLiteral("workloadShowComboBox"));
    m_showComboBox->addItem(tr("Activities and hours"), static_cast<int>(WorkloadModel::CellText::CountAndHours));
    m_showComboBox->addItem(tr("Hours"), static_cast<int>(WorkloadModel::CellText::Hours));
    m_showComboBox->addItem(tr("Activities"), static_cast<int>(WorkloadModel::CellText::Count));
    m_normsButton->setObjectName(QStringLiteral("workloadNormsButton"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(buddyLabel(tr("&Team:"), m_teamComboBox, this));
    header->addWidget(m_teamComboBox);
    header->addWidget(buddyLabel(tr("&Weeks:"), m_weeksComboBox, this));
    header->addWidget(m_weeksComboBox);
    header->addWidget(buddyLabel(tr("&Show:"), m_showComboBox, this));
    header->addWidget(m_showComboBox);
    header->addWidget(m_normsButton);

    m_rangeLabel->setObjectName(QStringLiteral("workloadRangeLabel"));
    m_rangeLabel->setWordWrap(true);
    m_rangeLabel->setForegroundRole(QPalette::PlaceholderText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkloadModel::SortRole);
    m_tableView->setObjectName(QStringLiteral("workloadTableView"));
    attachCsvExport(m_tableView, QStringLiteral("workload"));
    m_tableView->setModel(m_proxy);
    m_tableView->setItemDelegate(new WorkloadDelegate(m_tableView));
    m_tableView->setSortingEnabled(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAccessibleName(tr("Workload per rep and week"));
    m_tableView->setWordWrap(false);
    // Compact rows: a team of twelve fits above the chart on a laptop screen.
    m_tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);


    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_rangeLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_tableView);
    layout->addWidget(m_resultsPanel);
    // Room the grid and the chart do not need stays below them, not between them.
    layout->addStretch(1);

    auto *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);

    connect(&m_watcher, &QFutureWatcher<WorkloadData>::finished, this, [this] {
        const QFuture<WorkloadData> future = m_watcher.future();
        if (future.resultCount() > 0 && !future.result().stale)
            showData(future.result());
    });
    connect(m_teamComboBox, &QComboBox::activated, this, &WorkloadPage::reload);
    connect(m_weeksComboBox, &QComboBox::activated, this, &WorkloadPage::reload);
    connect(m_showComboBox, &QComboBox::activated, this, [this] {
        m_model->setCellText(static_cast<WorkloadModel::CellText>(m_showComboBox->currentData().toInt()));
        fitTable();
    });
    connect(m_normsButton, &QPushButton::clicked, this, &WorkloadPage::editNorms);
    // "Opening" a rep from the chart selects their row in the grid.
    connect(m_resultsPanel->scatter(), &ActivityScatterWidget::repActivated, this, [this](const QString &repId) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (QString::fromStdString(m_model->repAt(row).rep.id) == repId) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                m_tableView->setCurrentIndex(index);
                m_tableView->scrollTo(index);
                m_tableView->setFocus();
            }
    });
    connect(m_tableView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] { m_userSorted = true; });
    setActor(storage::Actor {});
}

WorkloadPage::~WorkloadPage()
{
    m_watcher.waitForFinished();
}

void WorkloadPage::setDatabasePath(const QString &path)
{
    m_path = path;
    m_undoStack->clear();
    m_model->setResult({});
    m_summary->clear();
    m_data = {};
    m_dirty = true;
    if (isVisible())
        reload();
}

void WorkloadPage::setActor(const storage::Actor &actor)
{
    m_actor = actor;
    const bool manager = actor.isManager();
    m_normsButton->setEnabled(manager);
    m_normsButton->setToolTip(manager ? tr("Edit the weekly norms the load is measured against")
                                      : tr("Only a manager can change the norms."));
    m_teamComboBox->setEnabled(manager);
    m_dirty = true;
    if (isVisible() && !m_path.isEmpty())
        reload();
}

void WorkloadPage::setAsOf(engine::Date asOf)
{
    m_asOf = asOf;
    m_dirty = true;
}

void WorkloadPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void WorkloadPage::reload()
{
    m_dirty = false;
    if (m_path.isEmpty())
        return;
    load();
}

void WorkloadPage::load()
{
    storage::WorkloadRequest request;
    request.teamId = m_teamComboBox->currentData().toString();
    request.weeks = engine::isoWeeksEnding(m_asOf, m_weeksComboBox->currentData().toInt());
    request.currency = reportingCurrency();
    m_rangeLabel->setText(tr("Loading…"));
    const quint64 generation = ++*m_generation;
    // The task captures only values and the shared counter, never `this`.
    m_watcher.setFuture(QtConcurrent::run([path = m_path, request, asOf = m_asOf, repId = m_actor.repId, generation,
                                           latest = m_generation]() {
        WorkloadData data = loadWorkload(path, request, asOf, repId);
        data.stale = generation != latest->load();
        return data;
    }));
}

void WorkloadPage::fillTeams(const std::vector<storage::DashboardMember> &teams)
{
    const QSignalBlocker blocker(m_teamComboBox);
    const QString current = m_data.request.teamId;
    while (m_teamComboBox->count() > 1)
        m_teamComboBox->removeItem(1);
    for (const storage::DashboardMember &team : teams)
        m_teamComboBox->addItem(team.name, team.id);
    m_teamComboBox->setCurrentIndex(std::max(0, m_teamComboBox->findData(current)));
}

void WorkloadPage::showData(const WorkloadData &data)
{
    if (!data.error.isEmpty()) {
        m_rangeLabel->setText(tr("Could not load the workload: %1").arg(data.error));
        Q_EMIT loaded();
        return;
    }
    m_data = data;
    fillTeams(data.teams);
    const bool repMode = !data.repId.isEmpty();
    m_model->setResult(data.result, data.repId);
    m_summary->setResult(data.result, repMode);
    m_resultsPanel->setVisible(!repMode);
    if (!repMode)
        m_resultsPanel->setData(data);

    const auto &weeks = data.result.weeks;
    const engine::WorkloadNorm &norm = data.norms.total;
    const QString normText = norm.weeklyCount == 0 && norm.weeklyMinutes == 0
                                 ? tr("no norm set")
                                 : tr("norm %1 activities and %2 a week")
                                       .arg(norm.weeklyCount)
                                       .arg(formatHours(static_cast<double>(norm.weeklyMinutes)));
    if (!weeks.empty())
        m_rangeLabel->setText(
            tr("Weeks %1 to %2 (%3 – %4), as of %5; %6. Load is logged time against the norm (a partly worked week "
               "against its part).")
                .arg(weeks.front().week)
                .arg(weeks.back().week)
                .arg(QString::fromStdString(engine::toIsoString(engine::mondayOf(weeks.front()))),
                     QString::fromStdString(engine::toIsoString(engine::addDays(engine::mondayOf(weeks.back()), 6))),
                     QString::fromStdString(engine::toIsoString(data.asOf)), normText));
    // The most loaded first; the weeks range changes the columns, so the load column moves.
    if (!m_userSorted || m_tableView->horizontalHeader()->sortIndicatorSection() >= m_model->columnCount())
        m_tableView->sortByColumn(m_model->loadColumn(), Qt::DescendingOrder);
    fitTable();
    Q_EMIT loaded();
}

void WorkloadPage::fitTable()
{
    m_tableView->resizeColumnsToContents();
    QHeaderView *header = m_tableView->horizontalHeader();
    // Spare width goes to the week columns, so the grid spans the page without a blank strip;
    // room is kept for the vertical scroll bar, which appears when the team does not fit.
    const int weeks = m_model->weekCount();
    const int spare = m_tableView->width() - 2 * m_tableView->frameWidth()
                      - m_tableView->verticalScrollBar()->sizeHint().width() - header->length();
    if (weeks > 0 && spare > 0)
        for (int column = m_model->firstWeekColumn(); column < m_model->meanHoursColumn(); ++column)
            header->resizeSection(column, header->sectionSize(column) + spare / weeks);
    // As tall as its rows up to 60 % of the page, so that the chart below gets the rest.
    const int rowHeight = m_tableView->verticalHeader()->defaultSectionSize();
    const int rows = std::max(m_proxy->rowCount(), 3);
    const int wanted = header->sizeHint().height() + 2 * m_tableView->frameWidth() + rows * rowHeight + 2;
    m_tableView->setFixedHeight(std::max(std::min(wanted, height() * 3 / 5), 4 * rowHeight));
    layout()->activate();
}

void WorkloadPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_model->rowCount() > 0)
        fitTable();
}

void WorkloadPage::editNorms()
{
    if (!m_actor.isManager() || m_path.isEmpty())
        return;
    WorkloadNormsDialog dialog(m_data.norms, this);
    if (dialog.exec() == QDialog::Accepted)
        applyNorms(dialog.norms());
}

bool WorkloadPage::applyNorms(const engine::WorkloadNorms &norms)
{
    const engine::WorkloadNorms before = m_data.norms;
    if (!writeNorms(norms))
        return false;
    m_data.norms = norms;
    m_undoStack->push(new NormsCommand(*this, before, norms));
    return true;
}

bool WorkloadPage::writeNorms(const engine::WorkloadNorms &norms)
{
    auto opened = storage::Database::open(m_path, storage::Database::Mode::OpenExisting);
    QString error = opened.message;
    if (opened.database) {
        try {
            storage::WorkloadRepository(opened.database->connection()).setNorms(norms, m_actor);
            return true;
        } catch (const storage::StorageError &failure) {
            error = failure.message();
        }
    }
    QMessageBox::warning(this, tr("Workload Norms"), tr("The norms were not changed: %1").arg(error));
    return false;
}

} // namespace attain::ui
