#pragma once

#include "app/RevisionTable.h"
#include "app/TargetsLoader.h"
#include "storage/TargetRepository.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace attain::ui {

/// Every version of a target's value: who proposed it, when and why, and its status, with the
/// attainment of today's actual against each value. Proposed revisions can be approved or
/// rejected here (by a manager); each decision is one TargetRepository command and emits
/// targetChanged() so the list reloads.
class RevisionHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionHistoryDialog)

public:
    using enum RevisionTable::Column; // the columns, as RevisionHistoryDialog::StatusColumn …

    /// `row` gives the target and its actual; `repository` reads the trail and stores decisions
    /// as `actor`. Only a manager sees the Approve and Reject buttons.
    RevisionHistoryDialog(storage::TargetRepository repository, const TargetRow &row, const QString &currency,
        const storage::Actor &actor, QWidget *parent = nullptr);

    /// Re-reads the trail and the current value.
    void reload();
    /// Approves (true) or rejects the revision in table row `tableRow`; false with the error
    /// shown when storage refuses.
    bool decide(int tableRow, bool approve);

Q_SIGNALS:
    void targetChanged(const QString &targetId);

private:
    void updateButtons();

    storage::TargetRepository m_repository;
    QString m_targetId;
    QString m_title;
    engine::MetricId m_metric;
    std::optional<qint64> m_actual;
    QString m_currency;
    storage::Actor m_actor;
    std::vector<storage::TargetRevision> m_revisions;
    QLabel *m_summaryLabel;
    QLabel *m_errorLabel;
    RevisionTable *m_table;
    QPushButton *m_approveButton;
    QPushButton *m_rejectButton;
};

} // namespace attain::ui
