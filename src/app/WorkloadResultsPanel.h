#pragma once

#include "app/WorkloadLoader.h"

#include <QWidget>

class QLabel;

namespace attain::ui {

class ActivityScatterWidget;

/// "Activity and results" under the workload grid: how activity and revenue went together
/// across the reps (Pearson's r in words), revenue won per hour of activity (team, most, least),
/// and the dashboard's activities-against-revenue chart, one point per employed rep.
class WorkloadResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadResultsPanel)

public:
    explicit WorkloadResultsPanel(QWidget *parent = nullptr);

    void setData(const WorkloadData &data);

    [[nodiscard]] QLabel *correlationLabel() const { return m_correlationLabel; }
    [[nodiscard]] QLabel *rateLabel() const { return m_rateLabel; }
    [[nodiscard]] ActivityScatterWidget *scatter() const { return m_scatter; }

private:
    QLabel *m_correlationLabel;
    QLabel *m_rateLabel;
    ActivityScatterWidget *m_scatter;
};

} // namespace attain::ui
