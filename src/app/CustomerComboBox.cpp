#include "app/CustomerComboBox.h"

#include <QCompleter>
#include <QLineEdit>

namespace attain::ui {

CustomerComboBox::CustomerComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(22);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lineEdit()->setPlaceholderText(tr("Type part of the name"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void CustomerComboBox::setCustomers(const std::vector<storage::CustomerChoice> &customers)
{
    const QString current = customerId();
    const QString text = currentText();
    const QSignalBlocker blocker(this);
    clear();
    for (const storage::CustomerChoice &customer : customers)
        addItem(customer.name, customer.id);
    const int index = current.isEmpty() ? -1 : findData(current);
    setCurrentIndex(index);
    setEditText(index >= 0 ? itemText(index) : text);
}

void CustomerComboBox::setCustomer(const QString &id, const QString &fallbackName)
{
    const int index = id.isEmpty() ? -1 : findData(id);
    setCurrentIndex(index);
    setEditText(index >= 0 ? itemText(index) : fallbackName);
}

QString CustomerComboBox::customerId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int current = currentIndex();
    if (current >= 0 && itemText(current) == text)
        return itemData(current).toString();
    const int index = findText(text, Qt::MatchFixedString); // any case
    return index >= 0 ? itemData(index).toString() : QString();
}

} // namespace attain::ui
