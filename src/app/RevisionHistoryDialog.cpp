#include "app/RevisionHistoryDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/MetricFormat.h"
#include "app/MoneyFormat.h"
#include "engine/Attainment.h"
#include "storage/StorageError.h"

namespace attain::ui {

namespace {

/// Stored times are UTC ISO text; people read them in local time, to the minute.
QString localTime(const QString &isoUtc)
{
    if (isoUtc.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

} // namespace

RevisionHistoryDialog::RevisionHistoryDialog(storage::TargetRepository repository, const TargetRow &row,
    const QString &currency, const QString &userName, bool canApprove, QWidget *parent)
    : QDialog(parent)
    , m_repository(std::move(repository))
    , m_targetId(QString::fromStdString(row.stored.target.id))
    , m_title(row.stored.title)
    , m_metric(row.stored.target.metric)
    , m_currency(currency)
    , m_userName(userName)
    , m_summaryLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_approveButton(new QPushButton(tr("&Approve"), this))
    , m_rejectButton(new QPushButton(tr("&Reject"), this))
{
    setWindowTitle(tr("Target History"));
    if (row.kpi.status != engine::Status::NoData)
        m_actual = row.kpi.actual.value();

    auto *title = new QLabel(tr("<b>%1</b>").arg(m_title.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    m_table->setObjectName(QStringLiteral("revisionsTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Proposed"), tr("By"), tr("Old value"), tr("New value"),
        tr("Attainment at new value"), tr("Reason"), tr("Explanation"), tr("Status"), tr("Decided by") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);

    m_approveButton->setObjectName(QStringLiteral("approvePushButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectPushButton"));
    m_approveButton->setVisible(canApprove);
    m_rejectButton->setVisible(canApprove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_approveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rejectButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(900, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RevisionHistoryDialog::updateButtons);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decide(m_table->currentRow(), true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decide(m_table->currentRow(), false); });
    reload();
}

QString RevisionHistoryDialog::attainmentText(qint64 value) const
{
    if (!m_actual)
        return tr("—");
    // Lower-is-better metrics (sales cycle) are attained when the actual is at or below target.
    const auto basisPoints = engine::definition(m_metric).higherIsBetter
        ? engine::Attainment { value, *m_actual }.basisPoints()
        : engine::levelStatus(value, *m_actual, false).attainmentBp;
    return basisPoints ? formatBasisPoints(*basisPoints) : tr("—");
}

void RevisionHistoryDialog::reload()
{
    std::optional<storage::StoredTarget> stored;
    try {
        m_revisions = m_repository.revisions(m_targetId);
        storage::IdMap ids;
        stored = m_repository.find(m_targetId, ids);
    } catch (const storage::StorageError &error) {
        m_revisions.clear();
        m_errorLabel->setText(tr("Could not read the history: %1").arg(error.message()));
        m_errorLabel->show();
    }
    const qint64 current = stored ? stored->target.value : 0;
    // The first revision's old value is the value the target was created with.
    const qint64 original = m_revisions.empty() ? current : m_revisions.front().oldValue;
    const auto value = [this](qint64 v) { return formatMetricValue(m_metric, v, m_currency); };

    QString summary = m_actual ? tr("Actual to date: %1.").arg(value(*m_actual)) : tr("No actual to date.");
    summary += QLatin1Char(' ')
        + tr("Original value %1 (attainment %2); current value %3 (attainment %4).")
              .arg(value(original), attainmentText(original), value(current), attainmentText(current));
    if (m_revisions.empty())
        summary += QLatin1Char(' ') + tr("The value has never been revised.");
    m_summaryLabel->setText(summary);

    m_table->setRowCount(static_cast<int>(m_revisions.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const storage::TargetRevision &revision = m_revisions[static_cast<std::size_t>(row)];
        const auto set = [&](int column, const QString &text, Qt::Alignment alignment = Qt::AlignLeft) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(ProposedAtColumn, localTime(revision.proposedAt));
        set(ProposedByColumn, revision.proposedBy);
        set(OldValueColumn, value(revision.oldValue), Qt::AlignRight);
        set(NewValueColumn, value(revision.newValue), Qt::AlignRight);
        set(AttainmentColumn, attainmentText(revision.newValue), Qt::AlignRight);
        set(ReasonColumn, reasonName(revision.reason));
        set(ExplanationColumn, revision.reasonText);
        m_table->item(row, ExplanationColumn)->setToolTip(revision.reasonText);
        set(StatusColumn, revisionStatusName(revision.status));
        set(DecidedByColumn,
            revision.decidedAt.isEmpty() ? QString()
                                         : tr("%1, %2").arg(revision.approvedBy, localTime(revision.decidedAt)));
    }
    // The newest proposal waiting for a decision is what a manager opened this for.
    for (int row = m_table->rowCount() - 1; row >= 0; --row) {
        if (m_revisions[static_cast<std::size_t>(row)].status == QLatin1String("proposed")) {
            m_table->selectRow(row);
            break;
        }
    }
    updateButtons();
}

bool RevisionHistoryDialog::decide(int tableRow, bool approve)
{
    if (tableRow < 0 || tableRow >= static_cast<int>(m_revisions.size()))
        return false;
    try {
        m_repository.decideRevision(
            m_revisions[static_cast<std::size_t>(tableRow)].id, approve, storage::Actor { m_userName, {} });
    } catch (const storage::StorageError &error) {
        m_errorLabel->setText(tr("Could not save the decision: %1").arg(error.message()));
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    reload();
    Q_EMIT targetChanged(m_targetId);
    return true;
}

void RevisionHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool proposed = row >= 0 && row < static_cast<int>(m_revisions.size())
        && m_revisions[static_cast<std::size_t>(row)].status == QLatin1String("proposed");
    m_approveButton->setEnabled(proposed);
    m_rejectButton->setEnabled(proposed);
}

} // namespace attain::ui
