#pragma once

#include "storage/DashboardTypes.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace attain::ui {

class RiskModel;
class TargetsModel;
struct TargetRow;

/// The dashboard's targets in trouble: RiskModel (at risk or off track, most urgent first,
/// with why and since when, read from the targets list) in a table under a title and a count.
/// Says "Loading…" while the targets list loads (setLoading) and "No target is at risk or off
/// track." when none is. Double-click or Enter on a target emits targetActivated; the page
/// opens it with TargetsPage::showTarget.
class RiskPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskPanel)

public:
    /// `targets` is the targets list's model (TargetsPage::model()); it must outlive the panel.
    explicit RiskPanel(TargetsModel &targets, QWidget *parent = nullptr);

    /// True while the targets list has not loaded yet (TargetsPage::isLoading, until its
    /// `loaded` signal): the panel says so instead of "no target is at risk".
    void setLoading(bool loading);
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /// Narrows the panel to the targets `accepts` takes (scopeFilter() for a dashboard scope);
    /// none: every target. Passed to RiskModel::setFilter; replaces a scope set with setScope.
    /// The filter is kept across reloads: one from scopeFilter() must then be made again with
    /// the new snapshot (setScope does that).
    void setScopeFilter(std::function<bool(const TargetRow &)> accepts);
    /// Narrows the panel to `scope` with scopeFilter(), rebuilt from each load's snapshot so the
    /// targets' ids are always read with the map they were loaded with; nullopt: every target.
    void setScope(std::optional<storage::DashboardScope> scope);
    /// Keeps only targets whose period overlaps `period` (the dashboard's); none: any period.
    void setPeriod(std::optional<engine::Period> period);

    [[nodiscard]] RiskModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }

Q_SIGNALS:
    /// The user asked to open this target (UUID): double-click or Enter.
    void targetActivated(const QString &targetId);

private:
    void applyScope();
    void updateState();

    TargetsModel &m_targets;
    RiskModel *m_model;
    std::optional<storage::DashboardScope> m_scope;
    std::optional<engine::Period> m_period;
    bool m_loading = false;
    QLabel *m_countLabel;
    QStackedWidget *m_stack;
    QTableView *m_tableView;
    QLabel *m_messageLabel;
};

} // namespace attain::ui
