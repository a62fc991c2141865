#pragma once

#include "storage/Actor.h"
#include "storage/FeedbackTypes.h"
#include "storage/OrganisationRepository.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace attain::ui {

/// Records or edits one feedback: customer (type to search), rep, date, score 1–5 (type the
/// digit), complaint, notes. A rep records as themselves: the rep is fixed to them.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    /// `initial`: the feedback to edit; none records new feedback received `today` by default.
    FeedbackDialog(const std::vector<storage::FeedbackCustomer> &customers,
        const std::vector<storage::OrganisationUnit> &reps, const storage::Actor &actor, engine::Date today,
        const std::optional<storage::FeedbackDraft> &initial, QWidget *parent = nullptr);

    /// What the form holds (valid once accepted).
    [[nodiscard]] storage::FeedbackDraft draft() const;

private:
    void updateState();

    QComboBox *m_customerComboBox;
    QComboBox *m_repComboBox;
    QDateEdit *m_dateEdit;
    QSpinBox *m_scoreSpinBox;
    QLabel *m_starsLabel;
    QCheckBox *m_complaintCheckBox;
    QPlainTextEdit *m_notesTextEdit;
    QLabel *m_hintLabel;
    QDialogButtonBox *m_buttonBox;
};

} // namespace attain::ui
