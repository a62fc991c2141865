#pragma once

#include "storage/OrganisationRepository.h"

#include <QDialog>

#include <vector>

class QComboBox;

namespace attain::ui {

/// Chooses who works on the open database: a manager, or one of its reps. The file has no
/// logins, so this decides which actions Attain offers (a rep proposes changes to their own
/// targets; a manager approves, rejects and locks) and whose name signs each change.
class WorkAsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkAsDialog)

public:
    /// `repId` is preselected (empty: manager).
    WorkAsDialog(const std::vector<storage::OrganisationUnit> &reps, const QString &repId, QWidget *parent = nullptr);
    ~WorkAsDialog() override;

    /// The chosen rep's UUID, or empty for a manager.
    [[nodiscard]] QString repId() const;

private:
    QComboBox *m_comboBox;
};

} // namespace attain::ui
