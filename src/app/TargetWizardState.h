#pragma once

#include "app/TargetDraft.h"
#include "app/TargetHistory.h"
#include "storage/IdMap.h"
#include "storage/OrganisationRepository.h"
#include "storage/TargetRepository.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace attain::engine {
class PreparedSales;
}

namespace attain::ui {

/// What the SMART wizard needs from its caller. The references must outlive the wizard.
struct TargetWizardContext
{
    const engine::PreparedSales &sales; ///< from SalesDataRepository::load(), prepared; must be ok()
    const storage::IdMap &ids; ///< the map of that load; takeTarget()'s scope uses it
    std::vector<storage::OrganisationUnit> teams; ///< OrganisationRepository::teams()
    std::vector<storage::OrganisationUnit> reps; ///< OrganisationRepository::reps()
    /// Candidates for the parent link (TargetRepository::find() gives titles).
    std::vector<storage::StoredTarget> existingTargets;
    engine::Date asOf; ///< today, from the caller: the wizard never reads the clock
    unsigned fiscalYearStartMonth = 1;
    /// OrganisationRepository::channels(), productLines(), regions(): targets for a sales
    /// channel, a product line or a region.
    std::vector<storage::OrganisationUnit> channels = {};
    std::vector<storage::OrganisationUnit> productLines = {};
    std::vector<storage::OrganisationUnit> regions = {};
};

/// The wizard's draft with the services that judge it. Each page edits the draft and asks
/// for its page's problem: an empty string means the page may be left.
class TargetWizardState final
{
    Q_DECLARE_TR_FUNCTIONS(attain::ui::TargetWizardState)

public:
    explicit TargetWizardState(TargetWizardContext context);
    TargetWizardState(const TargetWizardState &) = delete;
    TargetWizardState &operator=(const TargetWizardState &) = delete;

    [[nodiscard]] const TargetWizardContext &context() const { return m_context; }
    [[nodiscard]] TargetDraft &draft() { return m_draft; }
    [[nodiscard]] const TargetDraft &draft() const { return m_draft; }
    [[nodiscard]] const TargetHistory &history() const { return m_history; }
    [[nodiscard]] QString currency() const;

    /// The engine scope of the draft; nullopt while a team or rep is still to be chosen.
    [[nodiscard]] std::optional<engine::Scope> scope() const;
    [[nodiscard]] std::optional<engine::Period> period() const;
    [[nodiscard]] QString scopeName() const;
    /// The teams, reps, channels … a scope of `kind` is chosen from (empty for the company).
    [[nodiscard]] const std::vector<storage::OrganisationUnit> &unitsOf(ScopeKind kind) const;
    [[nodiscard]] QString periodName() const;
    /// The sentence the title follows until the user edits it:
    /// "Grow 华东一组 revenue to ¥12.0M in 2027 Q1".
    [[nodiscard]] QString autoTitle() const;
    /// The draft's title, or autoTitle() while the user has not edited it.
    [[nodiscard]] QString effectiveTitle() const;
    [[nodiscard]] const storage::StoredTarget *parent() const;

    /// The engine's verdict on the draft's value; null while metric, scope, period or value is
    /// missing. Cached: asking again for the same draft does not recompute.
    [[nodiscard]] const TargetAssessment *assessment() const;
    /// True when the verdict is Unrealistic or TooLow and the user has not accepted it (with a
    /// reason) for this verdict.
    [[nodiscard]] bool needsAcknowledgement() const;

    [[nodiscard]] QString specificProblem() const;
    [[nodiscard]] QString achievableProblem() const;
    [[nodiscard]] QString relevantProblem() const;
    [[nodiscard]] QString timeBoundProblem() const;
    /// The first problem of any page, in page order.
    [[nodiscard]] QString firstProblem() const;

    /// The target to store under `id`; nullopt while firstProblem() is not empty.
    [[nodiscard]] std::optional<storage::StoredTarget> buildTarget(const QString &id) const;

private:
    [[nodiscard]] std::optional<engine::Target> engineTarget(const std::string &id) const;
    /// The parent-link problem; `withPeriod` also checks what depends on the period.
    [[nodiscard]] QString parentProblem(bool withPeriod) const;

    TargetWizardContext m_context;
    TargetHistory m_history;
    TargetDraft m_draft;
    struct CachedAssessment
    {
        engine::MetricId metric;
        engine::Scope scope;
        engine::Period period;
        std::int64_t value;
        TargetAssessment assessment;
    };
    mutable std::optional<CachedAssessment> m_cached;
};

} // namespace attain::ui
