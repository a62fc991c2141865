#include "app/TargetDetailDialog.h"

#include "ui_TargetDetailDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShowEvent>

#include <algorithm>
#include <set>

#include "app/DecompositionCommands.h"
#include "app/DecompositionSplit.h"
#include "app/MetricFormat.h"
#include "app/MoneyFormat.h"
#include "app/RevisionTable.h"
#include "app/TargetFamilyFilterModel.h"
#include "app/TargetsCsv.h"
#include "app/TargetsModel.h"
#include "app/ViewHelpers.h"
#include "storage/StorageError.h"

namespace attain::ui {

namespace {

/// A small square of the status colour, drawn at the screen's pixel density; the status word
/// always stands next to it.
QPixmap swatch(const QColor &color, int side, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRect(QRectF(0.5, 0.5, side - 1.0, side - 1.0));
    return pixmap;
}

/// A title as a button text: '&' would otherwise become a mnemonic.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

/// A file name suggested from a title, without characters file systems refuse.
QString fileNameFor(const QString &title)
{
    QString name = title.simplified();
    for (const QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    return (name.isEmpty() ? QStringLiteral("target") : name) + QStringLiteral(".csv");
}

/// Lets a table grow to show all its rows but no empty ones, and shrink to a few before it
/// scrolls, so the window holds no blank table area.
void fitHeightToRows(QTableView *table)
{
    const int rows = table->model() ? table->model()->rowCount() : 0;
    const QScrollBar *scrollBar = table->horizontalScrollBar();
    const int chrome = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height()
        + (scrollBar->maximum() > 0 ? scrollBar->sizeHint().height() : 0);
    const int row = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(chrome + row * std::min(rows, 3));
    table->setMaximumHeight(chrome + row * rows);
}

/// The width a table needs to show every column whole (`skip`, a stretching one, left out).
int naturalWidth(const QTableView *table, int skip = -1)
{
    const QAbstractItemView *view = table; // sizeHintForColumn is public here
    int width = 2 * table->frameWidth();
    for (int column = 0; table->model() && column < table->model()->columnCount(); ++column)
        if (column != skip && !table->isColumnHidden(column))
            width += std::max(table->horizontalHeader()->sectionSizeHint(column), view->sizeHintForColumn(column));
    return width;
}

/// Actual to date, or nullopt when the sales data could not be measured.
std::optional<std::int64_t> actualOf(const TargetRow &row)
{
    if (row.kpi.status == engine::Status::NoData)
        return std::nullopt;
    return row.kpi.actual.value();
}

} // namespace

TargetDetailDialog::TargetDetailDialog(
    TargetsModel &model, storage::TargetRepository repository, const QString &targetId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TargetDetailDialog>())
    , m_model(model)
    , m_repository(std::move(repository))
    , m_targetId(targetId)
    , m_children(new TargetFamilyFilterModel(targetId, this))
    , m_exportRows(new TargetFamilyFilterModel(targetId, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("targetDetailDialog"));
    makeTitle(m_ui->titleLabel, 1.3);
    m_ui->titleLabel->setTextFormat(Qt::PlainText);
    m_ui->explanationLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_ui->statusLabel->font();
    bold.setBold(true);
    m_ui->statusLabel->setFont(bold);
    for (QLabel *label : { m_ui->currentHeaderLabel, m_ui->originalHeaderLabel, m_ui->currentValueLabel,
             m_ui->originalValueLabel, m_ui->currentAttainmentLabel, m_ui->originalAttainmentLabel })
        label->setFont(bold);
    m_ui->noticeLabel->hide();
    // Tab goes from one control to the next; the body scrolls to show the one with focus.
    m_ui->scrollArea->setFocusPolicy(Qt::NoFocus);
    // Air between the current and the original column, so they read as two columns.
    m_ui->figuresGridLayout->setHorizontalSpacing(3 * fontMetrics().averageCharWidth());

    m_children->setSourceModel(&model);
    m_exportRows->setSourceModel(&model);
    m_exportRows->setIncludeTarget(true);
    QTableView *children = m_ui->childrenTableView;
    children->setModel(m_children);
    children->setColumnHidden(TargetsModel::MetricColumn, true); // the parent's metric
    children->setColumnHidden(TargetsModel::PaceColumn, true);
    children->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    children->horizontalHeader()->setSectionResizeMode(TargetsModel::TitleColumn, QHeaderView::Stretch);
    // Grouped by scope; within a scope the list's order (by period start) stays.
    children->sortByColumn(TargetsModel::ScopeColumn, Qt::AscendingOrder);
    children->setAccessibleName(tr("Breakdown"));
    m_ui->revisionsTable->setObjectName(QStringLiteral("revisionsTableWidget"));
    m_ui->revisionsTable->setAccessibleName(tr("Revisions"));
    // Attainment against each value is in Figures (and History…); the room goes to the reason.
    m_ui->revisionsTable->setColumnHidden(RevisionTable::AttainmentColumn, true);
    // A narrow window gives the tables a horizontal scroll bar: room for it, then.
    for (QTableView *table : { static_cast<QTableView *>(children), static_cast<QTableView *>(m_ui->revisionsTable) })
        connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, table, [table] { fitHeightToRows(table); });
    // Extra height goes to the tables, the breakdown first, until they show every row; the
    // groups stop growing there (their layouts pass the tables' maximum on), and what is left
    // stays below them.
    for (QWidget *fixed : std::initializer_list<QWidget *> {
             m_ui->detailsGroupBox, m_ui->figuresGroupBox, m_ui->childrenHintLabel, m_ui->revisionsEmptyLabel })
        fixed->setSizePolicy(fixed->sizePolicy().horizontalPolicy(), QSizePolicy::Maximum);
    m_ui->childrenLayout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    m_ui->revisionsLayout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    m_ui->bodyLayout->setStretchFactor(m_ui->childrenGroupBox, 3);
    m_ui->bodyLayout->setStretchFactor(m_ui->revisionsGroupBox, 2);
    m_ui->bodyLayout->addStretch(0);

