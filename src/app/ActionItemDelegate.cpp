#include "app/ActionItemDelegate.h"

#include "app/ActionItemsModel.h"
#include "app/ReviewText.h"

#include <QComboBox>
#include <QDateEdit>

namespace attain::ui {

namespace {

const ActionItemsModel *itemsModel(const QModelIndex &index)
{
    return qobject_cast<const ActionItemsModel *>(index.model());
}

} // namespace

QWidget *ActionItemDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ActionItemsModel *model = itemsModel(index);
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (index.column()) {
    case ActionItemsModel::OwnerColumn:
    case ActionItemsModel::StatusColumn:
    case ActionItemsModel::LinkColumn: {
        auto *combo = new QComboBox(parent);
        if (index.column() == ActionItemsModel::StatusColumn) {
            for (const auto status : { storage::ActionStatus::Open, storage::ActionStatus::InProgress,
                     storage::ActionStatus::Done, storage::ActionStatus::Dropped })
                combo->addItem(actionStatusName(status), storage::actionStatusKey(status));
        } else {
            const bool owner = index.column() == ActionItemsModel::OwnerColumn;
            combo->addItem(owner ? tr("(nobody)") : tr("(none)"), QString());
            for (const auto &[id, label] : owner ? model->ownerChoices() : model->targetChoices())
                combo->addItem(label, id);
        }
        // A choice is a complete edit: store it at once.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ActionItemDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    case ActionItemsModel::DueColumn: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return date;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActionItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        date->setDate(parsed.isValid() ? parsed : QDate::currentDate());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ActionItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date().toString(Qt::ISODate), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace attain::ui
