#include "app/ReviewBriefingWidget.h"

#include "app/ActivityTypeText.h"
#include "app/MetricFormat.h"
#include "app/MoneyFormat.h"
#include "app/ReviewBriefing.h"
#include "app/TargetsModel.h"
#include "app/ViewHelpers.h"
#include "engine/ActivityType.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain::ui {

namespace {

QString isoDate(engine::Date date)
{
    return QString::fromStdString(engine::toIsoString(date));
}

QTableWidget *readOnlyTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

void fitTableHeight(QTableWidget *table, int minRows)
{
    const int rows = std::max(table->rowCount(), minRows);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * table->frameWidth()
        + (table->horizontalScrollBar()->isVisible() ? table->horizontalScrollBar()->height() : 0));
}

ReviewBriefingWidget::ReviewBriefingWidget(QWidget *parent)
    : QWidget(parent)
    , m_targetsTitle(new QLabel(this))
    , m_targets(readOnlyTable(this,
          { tr("Target"), tr("For"), tr("Actual / target"), tr("Attainment"), tr("Pace"), tr("Status"), tr("Since") }))
    , m_risks(new QLabel(this))
    , m_activitiesTitle(new QLabel(this))
    , m_activities(nullptr)
{
    m_targets->setObjectName(QStringLiteral("briefingTargetsTable"));
    m_targets->horizontalHeaderItem(6)->setToolTip(tr("In trouble (at risk or off track) since"));
    m_risks->setObjectName(QStringLiteral("briefingRisksLabel"));
    m_risks->setWordWrap(true);
    m_risks->setTextFormat(Qt::RichText);
    QStringList activityHeaders { tr("Rep") };
    for (const engine::ActivityType type : engine::kActivityTypes)
        activityHeaders << activityTypeName(type);
    activityHeaders << tr("Total") << tr("Hours");
    m_activities = readOnlyTable(this, activityHeaders);
    m_activities->setObjectName(QStringLiteral("briefingActivitiesTable"));
    m_activitiesTitle->setObjectName(QStringLiteral("briefingActivitiesLabel"));
    makeTitle(m_targetsTitle, 1.1);
    makeTitle(m_activitiesTitle, 1.1);
    m_targetsTitle->setWordWrap(true);
    m_activitiesTitle->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_targetsTitle);
    layout->addWidget(m_targets);
    layout->addWidget(m_risks);
    layout->addSpacing(6);
    layout->addWidget(m_activitiesTitle);
    layout->addWidget(m_activities);
    clear();
}

void ReviewBriefingWidget::clear()
{
    m_targetsTitle->setText(tr("Targets"));
    m_targets->setRowCount(0);
    m_risks->clear();
    m_activitiesTitle->setText(tr("Activities"));
    m_activities->setRowCount(0);
    fitTableHeight(m_targets);
    fitTableHeight(m_activities);
}

void ReviewBriefingWidget::showBriefing(const ReviewDetailData &detail, const TargetsData &targets,
    const std::vector<storage::OrganisationUnit> &teams, const std::vector<storage::OrganisationUnit> &reps,
    bool targetsLoading)
{
    if (!detail.review) {
        clear();
        return;
    }
    showTargets(detail, targets, reps, targetsLoading);
    showActivities(detail, teams, reps);
}

