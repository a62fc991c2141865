// ReviewsPage: what the right side shows of the selected review (header and briefing).
#include "app/ReviewsPage.h"

#include "app/ActionItemsModel.h"
#include "app/ReviewBriefing.h"
#include "app/ReviewBriefingWidget.h"
#include "app/ReviewDetailWidget.h"
#include "app/ReviewText.h"
#include "storage/ReviewTemplates.h"

#include <QLabel>

namespace attain::ui {

void ReviewsPage::showHeader()
{
    if (!m_detail.review)
        return;
    const storage::Review &review = *m_detail.review;
    ReviewDetailWidget *d = m_detailWidget;
    d->title->setText(review.title);
    // The title names kind, scope and day already (and may have been edited): add the rest.
    QStringList parts { tr("%1 on %2").arg(reviewStatusName(review.status), reviewDateText(review.heldOn)) };
    parts << (m_detail.previous
            ? tr("previous review %1").arg(reviewDateText(m_detail.previous->heldOn))
            : tr("first review of %1").arg(review.scope.isCompany() ? tr("the company") : review.scopeName));
    if (!review.createdBy.isEmpty())
        parts << tr("scheduled by %1").arg(review.createdBy);
    d->subtitle->setText(parts.join(QStringLiteral(" · ")));
    d->agenda->setText(review.agenda.isEmpty()
            ? QString()
            : tr("Agenda: %1")
                  .arg(review.agenda.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("   "))));
    d->agenda->setVisible(!review.agenda.isEmpty());
}

void ReviewsPage::showBriefing()
{
    if (!m_detail.review) {
        m_detailWidget->briefing->clear();
        return;
    }
    m_detailWidget->briefing->showBriefing(m_detail, m_targets, m_list.teams, m_list.reps, m_targetsLoading);
    // The owners an item may have: the scope's people; the targets it may link to: the briefing's.
    const storage::ReviewScope &scope = m_detail.review->scope;
    QString team = scope.teamId;
    for (const storage::OrganisationUnit &rep : m_list.reps)
        if (scope.isRep() && rep.id == scope.repId)
            team = rep.teamId;
    ActionItemsModel::Choices owners, targets;
    for (const storage::OrganisationUnit &rep : m_list.reps)
        if (scope.isCompany() || rep.teamId == team || rep.id == scope.repId)
            owners.emplace_back(rep.id, rep.name);
    for (const TargetRow *row : briefingTargets(m_targets, *m_detail.review, m_list.reps))
        targets.emplace_back(QString::fromStdString(row->stored.target.id), row->stored.title);
    m_items->setChoices(owners, targets);
    m_carried->setChoices(owners, targets);
    m_detailWidget->fitTables();
}

} // namespace attain::ui
