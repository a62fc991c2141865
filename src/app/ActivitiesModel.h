#pragma once

#include "storage/ActivityTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace attain::ui {

/// The activities list: one row per stored activity, as ActivityRepository::list returns them.
class ActivitiesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesModel)

public:
    enum Column { Date, Rep, Type, Minutes, Customer, Deal, Outcome, Notes, ColumnCount };
    /// The value a column sorts by (a date, a number or a text).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The activity's id.
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit ActivitiesModel(QObject *parent = nullptr);

    void setActivities(std::vector<storage::Activity> activities);
    [[nodiscard]] const storage::Activity *activity(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] int totalMinutes() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::Activity> m_activities;
};

} // namespace attain::ui
