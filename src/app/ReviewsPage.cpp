#include "app/ReviewsPage.h"

#include "app/ActionItemsModel.h"
#include "app/ReviewBriefing.h"
#include "app/ReviewBriefingWidget.h"
#include "app/ReviewDetailWidget.h"
#include "app/ReviewListModel.h"
#include "app/ReviewText.h"
#include "app/TableViewCsv.h"
#include "app/ViewHelpers.h"
#include "storage/Database.h"
#include "storage/ReviewTemplates.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace attain::ui {

ReviewsPage::ReviewsPage(storage::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_actor(std::move(actor))
    , m_filter(new QComboBox(this))
    , m_listView(new QTableView(this))
    , m_noticeLabel(new QLabel(this))
    , m_listModel(new ReviewListModel(this))
    , m_items(new ActionItemsModel(false, this))
    , m_carried(new ActionItemsModel(true, this))
    , m_detailWidget(new ReviewDetailWidget(m_items, m_carried, this))
    , m_undo(new QUndoStack(this))
    , m_saveTimer(new QTimer(this))
{
    const QDate today = QDate::currentDate();
    m_asOf = engine::makeDate(today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    m_filter->setObjectName(QStringLiteral("reviewFilterComboBox"));
    m_filter->setAccessibleName(tr("Show reviews for"));
    m_listView->setObjectName(QStringLiteral("reviewListView"));
    attachCsvExport(m_listView, QStringLiteral("reviews"));
    m_listView->setModel(m_listModel);
    m_listView->verticalHeader()->hide();
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setWordWrap(false);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(ReviewListModel::ScopeColumn, QHeaderView::Stretch);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setObjectName(QStringLiteral("reviewNoticeLabel"));
    m_noticeLabel->hide();

    auto *title = new QLabel(tr("Reviews"), this);
    makeTitle(title, 1.4);
    auto *newButton = new QPushButton(tr("New Review…"), this);
    newButton->setObjectName(QStringLiteral("newReviewButton"));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    titleRow->addWidget(newButton);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    leftLayout->addLayout(titleRow);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_listView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detailWidget);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    splitter->setSizes({ fontMetrics().averageCharWidth() * 56, fontMetrics().averageCharWidth() * 120 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(splitter, 1);

    // Undo and redo on the page (text editors keep their own while typing).
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);

    // A rep changes only the status of their own items (the actor is read when asked).
    const auto editable = [this](const storage::ActionItem &item, int column) {
        return m_actor.isManager() || (column == ActionItemsModel::StatusColumn && item.ownerRepId == m_actor.repId);
    };
    m_items->setEditable(editable);
    m_carried->setEditable(editable);
    const ReviewDetailWidget *d = m_detailWidget;
    connect(newButton, &QPushButton::clicked, this, &ReviewsPage::newReview);
    connect(d->markHeldButton, &QPushButton::clicked, this, &ReviewsPage::markHeld);
    connect(d->scheduleNextButton, &QPushButton::clicked, this, &ReviewsPage::scheduleNext);
    connect(d->deleteReviewButton, &QPushButton::clicked, this, &ReviewsPage::deleteReview);
    connect(d->addItemButton, &QPushButton::clicked, this, &ReviewsPage::addActionItem);
    connect(d->closeItemButton, &QPushButton::clicked, this, [this] { closeActionItem(false); });
    connect(d->closeCarriedButton, &QPushButton::clicked, this, [this] { closeActionItem(true); });
    connect(d->deleteItemButton, &QPushButton::clicked, this, &ReviewsPage::deleteActionItem);
    for (ActionItemsModel *model : { m_items, m_carried })
        connect(model, &ActionItemsModel::editRequested, this,
            [this](const storage::ActionItem &before, const storage::ActionItem &after) {
                m_undo->push(new EditActionItemCommand(*this, before, after));
            });
    for (QTableView *view : { d->itemsView, d->carriedView })
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewsPage::updateActions);
    // Notes and decisions are saved a moment after typing stops, and when the editor is left.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1500);
    connect(m_saveTimer, &QTimer::timeout, this, &ReviewsPage::saveTexts);
    for (QPlainTextEdit *edit : { d->notesEdit, d->decisionsEdit }) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_fillingTexts)
                m_saveTimer->start();
        });
        edit->installEventFilter(this);
    }
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewsPage::applyFilter);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty() && (!m_detail.review || m_detail.review->id != id))
            loadDetail(id);
    });
    connect(&m_listWatcher, &QFutureWatcher<ReviewListData>::finished, this, [this] {
        const QFuture<ReviewListData> future = m_listWatcher.future();
        if (future.resultCount() > 0 && !future.result().stale)
            showList(future.result());
    });
    connect(&m_detailWatcher, &QFutureWatcher<ReviewDetailData>::finished, this, [this] {
        const QFuture<ReviewDetailData> future = m_detailWatcher.future();
        if (future.resultCount() > 0 && !future.result().stale)
            showDetail(future.result());
    });
    setTabOrder(newButton, m_filter);
    setTabOrder(m_filter, m_listView);
    setTabOrder(m_listView, d->markHeldButton);
    updateActions();
}

ReviewsPage::~ReviewsPage()
{
    m_listWatcher.waitForFinished();
    m_detailWatcher.waitForFinished();
    // Commands refer to this page; drop them before it goes.
    m_undo->clear();
}

void ReviewsPage::setActor(const storage::Actor &actor)
{
    saveTexts();
    m_actor = actor;
    m_undo->clear();
    if (!m_path.isEmpty())
        reload();
}

