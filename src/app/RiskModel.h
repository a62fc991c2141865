#pragma once

#include "engine/Date.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <vector>

namespace attain::ui {

class TargetsModel;
struct TargetRow;

/// The risk panel's rows: the targets of the targets list that are at risk or off track, the
/// most urgent first (off track before at risk, then the longest in trouble), with why in
/// numbers and since when. It reads the list's model, so the two always agree, and follows its
/// reloads. A filter narrows it to the dashboard's scope and period.
class RiskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskModel)

public:
    enum Column { TargetColumn, ScopeColumn, StatusColumn, WhyColumn, SinceColumn, GapColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RiskModel(TargetsModel &targets, QObject *parent = nullptr);

    /// Which targets belong to the panel (besides being in trouble); none: every one.
    void setFilter(std::function<bool(const TargetRow &)> accepts);
    [[nodiscard]] const TargetRow *row(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();

    TargetsModel &m_targets;
    std::function<bool(const TargetRow &)> m_accepts;
    std::vector<int> m_rows; ///< rows of m_targets, most urgent first
};

} // namespace attain::ui
