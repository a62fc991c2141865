#pragma once

#include "app/TargetRights.h"
#include "storage/TargetRepository.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class TargetDetailDialog;
}

namespace attain::ui {

class TargetFamilyFilterModel;
class TargetsModel;
struct TargetRow;

/// Everything about one target in one window: its sentence, metric, scope, owner, period and
/// decomposition; the current and the original value with attainment against each, actual,
/// gap, pace and projection; its status in words and colour with the reason in numbers; its
/// children (double-click or Enter opens one) and a button to its parent; and its revisions.
///
/// Non-modal. The figures come from `model` (the targets list's, so nothing is loaded on the
/// UI thread) and follow its reloads; the revisions are read through `repository`. The
/// buttons only ask: the targets page, which owns the actions, answers the signals.
class TargetDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetDetailDialog)

public:
    TargetDetailDialog(
        TargetsModel &model, storage::TargetRepository repository, const QString &targetId, QWidget *parent = nullptr);
    ~TargetDetailDialog() override;

    [[nodiscard]] const QString &targetId() const { return m_targetId; }
    /// Decides which buttons are enabled (and why not, as their tooltips) for the person
    /// working; without it every button is enabled. Applied at once and on every refresh.
    void setRights(std::function<TargetRights(const TargetRow &)> rights);
    /// Re-reads the target's row from the model and its revisions from the repository.
    void refresh();
    /// The size that shows everything without scrolling, at least `minimumWidth` wide (the
    /// view opens at it, within the screen).
    [[nodiscard]] QSize contentSize(int minimumWidth = 0) const;
    /// Writes the target and its children, in the list's columns, to `path` (CSV, UTF-8 with
    /// BOM). False with `error` set when it cannot be written.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void reviseRequested(const QString &targetId);
    void decomposeRequested(const QString &targetId);
    void historyRequested(const QString &targetId);
    /// A child or the parent should open in its own view.
    void openTargetRequested(const QString &targetId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRow(const TargetRow &row);
    void showStatus(const TargetRow &row, const QString &currency);
    void showFigures(const TargetRow &row, const QString &currency);
    void showFamily(const TargetRow &row);
    void showRevisions(const TargetRow &row, const QString &currency);
    void showMissing();
    void exportWithDialog();

    const std::unique_ptr<Ui::TargetDetailDialog> m_ui;
    const TargetsModel &m_model;
    storage::TargetRepository m_repository;
    QString m_targetId;
    std::function<TargetRights(const TargetRow &)> m_rights;
    QString m_parentId;
    TargetFamilyFilterModel *m_children;
    TargetFamilyFilterModel *m_exportRows;
    std::vector<storage::TargetRevision> m_revisions;
    QString m_readError;
    bool m_sized = false; ///< sized to its content on first show
};

} // namespace attain::ui
