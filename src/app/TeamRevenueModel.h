#pragma once

#include "storage/OverviewRepository.h"

#include <QAbstractTableModel>

namespace attain::ui {

/// Teams' revenue against target, one row per team. Qt::UserRole gives raw numbers for sorting.
class TeamRevenueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamRevenueModel)

public:
    enum Column { TeamColumn, TargetColumn, ActualColumn, AttainmentColumn, GapColumn, ColumnCount };

    explicit TeamRevenueModel(QObject *parent = nullptr);

    void setOverview(storage::RevenueOverview overview);
    [[nodiscard]] const storage::RevenueOverview &overview() const { return m_overview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    storage::RevenueOverview m_overview;
};

} // namespace attain::ui
