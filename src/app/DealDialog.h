#pragma once

#include "app/DealsLoader.h"
#include "storage/Actor.h"
#include "storage/DealTypes.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace attain::ui {

class CustomerComboBox;

/// New Deal… and editing a listed deal. `save` stores the entered deal and returns storage's
/// refusal, or an empty text on success; a refusal is shown in the dialog, which stays open.
/// Enter saves. A rep has no owner field (their deals are their own).
class DealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealDialog)

public:
    using Save = std::function<QString(const storage::Deal &)>;

    DealDialog(const QString &title, const storage::Actor &actor, const DealChoices &choices, Save save,
               QWidget *parent = nullptr);

    /// Fills every field from `deal` (its id and creation date are kept for deal()).
    void setDeal(const storage::Deal &deal);
    /// The deal as entered.
    [[nodiscard]] storage::Deal deal() const;

private:
    void submit();
    void updateStageFields();

    storage::Actor m_actor;
    Save m_save;
    storage::Deal m_original;
    QComboBox *m_ownerComboBox;
    CustomerComboBox *m_customerComboBox;
    QComboBox *m_stageComboBox;
    QDoubleSpinBox *m_amountSpinBox;
    QComboBox *m_currencyComboBox;
    QCheckBox *m_expectedCheckBox;
    QDateEdit *m_expectedEdit;
    QDateEdit *m_closedEdit;
    QLineEdit *m_lostReasonLineEdit;
    QLineEdit *m_competitorLineEdit;
    QComboBox *m_channelComboBox;
    QComboBox *m_productLineComboBox;
    QComboBox *m_regionComboBox;
    QLabel *m_problemLabel;
};

} // namespace attain::ui
