#include "app/WorkloadResultsPanel.h"

#include "app/ActivityScatterWidget.h"
#include "app/MoneyFormat.h"
#include "app/ViewHelpers.h"
#include "app/WorkloadText.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace attain::ui {

WorkloadResultsPanel::WorkloadResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_correlationLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_scatter(new ActivityScatterWidget(this))
{
    setObjectName(QStringLiteral("workloadResultsPanel"));
    m_correlationLabel->setObjectName(QStringLiteral("workloadCorrelationLabel"));
    m_correlationLabel->setWordWrap(true);
    m_correlationLabel->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_correlationLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Short lines without wrapping: a wrapped label's height can come out a line short here.
    m_rateLabel->setObjectName(QStringLiteral("workloadRateLabel"));
    m_rateLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *title = new QLabel(tr("Activity and results"), this);
    makeTitle(title, 1.2);

    auto *textColumn = new QWidget(this);
    auto *text = new QVBoxLayout(textColumn);
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(title);
    text->addWidget(m_correlationLabel);
    text->addWidget(m_rateLabel);
    text->addStretch();

    m_scatter->setObjectName(QStringLiteral("workloadScatter"));
    // The section's title says what the chart shows: its own title's room goes to the plot, so
    // that the revenue axis title fits.
    m_scatter->chartView()->setMinimumHeight(280);
    m_scatter->chart()->setTitle(QString());
    m_scatter->chart()->setMargins(QMargins(4, 4, 4, 4));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(textColumn, 2);
    layout->addWidget(m_scatter, 3);
}

void WorkloadResultsPanel::setData(const WorkloadData &data)
{
    const QString &currency = data.request.currency;
    const engine::TeamWorkload &team = data.result.team;
    std::vector<storage::RepActivityRow> rows;
    const engine::RepWorkload *most = nullptr;
    const engine::RepWorkload *least = nullptr;
    for (const engine::RepWorkload &rep : data.result.reps) {
        if (rep.workdays == 0)
            continue;
        const QString id = QString::fromStdString(rep.rep.id);
        const auto won = data.dealsWon.find(id);
        rows.push_back({id, QString::fromStdString(rep.rep.name), rep.total.totalCount(), rep.revenue,
                        won == data.dealsWon.end() ? 0 : won->second});
        if (!rep.revenuePerHour)
            continue;
        if (!most || *rep.revenuePerHour > *most->revenuePerHour)
            most = &rep;
        if (!least || *rep.revenuePerHour < *least->revenuePerHour)
            least = &rep;
    }
    m_scatter->setRows(rows, currency);
    m_correlationLabel->setText(correlationSentence(team.activityRevenueCorrelation));
    if (!team.revenuePerHour || !most) {
        m_rateLabel->setText(tr("No activity time logged in these weeks."));
        return;
    }
    const QLocale locale;
    m_rateLabel->setText(tr("Revenue won per hour of activity:\n  team: %1\n  most: %2 (%3)\n  least: %4 (%5)")
                             .arg(formatMoney(*team.revenuePerHour, currency, locale),
                                  QString::fromStdString(most->rep.name),
                                  formatMoney(*most->revenuePerHour, currency, locale),
                                  QString::fromStdString(least->rep.name),
                                  formatMoney(*least->revenuePerHour, currency, locale)));
}

} // namespace attain::ui