void ReviewsPage::setDatabasePath(const QString &path)
{
    saveTexts();
    m_path = path;
    // The previous file's targets until the targets list has loaded this one.
    m_targets = {};
    m_targetsLoading = true;
    m_commandDatabase.reset();
    m_undo->clear();
    m_detail = {};
    m_list = {};
    m_listModel->setReviews({});
    showDetail({});
    if (!path.isEmpty())
        reload();
}

void ReviewsPage::setAsOf(engine::Date asOf)
{
    m_asOf = asOf;
    m_items->setAsOf(asOf);
    m_carried->setAsOf(asOf);
    updateItemTitles();
}

void ReviewsPage::setTargets(const TargetsData &targets, bool loading)
{
    m_targets = targets;
    m_targetsLoading = loading;
    showBriefing();
}

void ReviewsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown)
        reload();
}

void ReviewsPage::reload()
{
    // A hidden page loads when it is shown: opening a file, the dashboard has the cores, and a
    // file open followed by the actor would otherwise load the list twice.
    m_reloadWhenShown = !isVisible();
    if (m_reloadWhenShown)
        return;
    const quint64 generation = ++*m_generation;
    m_listWatcher.setFuture(QtConcurrent::run([path = m_path, actor = m_actor, generation, latest = m_generation] {
        ReviewListData data = loadReviewList(path, actor);
        data.stale = generation != latest->load();
        return data;
    }));
}

void ReviewsPage::selectReview(const QString &reviewId)
{
    m_wanted = reviewId;
    applyFilter();
}

void ReviewsPage::showList(ReviewListData data)
{
    m_list = std::move(data);
    m_noticeLabel->setText(m_list.error.isEmpty() ? QString() : tr("Could not load the reviews: %1").arg(m_list.error));
    m_noticeLabel->setVisible(!m_list.error.isEmpty());
    fillFilter();
    applyFilter();
    Q_EMIT listLoaded();
}

void ReviewsPage::fillFilter()
{
    const QString current = m_filter->currentData().toString();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All reviews"), QStringLiteral("*"));
    m_filter->addItem(tr("Company"), QStringLiteral("company"));
    for (const storage::OrganisationUnit &team : m_list.teams)
        m_filter->addItem(tr("Team %1").arg(team.name), QString(QStringLiteral("team:") + team.id));
    for (const storage::OrganisationUnit &rep : m_list.reps)
        m_filter->addItem(tr("One-on-ones with %1").arg(rep.name), QString(QStringLiteral("rep:") + rep.id));
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
}

void ReviewsPage::applyFilter()
{
    const QString filter = m_filter->currentData().toString();
    const QString keep = m_wanted.isEmpty() ? selectedId() : m_wanted;
    std::vector<storage::Review> shown;
    for (const storage::Review &review : m_list.reviews) {
        const bool match = filter == QLatin1String("*") || m_filter->currentIndex() < 0
            || (filter == QLatin1String("company") && review.scope.isCompany())
            || (filter.startsWith(QLatin1String("team:")) && review.scope.isTeam()
                && filter.mid(5) == review.scope.teamId)
            || (filter.startsWith(QLatin1String("rep:")) && filter.mid(4) == review.scope.repId);
        if (match || review.id == m_wanted)
            shown.push_back(review);
    }
    m_listModel->setReviews(std::move(shown));
    int row = m_listModel->rowOf(keep);
    if (row < 0 && m_listModel->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        m_listView->setCurrentIndex(m_listModel->index(row, 0));
        m_listView->scrollTo(m_listModel->index(row, 0));
        const QString id = selectedId();
        // Reload it even when it is the same review: the list reloads after changes.
        if (!m_wanted.isEmpty() || !m_detail.review || m_detail.review->id != id)
            loadDetail(id);
    } else {
        showDetail({});
    }
    if (m_listModel->rowOf(m_wanted) >= 0)
        m_wanted.clear();
}

QString ReviewsPage::selectedId() const
{
    return m_listView->currentIndex().data(ReviewListModel::IdRole).toString();
}

void ReviewsPage::loadDetail(const QString &reviewId)
{
    saveTexts();
    const quint64 generation = ++*m_detailGeneration;
    m_detailWatcher.setFuture(QtConcurrent::run(
        [path = m_path, reviewId, actor = m_actor, asOf = m_asOf, generation, latest = m_detailGeneration] {
            ReviewDetailData data = loadReviewDetail(path, reviewId, actor, asOf);
            data.stale = generation != latest->load();
            return data;
        }));
}

void ReviewsPage::showDetail(ReviewDetailData data)
{
    const bool other = !m_detail.review || !data.review || m_detail.review->id != data.review->id;
    m_detail = std::move(data);
    if (other)
        m_undo->clear(); // undo works within the review being edited
    if (!m_detail.error.isEmpty())
        showError(m_detail.error);
    m_detailWidget->setReviewShown(m_detail.review.has_value());
    m_items->setAsOf(m_asOf);
    m_carried->setAsOf(m_asOf);
    m_items->setItems(m_detail.items);
    m_carried->setCarried(m_detail.carried);
    showHeader();
    showBriefing();
    m_fillingTexts = true;
    m_detailWidget->notesEdit->setPlainText(m_detail.review ? m_detail.review->notes : QString());
    m_detailWidget->decisionsEdit->setPlainText(m_detail.review ? m_detail.review->decisions : QString());
    m_fillingTexts = false;
    updateItemTitles();
    updateActions();
    Q_EMIT reviewLoaded();
}

} // namespace attain::ui