void ReviewBriefingWidget::showTargets(const ReviewDetailData &detail, const TargetsData &targets,
    const std::vector<storage::OrganisationUnit> &reps, bool targetsLoading)
{
    const storage::Review &review = *detail.review;
    const std::vector<const TargetRow *> rows = briefingTargets(targets, review, reps);
    m_targetsTitle->setText(targets.rows.empty() && targetsLoading
            ? tr("Targets (loading…)")
            : tr("Targets on %1 — figures as of %2").arg(isoDate(review.heldOn), isoDate(targets.asOf)));
    m_targets->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const TargetRow &row = *rows[static_cast<std::size_t>(r)];
        const engine::Kpi &kpi = row.kpi;
        const engine::MetricId metric = row.stored.target.metric;
        m_targets->setItem(r, 0, cell(row.stored.title));
        m_targets->item(r, 0)->setToolTip(row.stored.title); // elided in a narrow window
        m_targets->setItem(
            r, 1, cell(row.stored.scopeName.isEmpty() ? scopeKindName(row.scopeKind) : row.stored.scopeName));
        // One column for both amounts leaves the title room in a narrow window.
        const auto actual = kpi.actual.value();
        m_targets->setItem(r, 2,
            cell(tr("%1 / %2").arg(actual ? formatMetricValueCompact(metric, *actual, targets.currency) : tr("—"),
                     formatMetricValueCompact(metric, row.stored.target.value, targets.currency)),
                true));
        m_targets->setItem(r, 3, cell(kpi.attainmentBp ? formatBasisPoints(*kpi.attainmentBp) : tr("—"), true));
        m_targets->setItem(
            r, 4, cell(kpi.pace && kpi.pace->paceBp ? formatBasisPoints(*kpi.pace->paceBp) : tr("—"), true));
        auto *status = cell(statusName(kpi.status));
        status->setIcon(swatch(statusColor(kpi.status)));
        status->setToolTip(TargetsModel::statusExplanation(kpi, targets.currency));
        m_targets->setItem(r, 5, status);
        m_targets->setItem(r, 6, cell(row.troubleSince ? isoDate(*row.troubleSince) : tr("—")));
    }
    fitTableHeight(m_targets);

    // The table has each target's status; the risk line says how many and which one first.
    const std::vector<const TargetRow *> risks = briefingRisks(rows);
    if (rows.empty()) {
        m_risks->setText(
            targetsLoading ? QString() : tr("No targets of this scope cover %1.").arg(isoDate(review.heldOn)));
    } else if (risks.empty()) {
        m_risks->setText(tr("Risks: none — every target is on track or ahead."));
    } else {
        const TargetRow *first = risks.front();
        const QString why
            = TargetsModel::statusExplanation(first->kpi, targets.currency).section(QLatin1Char('\n'), 0, 0);
        m_risks->setText(tr("⚠ <b>Risks — at risk or off track: %1 of %2.</b> First: %3 — %4")
                             .arg(risks.size())
                             .arg(rows.size())
                             .arg(first->stored.title.toHtmlEscaped(), why.toHtmlEscaped())
            + QStringLiteral(" ") + tr("(Point at a status for why.)"));
    }
}

void ReviewBriefingWidget::showActivities(const ReviewDetailData &detail,
    const std::vector<storage::OrganisationUnit> &teams, const std::vector<storage::OrganisationUnit> &reps)
{
    // The whole company per rep is a long list: a company review counts by team.
    std::map<QString, QString> teamOfRep;
    const bool byTeam = detail.review->scope.isCompany();
    if (byTeam)
        for (const storage::OrganisationUnit &rep : reps)
            for (const storage::OrganisationUnit &team : teams)
                if (team.id == rep.teamId)
                    teamOfRep[rep.id] = team.name;
    m_activities->horizontalHeaderItem(0)->setText(byTeam ? tr("Team") : tr("Rep"));
    const ActivityTable table = activityTable(detail.activities, teamOfRep);
    const QString window = detail.activitiesTo < detail.activitiesFrom
        ? tr("none yet since %1").arg(isoDate(detail.activitiesFrom))
        : tr("%1 – %2").arg(isoDate(detail.activitiesFrom), isoDate(detail.activitiesTo));
    const QString since
        = detail.previous ? tr("since the previous review") : tr("in the last cycle (no earlier review)");
    m_activitiesTitle->setText(tr("Activities %1 (%2): %n logged, %3 h", nullptr, table.count)
                                   .arg(since, window, QLocale().toString(table.minutes / 60.0, 'f', 1)));
    const bool totalRow = table.rows.size() > 1;
    m_activities->setRowCount(static_cast<int>(table.rows.size()) + (totalRow ? 1 : 0));
    const auto fill = [&](int r, const QString &name, const std::map<QString, int> &byType, int count, int minutes) {
        m_activities->setItem(r, 0, cell(name));
        int column = 1;
        for (const engine::ActivityType type : engine::kActivityTypes) {
            const std::string_view key = engine::activityTypeKey(type);
            const auto found = byType.find(QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size())));
            m_activities->setItem(r, column++, cell(QString::number(found == byType.end() ? 0 : found->second), true));
        }
        m_activities->setItem(r, column++, cell(QString::number(count), true));
        m_activities->setItem(r, column, cell(QLocale().toString(minutes / 60.0, 'f', 1), true));
    };
    std::map<QString, int> totals;
    for (int r = 0; r < static_cast<int>(table.rows.size()); ++r) {
        const ActivityTable::Row &row = table.rows[static_cast<std::size_t>(r)];
        fill(r, row.repName, row.countByType, row.count, row.minutes);
        for (const auto &[type, count] : row.countByType)
            totals[type] += count;
    }
    if (totalRow) {
        const int r = static_cast<int>(table.rows.size());
        fill(r, tr("Total"), totals, table.count, table.minutes);
        for (int c = 0; c < m_activities->columnCount(); ++c) {
            QFont font = m_activities->item(r, c)->font();
            font.setBold(true);
            m_activities->item(r, c)->setFont(font);
        }
    }
    fitTableHeight(m_activities);
}

} // namespace attain::ui
