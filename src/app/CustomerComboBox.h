#pragma once

#include "storage/ActivityTypes.h"

#include <QComboBox>

#include <vector>

namespace attain::ui {

/// The customer picker of the activity and deal forms: editable, it completes by any part of
/// the name in any case (thousands of customers), and a typed name counts once it is one
/// customer's name.
class CustomerComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerComboBox)

public:
    explicit CustomerComboBox(QWidget *parent = nullptr);

    /// Refills the list, keeping the chosen customer (or the typed text) without signals.
    void setCustomers(const std::vector<storage::CustomerChoice> &customers);
    /// Chooses the customer `id`, or shows `fallbackName` when the list has no such customer.
    void setCustomer(const QString &id, const QString &fallbackName = {});
    /// The chosen customer's id: empty for no text or a text that is no customer's name.
    [[nodiscard]] QString customerId() const;
};

} // namespace attain::ui
