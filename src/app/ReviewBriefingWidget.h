#pragma once

#include "app/ReviewLoader.h"
#include "app/TargetsLoader.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace attain::ui {

/// The numbers a review opens with: the scope's targets with attainment, pace and status (as
/// the targets list computed them), the ones at risk or off track with why, and the activities
/// logged since the previous review, by rep and type.
class ReviewBriefingWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewBriefingWidget)

public:
    explicit ReviewBriefingWidget(QWidget *parent = nullptr);

    /// A company review counts activities by team (`teams` names them), the others by rep.
    void showBriefing(const ReviewDetailData &detail, const TargetsData &targets,
        const std::vector<storage::OrganisationUnit> &teams, const std::vector<storage::OrganisationUnit> &reps,
        bool targetsLoading);
    void clear();

    [[nodiscard]] QTableWidget *targetsTable() const { return m_targets; }
    [[nodiscard]] QTableWidget *activitiesTable() const { return m_activities; }
    [[nodiscard]] QLabel *risksLabel() const { return m_risks; }
    [[nodiscard]] QLabel *activitiesLabel() const { return m_activitiesTitle; }

private:
    void showTargets(const ReviewDetailData &detail, const TargetsData &targets,
        const std::vector<storage::OrganisationUnit> &reps, bool targetsLoading);
    void showActivities(const ReviewDetailData &detail, const std::vector<storage::OrganisationUnit> &teams,
        const std::vector<storage::OrganisationUnit> &reps);

    QLabel *m_targetsTitle;
    QTableWidget *m_targets;
    QLabel *m_risks;
    QLabel *m_activitiesTitle;
    QTableWidget *m_activities;
};

/// Sizes a table to show all its rows (at least `minRows`) without a scroll bar of its own.
void fitTableHeight(QTableWidget *table, int minRows = 1);

} // namespace attain::ui
