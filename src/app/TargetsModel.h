#pragma once

#include "app/TargetsLoader.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace attain::ui {

/// The targets list: one row per target with its actual, attainment, pace and status as the
/// engine computed them (TargetsLoader). Display text is for people; Qt::UserRole holds raw
/// numbers for sorting, and the roles below what filters and the page need.
class TargetsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsModel)

public:
    enum Column {
        TitleColumn,
        MetricColumn,
        ScopeColumn,
        PeriodColumn,
        TargetColumn,
        ActualColumn,
        AttainmentColumn,
        PaceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        IdRole, ///< the target's UUID, on every column
        StatusRole, ///< engine::Status as int, on every column
        StatusColorRole, ///< QColor of the status, on every column
        ScopeKindRole, ///< "company", "team", "rep" …, on every column
        PeriodRole, ///< the period label ("2026", "2026Q3" …), on every column
        ParentIdRole, ///< the parent target's UUID (empty for a root), on every column
    };

    explicit TargetsModel(QObject *parent = nullptr);

    void setData(TargetsData data);
    [[nodiscard]] const TargetsData &targetsData() const { return m_data; }
    /// The row of a target id, or -1.
    [[nodiscard]] int rowOf(const QString &targetId) const;
    [[nodiscard]] const TargetRow *row(int row) const;

    /// The numbers behind a status, for its tooltip: "Pace 84% of what was expected by now; on
    /// track needs 95%. Needs 38% more per working day than the last 60 days …".
    [[nodiscard]] static QString statusExplanation(const engine::Kpi &kpi, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] QVariant display(const TargetRow &row, int column) const;
    [[nodiscard]] QVariant toolTip(const TargetRow &row, int column) const;
    [[nodiscard]] QVariant sortKey(const TargetRow &row, int column) const;

    TargetsData m_data;
    QIcon m_lockIcon { QStringLiteral(":/icons/lock.svg") };
};

} // namespace attain::ui
