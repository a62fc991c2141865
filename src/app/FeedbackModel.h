#pragma once

#include "storage/FeedbackTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace attain::ui {

/// The feedback of a period as a table: date, customer, rep, score (★★★★☆ 4), complaint
/// status, notes and resolution. Read only: changes go through the page's undo commands.
class FeedbackModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackModel)

public:
    enum Column {
        DateColumn,
        CustomerColumn,
        RepColumn,
        ScoreColumn,
        StatusColumn,
        NotesColumn,
        ResolutionColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the record's UUID
        SortRole, ///< the date, score or status order rather than the text
        CustomerIdRole,
        RepIdRole,
        StatusRole, ///< storage::ComplaintStatus as int
    };

    explicit FeedbackModel(QObject *parent = nullptr);

    void setEntries(std::vector<storage::FeedbackEntry> entries);
    [[nodiscard]] const std::vector<storage::FeedbackEntry> &entries() const { return m_entries; }
    /// The row of the record with `id`; −1 when it is not listed.
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] const storage::FeedbackEntry *entry(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::FeedbackEntry> m_entries;
};

} // namespace attain::ui