    // The list's shortcuts work here too (the buttons' mnemonics are in the .ui).
    const auto addShortcut = [this](QPushButton *button, const QKeySequence &keys, const QString &toolTip) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        addAction(action);
        connect(action, &QAction::triggered, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        button->setToolTip(QStringLiteral("%1 (%2)").arg(toolTip, keys.toString(QKeySequence::NativeText)));
        button->setProperty("enabledToolTip", button->toolTip());
    };
    addShortcut(m_ui->revisePushButton, QKeySequence(Qt::CTRL | Qt::Key_R), tr("Propose a new value"));
    addShortcut(m_ui->decomposePushButton, QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("Split this target over teams or reps and periods"));
    addShortcut(m_ui->historyPushButton, QKeySequence(Qt::CTRL | Qt::Key_H), tr("Every revision, with approval"));
    addShortcut(m_ui->exportPushButton, QKeySequence(Qt::CTRL | Qt::Key_E), tr("This target and its breakdown as CSV"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    connect(m_ui->revisePushButton, &QPushButton::clicked, this, [this] { Q_EMIT reviseRequested(m_targetId); });
    connect(m_ui->decomposePushButton, &QPushButton::clicked, this, [this] { Q_EMIT decomposeRequested(m_targetId); });
    connect(m_ui->historyPushButton, &QPushButton::clicked, this, [this] { Q_EMIT historyRequested(m_targetId); });
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &TargetDetailDialog::exportWithDialog);
    connect(m_ui->parentPushButton, &QPushButton::clicked, this, [this] {
        if (!m_parentId.isEmpty())
            Q_EMIT openTargetRequested(m_parentId);
    });
    // Double-click and Enter open a child, as in the targets list.
    onOpen(children, [this](const QModelIndex &index) {
        Q_EMIT openTargetRequested(index.data(TargetsModel::IdRole).toString());
    });
    // A reload of the list (after a revision, a decomposition …) shows here too.
    connect(&model, &QAbstractItemModel::modelReset, this, &TargetDetailDialog::refresh);

    refresh();
}

TargetDetailDialog::~TargetDetailDialog() = default;

void TargetDetailDialog::showEvent(QShowEvent *event)
{
    if (!event->spontaneous() && !m_sized) {
        // Only now are the widgets polished (fonts, header heights) as they will be drawn.
        m_sized = true;
        fitHeightToRows(m_ui->childrenTableView);
        fitHeightToRows(m_ui->revisionsTable);
        // Everything in view when the screen has room; otherwise the body scrolls.
        const QSize room = screen() ? screen()->availableGeometry().size() * 9 / 10 : QSize(4096, 4096);
        resize(contentSize().boundedTo(room));
    }
    QDialog::showEvent(event);
}

QSize TargetDetailDialog::contentSize(int minimumWidth) const
{
    const int chars = fontMetrics().averageCharWidth();
    // Tables inside group boxes inside the dialog: two layouts' margins and a frame on each side.
    const auto across = [](const QMargins &margins) { return margins.left() + margins.right(); };
    const int outer = across(m_ui->mainLayout->contentsMargins());
    const int chrome
        = outer + across(m_ui->childrenLayout->contentsMargins()) + across(m_ui->childrenGroupBox->contentsMargins());
    const int width = std::max({ minimumWidth, m_ui->bodyWidget->sizeHint().width() + outer,
        m_ui->buttonLayout->sizeHint().width() + outer, 100 * chars, naturalWidth(m_ui->childrenTableView) + chrome,
        naturalWidth(m_ui->revisionsTable, RevisionTable::ExplanationColumn) + 30 * chars + chrome });
    // Wrapped text is as tall as the width makes it.
    const QWidget *body = m_ui->bodyWidget;
    const int bodyHeight = body->hasHeightForWidth() ? body->heightForWidth(width - outer) : body->sizeHint().height();
    const QMargins margins = m_ui->mainLayout->contentsMargins();
    return { width,
        margins.top() + bodyHeight + m_ui->mainLayout->spacing() + m_ui->buttonLayout->sizeHint().height()
            + margins.bottom() };
}

void TargetDetailDialog::setRights(std::function<TargetRights(const TargetRow &)> rights)
{
    m_rights = std::move(rights);
    refresh();
}

void TargetDetailDialog::refresh()
{
    const TargetRow *row = m_model.row(m_model.rowOf(m_targetId));
    if (!row) {
        showMissing();
        return;
    }
    m_readError.clear();
    try {
        m_revisions = m_repository.revisions(m_targetId);
    } catch (const storage::StorageError &error) {
        m_revisions.clear();
        m_readError = tr("Could not read the revisions: %1").arg(error.message());
    }
    showRow(*row);
}

void TargetDetailDialog::showRow(const TargetRow &row)
{
    const QString &currency = m_model.targetsData().currency;
    const storage::StoredTarget &stored = row.stored;
    const int modelRow = m_model.rowOf(m_targetId);
    const auto shown = [&](int column) { return m_model.index(modelRow, column).data().toString(); };

    setWindowTitle(tr("%1 — Target").arg(stored.title));
    m_ui->titleLabel->setText(stored.title);
    m_ui->metricLabel->setText(metricName(stored.target.metric));
    m_ui->scopeLabel->setText(shown(TargetsModel::ScopeColumn));
    m_ui->ownerLabel->setText(row.ownerName.isEmpty() ? tr("No owner set") : row.ownerName);
    m_ui->ownerLabel->setEnabled(!row.ownerName.isEmpty());
    const engine::Period &period = stored.target.period;
    m_ui->periodLabel->setText(
        tr("%1 (%2 to %3)")
            .arg(shown(TargetsModel::PeriodColumn), QString::fromStdString(engine::toIsoString(period.first)),
                QString::fromStdString(engine::toIsoString(period.last))));
    m_ui->asOfLabel->setText(QString::fromStdString(engine::toIsoString(m_model.targetsData().asOf)));

    for (QPushButton *button : { m_ui->historyPushButton, m_ui->exportPushButton })
        button->setEnabled(true);
    const TargetRights rights = m_rights ? m_rights(row) : TargetRights { true, true, true, true, {}, {}, {} };
    // A disabled button says why in its tooltip.
    const auto allow = [](QPushButton *button, bool allowed, const QString &whyNot) {
        button->setEnabled(allowed);
        button->setToolTip(allowed ? button->property("enabledToolTip").toString() : whyNot);
    };
    allow(m_ui->revisePushButton, rights.revise, rights.reviseWhyNot);
    allow(m_ui->decomposePushButton, rights.decompose, rights.decomposeWhyNot);
    showStatus(row, currency);
    showFigures(row, currency);
    showFamily(row);
    showRevisions(row, currency);
    // Details and Figures side by side, top and bottom edges aligned.
    QGroupBox *details = m_ui->detailsGroupBox;
    QGroupBox *figures = m_ui->figuresGroupBox;
    details->setMinimumHeight(0);
    figures->setMinimumHeight(0);
    const int height = std::max(details->sizeHint().height(), figures->sizeHint().height());
    details->setMinimumHeight(height);
    figures->setMinimumHeight(height);
}

void TargetDetailDialog::showStatus(const TargetRow &row, const QString &currency)
{
    const int side = fontMetrics().height() * 4 / 5;
    m_ui->statusSwatchLabel->setPixmap(swatch(statusColor(row.kpi.status), side, devicePixelRatioF()));
    m_ui->statusSwatchLabel->setFixedHeight(m_ui->statusLabel->sizeHint().height());
    m_ui->statusLabel->setText(statusName(row.kpi.status));
    QString explanation = TargetsModel::statusExplanation(row.kpi, currency);
    if (row.troubleSince)
        explanation += QLatin1Char('\n')
            + tr("In trouble since %1.").arg(QString::fromStdString(engine::toIsoString(*row.troubleSince)));
    m_ui->explanationLabel->setText(explanation);

    QStringList notices;
    if (!m_model.targetsData().notice.isEmpty())
        notices << m_model.targetsData().notice;
    if (row.stored.locked)
        notices << tr("Locked by %1 on %2: its value cannot change until a manager unlocks it.")
                       .arg(row.stored.lockedBy, row.stored.lockedAt.left(10));
    if (row.proposedRevisions > 0)
        notices << tr("%n revision(s) waiting for a decision: History… (Ctrl+H) approves or rejects them.", nullptr,
            row.proposedRevisions);
    if (!m_readError.isEmpty())
        notices << m_readError;
    m_ui->noticeLabel->setText(notices.join(QLatin1Char('\n')));
    m_ui->noticeLabel->setVisible(!notices.isEmpty());
}

void TargetDetailDialog::showFigures(const TargetRow &row, const QString &currency)
{
    const engine::MetricId metric = row.stored.target.metric;
    const engine::Kpi &kpi = row.kpi;
    const auto value = [&](std::int64_t v) { return formatMetricValue(metric, v, currency); };
    const auto percent = [this](std::optional<std::int64_t> basisPoints) {
        return basisPoints ? formatBasisPoints(*basisPoints) : tr("—");
    };
    const std::optional<std::int64_t> actual = actualOf(row);
    const std::int64_t current = row.stored.target.value;
    const std::int64_t original = row.stored.originalValue;

    // The current column reads exactly as the targets list; the original is measured the same way.
    const int modelRow = m_model.rowOf(m_targetId);
    const auto shown = [&](int column) { return m_model.index(modelRow, column).data().toString(); };
    m_ui->currentValueLabel->setText(shown(TargetsModel::TargetColumn));
    m_ui->currentAttainmentLabel->setText(shown(TargetsModel::AttainmentColumn));
    m_ui->originalValueLabel->setText(value(original));
    m_ui->originalAttainmentLabel->setText(percent(attainmentAgainst(metric, original, actual)));
    m_ui->originalHeaderLabel->setToolTip(original == current ? tr("The value has never been revised.")
                                                              : tr("The value before its first approved revision."));
    m_ui->actualLabel->setText(shown(TargetsModel::ActualColumn));

    QString gap = tr("—");
    if (actual && kpi.gap) {
        const std::int64_t difference = *kpi.gap; // target − actual
        if (engine::definition(metric).higherIsBetter)
            gap = difference > 0 ? tr("%1 to go").arg(value(difference)) : tr("Exceeded by %1").arg(value(-difference));
        else
            gap = difference >= 0 ? tr("Met, %1 below").arg(value(difference))
                                  : tr("%1 above the target").arg(value(-difference));
    }
    m_ui->gapLabel->setText(gap);

    m_ui->paceLabel->setText(shown(TargetsModel::PaceColumn));
    const bool paced = actual && kpi.pace;
    m_ui->expectedLabel->setText(paced ? value(kpi.pace->expectedToDate) : tr("—"));
    m_ui->projectedLabel->setText(paced && kpi.pace->projectedLinear ? value(*kpi.pace->projectedLinear) : tr("—"));
    m_ui->projectedCaptionLabel->setToolTip(tr("The period's total if the pace so far holds to its end."));
    m_ui->expectedCaptionLabel->setToolTip(
        tr("The share of the current target due by the as-of date, by working days."));
    m_ui->paceCaptionLabel->setToolTip(tr("Actual against what was expected by now."));

    // 完成进度: the bar stops at 100%; the words next to it say how far past it is.
    const QString progress = kpi.attainmentBp ? tr("%1 of the current target").arg(formatBasisPoints(*kpi.attainmentBp))
                                              : tr("No attainment yet");
    QProgressBar *bar = m_ui->attainmentProgressBar;
    bar->setEnabled(kpi.attainmentBp.has_value());
    bar->setValue(static_cast<int>(std::clamp<std::int64_t>(kpi.attainmentBp.value_or(0), 0, 10000)));
    bar->setAccessibleDescription(progress);
    m_ui->progressLabel->setText(progress);
}

void TargetDetailDialog::showFamily(const TargetRow &row)
{
    const int children = m_children->rowCount();
    m_ui->childrenGroupBox->setVisible(children > 0);
    m_ui->childrenGroupBox->setTitle(tr("&Breakdown (%1)").arg(children));
    fitHeightToRows(m_ui->childrenTableView);

    // How the children were split: each child keeps the method that set its value.
    std::set<QString> methods;
    for (int i = 0; i < m_model.rowCount(); ++i)
        if (const TargetRow *child = m_model.row(i);
            child && QString::fromStdString(child->stored.target.parentId) == m_targetId)
            methods.insert(child->stored.decompositionMethod);
    QStringList lines;
    if (children == 0) {
        lines << tr("Not broken down");
    } else if (const auto method = methods.size() == 1 ? methodFromKey(*methods.begin()) : std::nullopt) {
        lines << tr("Split into %n target(s) (%1)", nullptr, children).arg(methodName(*method));
    } else {
        lines << tr("Split into %n target(s)", nullptr, children);
    }
    if (const auto own = methodFromKey(row.stored.decompositionMethod))
        lines << tr("Its value came from its parent (%1)").arg(methodName(*own));
    m_ui->decompositionLabel->setText(lines.join(QLatin1Char('\n')));

    m_parentId = QString::fromStdString(row.stored.target.parentId);
    const TargetRow *parent = m_model.row(m_model.rowOf(m_parentId));
    QPushButton *button = m_ui->parentPushButton;
    button->setEnabled(parent != nullptr);
    if (parent)
        button->setText(escapeMnemonic(parent->stored.title));
    else
        button->setText(m_parentId.isEmpty() ? tr("None: a top-level target") : tr("Not in the list"));
}

void TargetDetailDialog::showRevisions(const TargetRow &row, const QString &currency)
{
    m_ui->revisionsTable->setRevisions(m_revisions, row.stored.target.metric, actualOf(row), currency);
    m_ui->revisionsTable->setVisible(!m_revisions.empty());
    m_ui->revisionsEmptyLabel->setVisible(m_revisions.empty());
    m_ui->revisionsGroupBox->setTitle(tr("Re&visions (%1)").arg(m_revisions.size()));
    fitHeightToRows(m_ui->revisionsTable);
    // The group only grows when there is a table to grow.
    m_ui->bodyLayout->setStretchFactor(m_ui->revisionsGroupBox, m_revisions.empty() ? 0 : 2);
}

void TargetDetailDialog::showMissing()
{
    m_ui->noticeLabel->setText(tr("This target is no longer in the list (the database changed or it was removed)."));
    m_ui->noticeLabel->show();
    for (QPushButton *button : { m_ui->revisePushButton, m_ui->decomposePushButton, m_ui->historyPushButton,
             m_ui->exportPushButton, m_ui->parentPushButton })
        button->setEnabled(false);
}

bool TargetDetailDialog::exportCsv(const QString &path, QString *error) const
{
    // In the breakdown's current order, the target itself first.
    const QHeaderView *header = m_ui->childrenTableView->horizontalHeader();
    m_exportRows->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return writeTargetsCsv(*m_exportRows, path, error);
}

void TargetDetailDialog::exportWithDialog()
{
    const QHeaderView *header = m_ui->childrenTableView->horizontalHeader();
    m_exportRows->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (const QString error = exportTargetsWithDialog(this, *m_exportRows, fileNameFor(m_ui->titleLabel->text()));
        !error.isEmpty()) {
        m_ui->noticeLabel->setText(tr("Could not export: %1").arg(error));
        m_ui->noticeLabel->show();
    }
}

} // namespace attain::ui
