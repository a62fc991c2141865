#pragma once

#include "engine/Date.h"
#include "storage/ReviewTypes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <utility>
#include <vector>

namespace attain::ui {

/// Action items as a table: a review's own (text, owner, due date, status, linked target, all
/// editable) or those carried over from earlier reviews (the last column names the review
/// they come from). Overdue items say so in words, with a warning icon, in red. Edits are not
/// applied here: setData() emits editRequested() and the page runs an undoable command that
/// stores the change and calls replaceItem().
class ActionItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemsModel)

public:
    enum Column { TextColumn, OwnerColumn, DueColumn, StatusColumn, LinkColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole, KeyRole };
    using Choices = std::vector<std::pair<QString, QString>>; ///< (id, label)

    explicit ActionItemsModel(bool carried, QObject *parent = nullptr);

    void setItems(std::vector<storage::ActionItem> items);
    void setCarried(const std::vector<storage::CarriedItem> &items);
    void setAsOf(engine::Date asOf);
    /// Who may own an item and which targets an item may link to (id, label), for the editors.
    void setChoices(Choices owners, Choices targets);
    /// Which cells the current user may edit (default: none).
    void setEditable(std::function<bool(const storage::ActionItem &, int column)> editable);

    void insertItem(const storage::ActionItem &item);
    void removeItem(const QString &id);
    /// Replaces the item with the same id, if this model shows it.
    void replaceItem(const storage::ActionItem &item);
    [[nodiscard]] const storage::ActionItem *item(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] const Choices &ownerChoices() const { return m_owners; }
    [[nodiscard]] const Choices &targetChoices() const { return m_targets; }
    [[nodiscard]] int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void editRequested(const storage::ActionItem &before, const storage::ActionItem &after);

private:
    [[nodiscard]] QString label(const Choices &choices, const QString &id, const QString &fallback) const;
    [[nodiscard]] QVariant display(int row, int column) const;

    bool m_carried;
    engine::Date m_asOf {};
    std::vector<storage::ActionItem> m_items;
    std::vector<QString> m_origins; ///< carried: "title (date)" of the review each comes from
    Choices m_owners, m_targets;
    std::function<bool(const storage::ActionItem &, int)> m_editable;
};

} // namespace attain::ui
