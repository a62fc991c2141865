#include "app/TargetsPage.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "app/MetricFormat.h"
#include "app/RevisionDialog.h"
#include "app/RevisionHistoryDialog.h"
#include "app/TableViewCsv.h"
#include "app/TargetDetailDialog.h"
#include "app/TargetsCsv.h"
#include "app/TargetsFilterModel.h"
#include "app/TargetsModel.h"
#include "app/ViewHelpers.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TargetRepository.h"

namespace attain::ui {

namespace {

engine::Date today()
{
    const QDate date = QDate::currentDate();
    return engine::makeDate(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TargetsPage::TargetsPage(storage::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_actor(std::move(actor))
    , m_asOf(today())
    , m_asOfLabel(new QLabel(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_periodLineEdit(new QLineEdit(this))
    , m_scopeComboBox(new QComboBox(this))
    , m_statusComboBox(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
    , m_tableView(new QTableView(this))
    , m_model(new TargetsModel(this))
    , m_proxy(new TargetsFilterModel(this))
    , m_reviseAction(new QAction(tr("&Revise…"), this))
    , m_decomposeAction(new QAction(tr("&Decompose…"), this))
    , m_historyAction(new QAction(tr("&History…"), this))
    , m_exportAction(new QAction(tr("&Export CSV…"), this))
    , m_lockAction(new QAction(tr("&Lock"), this))
{
    auto *title = new QLabel(tr("Targets"), this);
    makeTitle(title, 1.4);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_asOfLabel);

    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search title, metric or scope"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setAccessibleName(tr("Search"));
    m_periodLineEdit->setObjectName(QStringLiteral("periodLineEdit"));
    m_periodLineEdit->setPlaceholderText(tr("e.g. 2026 or 2026Q3"));
    m_periodLineEdit->setClearButtonEnabled(true);
    // Wide enough for its hint and a custom range, leaving the space to the search box.
    m_periodLineEdit->setFixedWidth(
        fontMetrics().horizontalAdvance(m_periodLineEdit->placeholderText()) + 8 * fontMetrics().averageCharWidth());
    m_scopeComboBox->setObjectName(QStringLiteral("scopeComboBox"));
    m_scopeComboBox->addItem(tr("All scopes"), QString());
    for (const char *kind :
        { "company", "team", "rep", "channel", "product_line", "region", "customer", "customer_group" })
        m_scopeComboBox->addItem(scopeKindName(QLatin1String(kind)), QLatin1String(kind));
    m_statusComboBox->setObjectName(QStringLiteral("statusComboBox"));
    m_statusComboBox->addItem(tr("All statuses"), -1);
    for (const auto status : { engine::Status::Ahead, engine::Status::OnTrack, engine::Status::AtRisk,
             engine::Status::OffTrack, engine::Status::NotStarted, engine::Status::Finished, engine::Status::NoData })
        m_statusComboBox->addItem(statusName(status), static_cast<int>(status));

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("&Search:"), m_searchLineEdit, this));
    filters->addWidget(m_searchLineEdit, 1);
    filters->addWidget(buddyLabel(tr("&Period:"), m_periodLineEdit, this));
    filters->addWidget(m_periodLineEdit);
    filters->addWidget(buddyLabel(tr("S&cope:"), m_scopeComboBox, this));
    filters->addWidget(m_scopeComboBox);
    filters->addWidget(buddyLabel(tr("S&tatus:"), m_statusComboBox, this));
    filters->addWidget(m_statusComboBox);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    m_proxy->setSourceModel(m_model);
    m_tableView->setObjectName(QStringLiteral("targetsTableView"));
    attachCsvExport(m_tableView, QStringLiteral("targets"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(TargetsModel::StatusColumn, Qt::AscendingOrder); // most urgent first
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(TargetsModel::TitleColumn, QHeaderView::Stretch);
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);

    // Shortcuts work while the table has focus; the context menu shows them.
    m_reviseAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_decomposeAction->setShortcut(Qt::CTRL | Qt::Key_D);
    m_decomposeAction->setObjectName(QStringLiteral("decomposeAction"));
    m_reviseAction->setObjectName(QStringLiteral("reviseAction"));
    m_historyAction->setShortcut(Qt::CTRL | Qt::Key_H);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_lockAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    for (QAction *action : { m_reviseAction, m_decomposeAction, m_historyAction, m_exportAction, m_lockAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setShortcutVisibleInContextMenu(true);
        addAction(action);
    }
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, m_searchLineEdit, [this] {
        m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchLineEdit->selectAll();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_countLabel);
    setTabOrder(m_searchLineEdit, m_periodLineEdit);
    setTabOrder(m_periodLineEdit, m_scopeComboBox);
    setTabOrder(m_scopeComboBox, m_statusComboBox);
    setTabOrder(m_statusComboBox, m_tableView);

    connect(&m_watcher, &QFutureWatcher<TargetsData>::finished, this, [this] {
        const QFuture<TargetsData> future = m_watcher.future();
        if (future.resultCount() > 0 && !future.result().stale)
            showData(future.result());
    });
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_periodLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setPeriodText(text);
        updateCount();
    });
    connect(m_scopeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setScopeKind(m_scopeComboBox->currentData().toString());
        updateCount();
    });
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusComboBox->currentData().toInt();
        m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(static_cast<engine::Status>(status)));
        updateCount();
    });
    // Double-click and Enter open a target.
    onOpen(m_tableView,
        [this](const QModelIndex &index) { Q_EMIT openTarget(index.data(TargetsModel::IdRole).toString()); });
    connect(this, &TargetsPage::openTarget, this, [this](const QString &id) { showTarget(id); });
    connect(m_tableView, &QTableView::customContextMenuRequested, this, &TargetsPage::showContextMenu);
    connect(m_decomposeAction, &QAction::triggered, this, [this] {
        if (const QString id = currentTargetId(); !id.isEmpty())
            Q_EMIT decomposeTarget(id);
    });
    connect(m_reviseAction, &QAction::triggered, this, [this] {
        if (const QString id = currentTargetId(); !id.isEmpty())
            reviseTarget(id);
    });
    connect(m_historyAction, &QAction::triggered, this, [this] {
        if (const QString id = currentTargetId(); !id.isEmpty())
            showHistory(id);
    });
    connect(m_exportAction, &QAction::triggered, this, &TargetsPage::exportWithDialog);
    connect(m_lockAction, &QAction::triggered, this, [this] {
        if (const TargetRow *row = m_model->row(m_model->rowOf(currentTargetId())))
            setLocked(QString::fromStdString(row->stored.target.id), !row->stored.locked);
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TargetsPage::updateRowActions);
    updateCount();
}

TargetsPage::~TargetsPage()
{
    m_watcher.waitForFinished();
    closeDialogs();
}

void TargetsPage::closeDialogs()
{
    // Open dialogs hold repositories on m_commandDatabase's connection: they go first.
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(dialogs);
}

void TargetsPage::setDatabasePath(const QString &path)
{
    m_path = path;
    closeDialogs();
    m_commandDatabase.reset();
    m_model->setData({});
    updateCount();
    if (!path.isEmpty())
        reload();
}

void TargetsPage::setAsOf(engine::Date asOf)
{
    m_asOf = asOf;
    if (!m_path.isEmpty())
        reload();
}

void TargetsPage::reload()
{
    m_asOfLabel->setText(tr("As of %1").arg(QString::fromStdString(engine::toIsoString(m_asOf))));
    m_countLabel->setText(tr("Loading…"));
    const quint64 generation = ++*m_generation;
    // A newer request supersedes an older one still running: its result is dropped. The task
    // captures only values and the shared counter, never `this`.
    m_watcher.setFuture(QtConcurrent::run([path = m_path, asOf = m_asOf, generation, latest = m_generation]() {
        TargetsData data = loadTargets(path, asOf, reportingCurrency());
        data.stale = generation != latest->load();
        return data;
    }));
}

void TargetsPage::showData(TargetsData data)
{
    const QString selected = currentTargetId();
    const QString message = !data.error.isEmpty() ? tr("Could not load the targets: %1").arg(data.error) : data.notice;
    m_noticeLabel->setText(message);
    m_noticeLabel->setVisible(!message.isEmpty());
    m_model->setData(std::move(data));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    updateCount();
    updateRowActions();
    Q_EMIT loaded();
}

void TargetsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_path.isEmpty())
        m_countLabel->clear();
    else if (total == 0)
        m_countLabel->setText(tr("This database has no targets yet."));
    else if (shown == total)
        m_countLabel->setText(tr("%n target(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %n target(s) shown", nullptr, total).arg(shown));
    m_historyAction->setEnabled(total > 0);
    m_exportAction->setEnabled(shown > 0);
}

