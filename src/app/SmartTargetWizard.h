#pragma once

#include "app/TargetWizardState.h"
#include "storage/TargetRepository.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace attain::ui {

class AchievablePage;
class MeasurablePage;
class RelevantPage;
class SpecificPage;
class TimeBoundPage;

/// Creates a SMART target one letter per page: Specific (metric, scope, title), Measurable
/// (definition, today's value), Achievable (value and the engine's verdict), Relevant (parent
/// target), Time-bound (period, review cadence). It refuses to finish while anything is vague;
/// each page says why in its `reasonLabel`.
///
/// Embedding (e.g. a "New Target…" action in the main window):
/// ```
/// auto sales = storage::SalesDataRepository(db).load();       // on a worker thread
/// engine::PreparedSales prepared(std::move(sales.data), "CNY", storage::ExchangeRateRepository(db).load());
/// storage::IdMap &ids = sales.ids;                             // keep alive with `prepared`
/// std::vector<storage::StoredTarget> existing;                 // loadAll(ids) + find(id, ids) for titles
/// SmartTargetWizard wizard({prepared, ids, org.teams(), org.reps(), existing, today, fiscalStart}, this);
/// if (wizard.exec() == QDialog::Accepted)
///     if (auto target = wizard.takeTarget())
///         storage::TargetRepository(db).insert({*target}, ids);
/// ```
/// takeTarget() carries the review cadence, the verdict the wizard gave and the reason a warned
/// target was kept anyway, which insert() stores.
class SmartTargetWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmartTargetWizard)

public:
    enum PageId { SpecificPageId, MeasurablePageId, AchievablePageId, RelevantPageId, TimeBoundPageId };

    explicit SmartTargetWizard(TargetWizardContext context, QWidget *parent = nullptr);
    ~SmartTargetWizard() override;

    /// The finished target with a new UUID, once: later calls return nullopt, as do calls
    /// before the wizard was accepted.
    [[nodiscard]] std::optional<storage::StoredTarget> takeTarget();
    [[nodiscard]] const TargetDraft &draft() const { return m_state.draft(); }
    [[nodiscard]] const TargetWizardState &state() const { return m_state; }

    void accept() override;

private:
    TargetWizardState m_state;
    std::optional<storage::StoredTarget> m_result;
};

} // namespace attain::ui
