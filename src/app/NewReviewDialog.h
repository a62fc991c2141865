#pragma once

#include "storage/OrganisationRepository.h"
#include "storage/ReviewTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace attain::ui {

/// Reviews ▸ New Review… (Ctrl+Shift+R): a template (weekly team review, monthly business
/// review, one-on-one), who it is for (the scopes that template allows), the day, and the
/// title and agenda the template suggests (both editable).
class NewReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewReviewDialog)

public:
    NewReviewDialog(const std::vector<storage::OrganisationUnit> &teams,
        const std::vector<storage::OrganisationUnit> &reps, engine::Date day, QWidget *parent = nullptr);

    /// What to store: kind, scope, day, title and agenda, status scheduled.
    [[nodiscard]] storage::ReviewDraft draft() const;

    [[nodiscard]] QComboBox *templateComboBox() const { return m_template; }
    [[nodiscard]] QComboBox *scopeComboBox() const { return m_scope; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_date; }

private:
    void fillScopes();
    void suggest();
    [[nodiscard]] storage::ReviewKind kind() const;

    std::vector<storage::OrganisationUnit> m_teams, m_reps;
    QComboBox *m_template;
    QComboBox *m_scope;
    QDateEdit *m_date;
    QLineEdit *m_title;
    QPlainTextEdit *m_agenda;
    QString m_suggestedTitle, m_suggestedAgenda;
};

} // namespace attain::ui