void TargetsPage::updateRowActions()
{
    // Actions the current person may not take are disabled, with the reason as their tooltip,
    // rather than offered and refused after a click.
    const QModelIndex index = m_tableView->currentIndex();
    const TargetRow *row = index.isValid() ? m_model->row(m_proxy->mapToSource(index).row()) : nullptr;
    const TargetRights rights = row ? rightsFor(*row) : TargetRights {};
    m_reviseAction->setEnabled(rights.revise);
    m_reviseAction->setToolTip(rights.reviseWhyNot);
    m_decomposeAction->setEnabled(rights.decompose);
    m_decomposeAction->setToolTip(rights.decomposeWhyNot);
    m_lockAction->setEnabled(rights.lock);
    m_lockAction->setToolTip(rights.lockWhyNot);
    m_lockAction->setText(row && row->stored.locked ? tr("Un&lock") : tr("&Lock"));
}

void TargetsPage::setActor(const storage::Actor &actor)
{
    m_actor = actor;
    closeDialogs(); // they were opened with the other person's rights
    updateRowActions();
}

TargetRights TargetsPage::rightsFor(const TargetRow &row) const
{
    QString scopeRepId;
    const engine::Id rep = row.stored.target.scope.rep;
    if (const auto &snapshot = m_model->targetsData().snapshot; snapshot && rep != engine::kNoId)
        scopeRepId = snapshot->ids.uuid(storage::IdMap::Kind::Rep, rep);
    return TargetRights::of(m_actor, row, scopeRepId);
}

