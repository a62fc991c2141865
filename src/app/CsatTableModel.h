#pragma once

#include "storage/FeedbackTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace attain::ui {

/// CSAT by customer or by rep: name, CSAT, responses and open complaints per row.
class CsatTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsatTableModel)

public:
    enum Column { NameColumn, CsatColumn, ResponsesColumn, OpenColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< customer or rep UUID; empty for "no rep"
        SortRole,
    };

    /// `nameHeader`: "Customer" or "Rep".
    CsatTableModel(QString nameHeader, QObject *parent = nullptr);

    void setRows(std::vector<storage::CsatSummary> rows);
    [[nodiscard]] const std::vector<storage::CsatSummary> &rows() const { return m_rows; }
    /// The row of `id`; −1 when it has none.
    [[nodiscard]] int rowOf(const QString &id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_nameHeader;
    std::vector<storage::CsatSummary> m_rows;
};

} // namespace attain::ui
