#pragma once

#include <QSortFilterProxyModel>

namespace attain::ui {

/// One target's children out of TargetsModel, for the target view's table; with
/// setIncludeTarget(true) the target itself comes first (what its CSV export writes). Follows
/// the model's reloads by itself; sorts by TargetsModel::SortRole.
class TargetFamilyFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetFamilyFilterModel)

public:
    explicit TargetFamilyFilterModel(const QString &targetId, QObject *parent = nullptr);

    void setIncludeTarget(bool include);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] bool isTarget(const QModelIndex &sourceIndex) const;

    QString m_targetId;
    bool m_includeTarget = false;
};

} // namespace attain::ui