bool TargetsPage::setLocked(const QString &targetId, bool locked)
{
    const auto repository = commandRepository();
    if (!repository)
        return false;
    try {
        repository->setLocked(targetId, locked, m_actor);
    } catch (const storage::StorageError &error) {
        m_noticeLabel->setText(tr("Could not change the lock: %1").arg(error.message()));
        m_noticeLabel->show();
        return false;
    }
    reload();
    return true;
}

QString TargetsPage::currentTargetId() const
{
    const QModelIndex index = m_tableView->currentIndex();
    return index.isValid() ? index.data(TargetsModel::IdRole).toString() : QString();
}

void TargetsPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tableView->indexAt(position);
    if (index.isValid())
        m_tableView->setCurrentIndex(index);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(m_reviseAction);
        menu.addAction(m_decomposeAction);
        menu.addAction(m_historyAction);
        menu.addAction(m_lockAction);
        menu.addSeparator();
    }
    menu.addAction(m_exportAction);
    menu.addAction(csvExportAction(m_tableView));
    menu.exec(m_tableView->viewport()->mapToGlobal(position));
}

std::unique_ptr<storage::TargetRepository> TargetsPage::commandRepository()
{
    if (!m_commandDatabase) {
        auto opened = storage::Database::open(m_path, storage::Database::Mode::OpenExisting);
        if (!opened.database) {
            m_noticeLabel->setText(tr("Could not open the database: %1").arg(opened.message));
            m_noticeLabel->show();
            return nullptr;
        }
        m_commandDatabase = std::move(opened.database);
    }
    return std::make_unique<storage::TargetRepository>(m_commandDatabase->connection());
}

void TargetsPage::showTarget(const QString &targetId, QWidget *opener)
{
    for (TargetDetailDialog *open : findChildren<TargetDetailDialog *>(Qt::FindDirectChildrenOnly)) {
        if (open->targetId() == targetId) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    const auto repository = m_model->rowOf(targetId) >= 0 ? commandRepository() : nullptr;
    if (!repository)
        return;
    auto *dialog = new TargetDetailDialog(*m_model, *repository, targetId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRights([this](const TargetRow &row) { return rightsFor(row); });
    // The view asks; the page's own actions answer, as from the list.
    connect(dialog, &TargetDetailDialog::reviseRequested, this,
        [this, dialog](const QString &id) { reviseTarget(id, dialog); });
    connect(dialog, &TargetDetailDialog::historyRequested, this,
        [this, dialog](const QString &id) { showHistory(id, dialog); });
    connect(dialog, &TargetDetailDialog::decomposeRequested, this, &TargetsPage::decomposeTarget);
    connect(dialog, &TargetDetailDialog::openTargetRequested, this,
        [this, dialog](const QString &id) { showTarget(id, dialog); });
    if (opener) {
        // Cascaded, so the view it came from stays in sight.
        const int step = 3 * fontMetrics().height();
        dialog->move(opener->pos() + QPoint(step, step));
    }
    dialog->show();
}

void TargetsPage::reviseTarget(const QString &targetId, QWidget *over)
{
    const TargetRow *row = m_model->row(m_model->rowOf(targetId));
    if (!row)
        return;
    auto *dialog = new RevisionDialog(
        row->stored, m_model->targetsData().currency, m_actor, over ? over : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targetId] {
        const auto repository = commandRepository();
        if (!repository)
            return;
        try {
            repository->updateValue(targetId, dialog->valueChange());
        } catch (const storage::StorageError &error) {
            m_noticeLabel->setText(tr("Could not save the revision: %1").arg(error.message()));
            m_noticeLabel->show();
            return;
        }
        reload();
    });
    dialog->open();
}

void TargetsPage::showHistory(const QString &targetId, QWidget *over)
{
    const TargetRow *row = m_model->row(m_model->rowOf(targetId));
    const auto repository = row ? commandRepository() : nullptr;
    if (!repository)
        return;
    auto *dialog = new RevisionHistoryDialog(
        *repository, *row, m_model->targetsData().currency, m_actor, over ? over : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevisionHistoryDialog::targetChanged, this, &TargetsPage::reload);
    dialog->open();
}

bool TargetsPage::exportCsv(const QString &path, QString *error) const
{
    return writeTargetsCsv(*m_proxy, path, error);
}

void TargetsPage::exportWithDialog()
{
    if (const QString error = exportTargetsWithDialog(this, *m_proxy, tr("targets.csv")); !error.isEmpty()) {
        m_noticeLabel->setText(tr("Could not export: %1").arg(error));
        m_noticeLabel->show();
    }
}

} // namespace attain::ui
