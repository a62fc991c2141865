#pragma once

#include "engine/PaceStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace attain::ui {

/// Filters the targets list by a search text (title, metric, scope), a period text (a prefix
/// of the label: "2026" keeps 2026, 2026Q3 and 2026-03), a scope kind and a status; sorts by
/// TargetsModel::SortRole.
class TargetsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsFilterModel)

public:
    explicit TargetsFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setPeriodText(const QString &text);
    /// Storage's scope_kind ("team", "rep" …); empty for every scope.
    void setScopeKind(const QString &scopeKind);
    void setStatus(std::optional<engine::Status> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_period;
    QString m_scopeKind;
    std::optional<engine::Status> m_status;
};

} // namespace attain::ui
