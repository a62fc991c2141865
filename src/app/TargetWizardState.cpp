#include "app/TargetWizardState.h"

#include "app/MetricText.h"
#include "engine/SalesData.h"
#include "engine/Target.h"

#include <QLocale>

namespace attain::ui {

namespace {

using engine::AchievabilityVerdict;
using engine::MetricId;

const storage::OrganisationUnit *findUnit(const std::vector<storage::OrganisationUnit> &units, const QString &id)
{
    for (const storage::OrganisationUnit &unit : units)
        if (unit.id == id)
            return &unit;
    return nullptr;
}

bool isRate(MetricId metric)
{
    return metric == MetricId::ConversionRate || metric == MetricId::RetentionRate || metric == MetricId::MarketShare;
}

} // namespace

TargetWizardState::TargetWizardState(TargetWizardContext context)
    : m_context(std::move(context))
    , m_history(m_context.sales, m_context.asOf)
{
    m_draft.period = nextPeriodChoice(PeriodKind::Quarter, m_context.asOf, m_context.fiscalYearStartMonth);
}

QString TargetWizardState::currency() const
{
    return QString::fromStdString(m_context.sales.reportingCurrency());
}

std::optional<engine::Scope> TargetWizardState::scope() const
{
    using Kind = storage::IdMap::Kind;
    engine::Scope scope;
    const auto set = [&](engine::Id engine::Scope::*field, Kind kind) -> std::optional<engine::Scope> {
        scope.*field = m_context.ids.find(kind, m_draft.scopeId);
        return scope.*field == engine::kNoId ? std::nullopt : std::optional(scope);
    };
    switch (m_draft.scopeKind) {
    case ScopeKind::Company:
        return scope;
    case ScopeKind::Team:
        return set(&engine::Scope::team, Kind::Team);
    case ScopeKind::Rep:
        return set(&engine::Scope::rep, Kind::Rep);
    case ScopeKind::Channel:
        return set(&engine::Scope::channel, Kind::Channel);
    case ScopeKind::ProductLine:
        return set(&engine::Scope::productLine, Kind::ProductLine);
    case ScopeKind::Region:
        return set(&engine::Scope::region, Kind::Region);
    }
    return std::nullopt;
}

const std::vector<storage::OrganisationUnit> &TargetWizardState::unitsOf(ScopeKind kind) const
{
    static const std::vector<storage::OrganisationUnit> none;
    switch (kind) {
    case ScopeKind::Company:
        break;
    case ScopeKind::Team:
        return m_context.teams;
    case ScopeKind::Rep:
        return m_context.reps;
    case ScopeKind::Channel:
        return m_context.channels;
    case ScopeKind::ProductLine:
        return m_context.productLines;
    case ScopeKind::Region:
        return m_context.regions;
    }
    return none;
}

std::optional<engine::Period> TargetWizardState::period() const
{
    return toPeriod(m_draft.period, m_context.fiscalYearStartMonth);
}

QString TargetWizardState::scopeName() const
{
    if (m_draft.scopeKind == ScopeKind::Company)
        return tr("company", "as in: grow company revenue");
    const storage::OrganisationUnit *unit = findUnit(unitsOf(m_draft.scopeKind), m_draft.scopeId);
    return unit ? unit->name : QString();
}

QString TargetWizardState::periodName() const
{
    return periodDisplayName(m_draft.period, m_context.fiscalYearStartMonth);
}

QString TargetWizardState::autoTitle() const
{
    if (!m_draft.metric)
        return {};
    const MetricId metric = *m_draft.metric;
    const engine::MetricDefinition &definition = engine::definition(metric);
    const QString what = QLocale().toLower(metricName(metric));
    const QString who = scopeName().isEmpty() ? tr("…") : scopeName();
    if (!m_draft.value) {
        if (!definition.higherIsBetter)
            return tr("Cut %1 %2 in %3", "scope, metric, period").arg(who, what, periodName());
        return tr("Grow %1 %2 in %3", "scope, metric, period").arg(who, what, periodName());
    }
    const QString value = formatMetricValueCompact(metric, *m_draft.value, currency());
    if (!definition.higherIsBetter)
        return tr("Cut %1 %2 to %3 in %4", "scope, metric, value, period").arg(who, what, value, periodName());
    if (definition.aggregation != engine::Aggregation::Sum)
        return tr("Raise %1 %2 to %3 in %4", "scope, metric, value, period").arg(who, what, value, periodName());
    return tr("Grow %1 %2 to %3 in %4", "scope, metric, value, period").arg(who, what, value, periodName());
}

QString TargetWizardState::effectiveTitle() const
{
    return m_draft.titleEdited ? m_draft.title.trimmed() : autoTitle();
}

const storage::StoredTarget *TargetWizardState::parent() const
{
    if (m_draft.parentId.isEmpty())
        return nullptr;
    for (const storage::StoredTarget &target : m_context.existingTargets)
        if (QString::fromStdString(target.target.id) == m_draft.parentId)
            return &target;
    return nullptr;
}

const TargetAssessment *TargetWizardState::assessment() const
{
    const auto scope = this->scope();
    const auto period = this->period();
    if (!m_draft.metric || !scope || !period || !m_draft.value)
        return nullptr;
    if (!m_cached || m_cached->metric != *m_draft.metric || m_cached->scope != *scope || m_cached->period != *period
        || m_cached->value != *m_draft.value) {
        m_cached = CachedAssessment { *m_draft.metric, *scope, *period, *m_draft.value,
            m_history.assess(*m_draft.metric, *scope, *period, *m_draft.value) };
    }
    return &m_cached->assessment;
}

bool TargetWizardState::needsAcknowledgement() const
{
    const TargetAssessment *assessed = assessment();
    if (!assessed || assessed->status != TargetAssessment::Status::Assessed)
        return false;
    const AchievabilityVerdict verdict = assessed->result.verdict;
    if (verdict != AchievabilityVerdict::Unrealistic && verdict != AchievabilityVerdict::TooLow)
        return false;
    return m_draft.acknowledgedVerdict != verdict || m_draft.acknowledgementReason.trimmed().isEmpty();
}

QString TargetWizardState::specificProblem() const
{
    if (!m_draft.metric)
        return tr("Choose what the target measures.");
    if (!scope()) {
        switch (m_draft.scopeKind) {
        case ScopeKind::Company:
            break;
        case ScopeKind::Team:
            return tr("Choose the team this target is for.");
        case ScopeKind::Rep:
            return tr("Choose the rep this target is for.");
        case ScopeKind::Channel:
            return tr("Choose the sales channel this target is for.");
        case ScopeKind::ProductLine:
            return tr("Choose the product line this target is for.");
        case ScopeKind::Region:
            return tr("Choose the region this target is for.");
        }
    }
    if (effectiveTitle().isEmpty())
        return tr("Give the target a title.");
    return {};
}

QString TargetWizardState::achievableProblem() const
{
    if (m_draft.valueText.trimmed().isEmpty())
        return tr("Enter the target value: a target without a number cannot be measured.");
    if (!m_draft.value)
        return tr("“%1” is not a number.").arg(m_draft.valueText.trimmed());
    const MetricId metric = m_draft.metric.value_or(MetricId::Revenue);
    const std::int64_t value = *m_draft.value;
    if (isRate(metric) && (value < 0 || value > 10000))
        return tr("A rate lies between 0% and 100%.");
    if (metric == MetricId::CustomerSatisfaction && (value < 100 || value > 500))
        return tr("Satisfaction scores run from 1 to 5.");
    if (metric != MetricId::GrowthRate && value < 0)
        return tr("The target cannot be negative.");
    if (engine::definition(metric).aggregation == engine::Aggregation::Sum && value == 0)
        return tr("A target of zero asks for nothing: enter the value to reach.");
    if (needsAcknowledgement()) {
        const engine::AchievabilityResult &result = assessment()->result;
        const bool forecast = result.basis == engine::VerdictBasis::Forecast;
        if (result.verdict == AchievabilityVerdict::Unrealistic)
            return forecast ? tr("The forecast gives this target little chance: tick the acknowledgement and say "
                                 "why it is right, or lower it.")
                            : tr("Above what nearly every past period achieved: tick the acknowledgement and say "
                                 "why this target is right, or lower it.");
        return forecast ? tr("The forecast makes this target near-certain: tick the acknowledgement and say why it "
                             "is right, or raise it.")
                        : tr("This asks for no real growth: tick the acknowledgement and say why this target is "
                             "right, or raise it.");
    }
    return {};
}

std::optional<engine::Target> TargetWizardState::engineTarget(const std::string &id) const
{
    const auto scope = this->scope();
    const auto period = this->period();
    if (!m_draft.metric || !scope || !period)
        return std::nullopt;
    return engine::Target { id, m_draft.parentId.toStdString(), *m_draft.metric, *scope, *period,
        m_draft.value.value_or(0) };
}

QString TargetWizardState::parentProblem(bool withPeriod) const
{
    if (m_draft.parentId.isEmpty())
        return {};
    const storage::StoredTarget *parent = this->parent();
    if (!parent)
        return tr("The parent target no longer exists: choose another or none.");
    const auto draft = engineTarget("draft");
    if (!draft)
        return {};
    engine::Target root = parent->target;
    root.parentId.clear(); // only the link between these two is checked
    const engine::TargetTree tree({ root, *draft }, m_context.sales.data().teamOfRep);
    for (const engine::TargetIssue &issue : tree.issues()) {
        switch (issue.kind) {
        case engine::TargetIssue::Kind::MetricDiffers:
            return tr("The parent target measures %1: a target that contributes to it must measure the same.")
                .arg(QLocale().toLower(metricName(parent->target.metric)));
        case engine::TargetIssue::Kind::ScopeOutside:
            return tr("%1 is not part of the parent target's scope.").arg(scopeName());
        case engine::TargetIssue::Kind::PeriodOutside:
            if (withPeriod)
                return tr("%1 is not inside the parent target's period (%2).")
                    .arg(periodName(), QString::fromStdString(parent->target.period.label()));
            break;
        case engine::TargetIssue::Kind::SameAsParent:
            if (withPeriod)
                return tr("The target has the parent's scope and period, so it narrows nothing: choose a "
                          "narrower scope or a shorter period.");
            break;
        default:
            return tr("This target cannot sit under the chosen parent.");
        }
    }
    return {};
}

QString TargetWizardState::relevantProblem() const
{
    return parentProblem(false);
}

QString TargetWizardState::timeBoundProblem() const
{
    const auto period = this->period();
    if (!period)
        return tr("The period ends before it starts.");
    if (period->last < m_context.asOf)
        return tr("This period ended on %1: a target must still lie ahead.")
            .arg(QString::fromStdString(engine::toIsoString(period->last)));
    if (QString problem = parentProblem(true); !problem.isEmpty())
        return problem;
    if (needsAcknowledgement())
        return tr("With this period the value is judged %1: go back to Achievable and acknowledge it, or "
                  "change the value.")
            .arg(assessment()->result.verdict == AchievabilityVerdict::Unrealistic ? tr("unrealistic") : tr("too low"));
    return {};
}

QString TargetWizardState::firstProblem() const
{
    for (const QString &problem : { specificProblem(), achievableProblem(), relevantProblem(), timeBoundProblem() })
        if (!problem.isEmpty())
            return problem;
    return {};
}

std::optional<storage::StoredTarget> TargetWizardState::buildTarget(const QString &id) const
{
    if (!firstProblem().isEmpty())
        return std::nullopt;
    auto target = engineTarget(id.toStdString());
    if (!target)
        return std::nullopt;
    storage::StoredTarget stored;
    stored.target = std::move(*target);
    stored.title = effectiveTitle();
    if (m_draft.scopeKind == ScopeKind::Rep)
        stored.ownerRepId = m_draft.scopeId;
    stored.reviewCadence = cadenceKey(m_draft.cadence);
    // What the wizard judged when the target was set, and the manager's reason for keeping a
    // target it warned about: a later review can see that it was a conscious choice.
    if (const TargetAssessment *judged = assessment(); judged && judged->status == TargetAssessment::Status::Assessed) {
        stored.achievabilityVerdict = verdictKey(judged->result.verdict);
        if (m_draft.acknowledgedVerdict == judged->result.verdict)
            stored.achievabilityNote = m_draft.acknowledgementReason.trimmed();
    }
    return stored;
}

} // namespace attain::ui
