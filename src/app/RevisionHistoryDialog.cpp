#include "app/RevisionHistoryDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "storage/StorageError.h"

namespace attain::ui {

RevisionHistoryDialog::RevisionHistoryDialog(storage::TargetRepository repository, const TargetRow &row,
    const QString &currency, const storage::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_repository(std::move(repository))
    , m_targetId(QString::fromStdString(row.stored.target.id))
    , m_title(row.stored.title)
    , m_metric(row.stored.target.metric)
    , m_currency(currency)
    , m_actor(actor)
    , m_summaryLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_table(new RevisionTable(this))
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

    m_approveButton->setObjectName(QStringLiteral("approvePushButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectPushButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_approveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rejectButton, QDialogButtonBox::ActionRole);
    // After addButton(), which shows them: only a manager decides.
    m_approveButton->setVisible(actor.isManager());
    m_rejectButton->setVisible(actor.isManager());

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
    const qint64 original = stored ? stored->originalValue : 0;
    const auto value = [this](qint64 v) { return formatMetricValue(m_metric, v, m_currency); };
    const auto attainment = [this](qint64 v) {
        const auto basisPoints = attainmentAgainst(m_metric, v, m_actual);
        return basisPoints ? formatBasisPoints(*basisPoints) : tr("—");
    };

    QString summary = m_actual ? tr("Actual to date: %1.").arg(value(*m_actual)) : tr("No actual to date.");
    summary += QLatin1Char(' ')
        + tr("Original value %1 (attainment %2); current value %3 (attainment %4).")
              .arg(value(original), attainment(original), value(current), attainment(current));
    if (m_revisions.empty())
        summary += QLatin1Char(' ') + tr("The value has never been revised.");
    m_summaryLabel->setText(summary);
    m_table->setRevisions(m_revisions, m_metric, m_actual, m_currency);
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
            m_revisions[static_cast<std::size_t>(tableRow)].id, approve, m_actor);
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
