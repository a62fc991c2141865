#include "app/RiskPanel.h"

#include "app/DashboardScopeFilter.h"
#include "app/RiskModel.h"
#include "app/TableViewCsv.h"
#include "app/TargetsModel.h"
#include "app/ViewHelpers.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace attain::ui {

RiskPanel::RiskPanel(TargetsModel &targets, QWidget *parent)
    : QWidget(parent)
    , m_targets(targets)
    , m_model(new RiskModel(targets, this))
    , m_countLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tableView(new QTableView(this))
    , m_messageLabel(new QLabel(this))
{
    auto *title = new QLabel(tr("Targets at risk"), this);
    title->setObjectName(QStringLiteral("riskTitleLabel"));
    makeTitle(title, 1.2);
    m_countLabel->setObjectName(QStringLiteral("riskCountLabel"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_countLabel);

    m_tableView->setObjectName(QStringLiteral("riskTableView"));
    attachCsvExport(m_tableView, QStringLiteral("targets-at-risk"));
    m_tableView->setAccessibleName(tr("Targets at risk"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The reason is the longest text; its full form is in the tooltip.
    m_tableView->horizontalHeader()->setSectionResizeMode(RiskModel::WhyColumn, QHeaderView::Stretch);

    m_messageLabel->setObjectName(QStringLiteral("riskMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_messageLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_tableView);

    // Double-click and Enter open a target.
    onOpen(m_tableView, [this](const QModelIndex &index) {
        if (const QString id = index.data(RiskModel::IdRole).toString(); !id.isEmpty())
            Q_EMIT targetActivated(id);
    });
    // A new load brings a new id map: the scope is read again with it (after RiskModel, which
    // connected first, rebuilt with the old filter).
    connect(&m_targets, &QAbstractItemModel::modelReset, this, [this] {
        if (m_scope || m_period)
            applyScope();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RiskPanel::updateState);
    updateState();
}

void RiskPanel::setLoading(bool loading)
{
    m_loading = loading;
    updateState();
}

void RiskPanel::setScopeFilter(std::function<bool(const TargetRow &)> accepts)
{
    m_scope.reset();
    m_period.reset();
    m_model->setFilter(std::move(accepts));
}

void RiskPanel::setScope(std::optional<storage::DashboardScope> scope)
{
    m_scope = std::move(scope);
    applyScope();
}

void RiskPanel::setPeriod(std::optional<engine::Period> period)
{
    m_period = period;
    applyScope();
}

void RiskPanel::applyScope()
{
    const std::shared_ptr<const SalesSnapshot> &snapshot = m_targets.targetsData().snapshot;
    // Without a snapshot nothing has loaded: there are no rows to narrow by scope yet.
    std::function<bool(const TargetRow &)> inScope;
    if (snapshot && m_scope && !m_scope->isCompany())
        inScope = scopeFilter(*m_scope, *snapshot);
    if (!m_period) {
        m_model->setFilter(inScope);
        return;
    }
    // A target of another period (last year's, finished) is not this dashboard's risk.
    m_model->setFilter([inScope, period = *m_period](const TargetRow &row) {
        const engine::Period &own = row.stored.target.period;
        const bool overlaps = !(own.last < period.first) && !(period.last < own.first);
        return overlaps && (!inScope || inScope(row));
    });
}

void RiskPanel::updateState()
{
    const int count = m_model->rowCount();
    const QString &error = m_targets.targetsData().error;
    if (m_loading) {
        m_messageLabel->setText(tr("Loading…"));
        m_countLabel->clear();
    } else if (!error.isEmpty()) {
        m_messageLabel->setText(tr("The targets could not be loaded: %1").arg(error));
        m_countLabel->clear();
    } else if (count == 0) {
        m_messageLabel->setText(tr("No target is at risk or off track."));
        m_countLabel->clear();
    } else {
        // Proper English without an English catalogue; other languages translate the plural.
        m_countLabel->setText(count == 1 ? tr("1 target at risk or off track")
                                         : tr("%n targets at risk or off track", nullptr, count));
    }
    const bool table = !m_loading && error.isEmpty() && count > 0;
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_tableView) : m_messageLabel);
}

} // namespace attain::ui
