#include "app/WorkloadSummary.h"

#include "app/WorkloadText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace attain::ui {

namespace {

// Below this coefficient of variation the team's load counts as even; above the second, as
// very uneven (a common reading of CV: < 0.15 low, > 0.35 high).
constexpr double kEvenSpread = 0.15;
constexpr double kUnevenSpread = 0.35;

QString namesOf(const engine::WorkloadResult &result, const std::vector<std::string> &ids)
{
    QStringList names;
    for (const std::string &id : ids)
        for (const engine::RepWorkload &rep : result.reps)
            if (rep.rep.id == id && rep.loadBp)
                names << WorkloadSummary::tr("%1 (%2)").arg(QString::fromStdString(rep.rep.name), formatLoad(*rep.loadBp));
    return names.isEmpty() ? WorkloadSummary::tr("Nobody") : names.join(WorkloadSummary::tr(", "));
}

} // namespace

WorkloadSummary::WorkloadSummary(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("workloadSummary"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(24);
    m_mean = addTile(tr("Team mean load"), QStringLiteral("teamMeanLabel"));
    m_spread = addTile(tr("Spread"), QStringLiteral("spreadLabel"));
    m_overloaded = addTile(tr("Overloaded ▲"), QStringLiteral("overloadedLabel"));
    m_idle = addTile(tr("Idle ▼"), QStringLiteral("idleLabel"));
    m_spread->setToolTip(tr("How much the reps' loads differ: the standard deviation divided by the mean "
                            "(coefficient of variation). Below 0.15 even, above 0.35 very uneven."));
}

QLabel *WorkloadSummary::addTile(const QString &title, const QString &objectName)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *titleLabel = new QLabel(title, box);
    titleLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(box);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = value->font();
    font.setBold(true);
    value->setFont(font);
    column->addWidget(titleLabel);
    column->addWidget(value);
    column->addStretch();
    // The names need the room; the mean and spread are short.
    const int stretch = objectName == QStringLiteral("spreadLabel") || objectName == QStringLiteral("teamMeanLabel") ? 2 : 3;
    qobject_cast<QHBoxLayout *>(layout())->addWidget(box, stretch);
    return value;
}

void WorkloadSummary::clear()
{
    for (QLabel *label : {m_mean, m_spread, m_overloaded, m_idle})
        label->clear();
}

void WorkloadSummary::setResult(const engine::WorkloadResult &result, bool teamOnly)
{
    const engine::TeamWorkload &team = result.team;
    const QString none = tr("–");
    if (team.meanLoadBp) {
        m_mean->setText(tr("%1 · %2 a week")
                            .arg(formatLoad(*team.meanLoadBp), formatHours(team.meanWeeklyMinutes.value_or(0.0))));
    } else {
        m_mean->setText(team.meanWeeklyMinutes ? tr("%1 a week (no norm)").arg(formatHours(*team.meanWeeklyMinutes))
                                               : none);
    }
    if (team.spread) {
        const QString words = *team.spread < kEvenSpread     ? tr("even")
                              : *team.spread <= kUnevenSpread ? tr("uneven")
                                                              : tr("very uneven");
        m_spread->setText(tr("%1 (%2)").arg(QLocale().toString(*team.spread, 'f', 2), words));
    } else {
        m_spread->setText(none);
    }
    m_overloaded->setText(namesOf(result, team.overloaded));
    m_idle->setText(namesOf(result, team.idle));
    for (QLabel *label : {m_spread, m_overloaded, m_idle})
        label->parentWidget()->setVisible(!teamOnly);
}

} // namespace attain::ui
