#pragma once

#include "storage/TargetRepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RevisionDialog;
}

namespace attain::ui {

/// Proposes a new value for a target with a reason category and a required explanation (the
/// audit trail keeps both). OK stays disabled until both are given. Managers may approve the
/// change at once; others' proposals wait in the history for a decision. The dialog only
/// collects the change: the caller stores it with TargetRepository::updateValue(valueChange()).
class RevisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionDialog)

public:
    /// `actor` is recorded as the proposer; a manager may also approve the change at once.
    RevisionDialog(const storage::StoredTarget &target, const QString &currency, const storage::Actor &actor,
        QWidget *parent = nullptr);
    ~RevisionDialog() override;

    /// The change as entered (value in the metric's stored unit).
    [[nodiscard]] storage::ValueChange valueChange() const;

private:
    void updateOkButton();

    const std::unique_ptr<Ui::RevisionDialog> m_ui;
    storage::Actor m_actor;
};

} // namespace attain::ui
