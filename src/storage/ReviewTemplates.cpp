#include "storage/ReviewTemplates.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace attain::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::storage::ReviewTemplates", text);
}

} // namespace

std::vector<ReviewTemplate> reviewTemplates()
{
    return {
        { ReviewKind::TeamMeeting, tr("Weekly team review"), false, true, false,
            { tr("Pipeline and forecast"), tr("Targets at risk"), tr("Last week's action items"),
                tr("Next week's focus") } },
        { ReviewKind::Periodic, tr("Monthly business review"), true, true, false,
            { tr("Results against targets"), tr("Forecast"), tr("Risks"), tr("Decisions"), tr("Adjustments") } },
        { ReviewKind::OneOnOne, tr("One-on-one"), false, false, true,
            { tr("Own targets and pace"), tr("Activities"), tr("Blockers"), tr("Coaching"), tr("Action items") } },
    };
}

ReviewTemplate reviewTemplate(ReviewKind kind)
{
    for (ReviewTemplate &candidate : reviewTemplates())
        if (candidate.kind == kind)
            return candidate;
    return {};
}

QString reviewKindName(ReviewKind kind)
{
    return reviewTemplate(kind).name;
}

QString agendaText(const QStringList &agenda)
{
    QStringList lines;
    for (int i = 0; i < agenda.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(agenda[i]);
    return lines.join(QLatin1Char('\n'));
}

QString reviewTitle(ReviewKind kind, const QString &scopeName, engine::Date date)
{
    return tr("%1 — %2 — %3")
        .arg(reviewKindName(kind), scopeName.isEmpty() ? tr("Company") : scopeName, toSqlDate(date));
}

} // namespace attain::storage
