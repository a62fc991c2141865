#pragma once

#include "storage/ActivityTypes.h"
#include "storage/Actor.h"
#include "storage/OrganisationRepository.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace attain::ui {

class CustomerComboBox;

/// The fields of one activity, laid out in two rows for fast keyboard entry: Enter anywhere
/// submits; the type takes 1–5 or its first letter; the duration has 15/30/60 buttons; the
/// customer completes by any part of its name and the deal list follows the customer. Used by
/// the activities page (logging one after another) and by the add/edit dialog.
class ActivityEntryForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityEntryForm)

public:
    /// The deals to offer for a customer (storage::ActivityRepository::deals), and the deal an
    /// edited activity already has.
    using DealSource = std::function<std::vector<storage::DealChoice>(const QString &customerId, const QString &alsoId)>;

    /// `submitText`: the button's text ("&Add", "&Save").
    explicit ActivityEntryForm(const QString &submitText, QWidget *parent = nullptr);

    /// A rep logs their own activities (no rep field); a manager picks the rep (required).
    void setActor(const storage::Actor &actor);
    void setReps(const std::vector<storage::OrganisationUnit> &reps);
    void setCustomers(const std::vector<storage::CustomerChoice> &customers);
    void setDealSource(DealSource source);

    /// Fills every field from `activity` (its id is kept for activity()).
    void setActivity(const storage::Activity &activity);
    /// Type, minutes and customer to start from (the last ones logged); empty parts are skipped.
    void setDefaults(const QString &type, int minutes, const QString &customerId);
    /// The activity as entered (id as set by setActivity, else empty).
    [[nodiscard]] storage::Activity activity() const;
    /// What must be fixed before submitting, for people; empty when the entry is complete.
    [[nodiscard]] QString problem() const;
    /// Shows a problem under the fields (empty hides it).
    void showProblem(const QString &text);
    /// After an entry was added: clears the deal, outcome and notes, keeps the rest, and puts
    /// the focus back on the type for the next one.
    void clearForNext();
    void focusFirstField();

Q_SIGNALS:
    /// Enter or the button, with problem() empty; otherwise the problem is shown instead.
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void reloadDeals(const QString &keepDealId);
    [[nodiscard]] QString customerId() const;

    storage::Actor m_actor;
    DealSource m_dealSource;
    QString m_id;
    QString m_loadedDealsFor; ///< the customer whose deals the deal box holds
    QComboBox *m_repComboBox;
    QLabel *m_repLabel;
    QDateEdit *m_dateEdit;
    QComboBox *m_typeComboBox;
    QSpinBox *m_minutesSpinBox;
    CustomerComboBox *m_customerComboBox;
    QComboBox *m_dealComboBox;
    QComboBox *m_outcomeComboBox;
    QLineEdit *m_notesLineEdit;
    QPushButton *m_submitButton;
    QLabel *m_problemLabel;
};

} // namespace attain::ui
