#include "app/CsatTableModel.h"

#include "app/FeedbackText.h"

#include <QLocale>

namespace attain::ui {

CsatTableModel::CsatTableModel(QString nameHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_nameHeader(std::move(nameHeader))
{
}

void CsatTableModel::setRows(std::vector<storage::CsatSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CsatTableModel::rowOf(const QString &id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return static_cast<int>(row);
    return -1;
}

int CsatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsatTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const storage::CsatSummary &row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.id.isEmpty() ? tr("No rep") : row.name;
        case CsatColumn:
            return csatText(row.csatHundredths());
        case ResponsesColumn:
            return QLocale().toString(row.responses);
        case OpenColumn:
            return QLocale().toString(row.openComplaints);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return data(index, Qt::DisplayRole);
        // No responses sorts below every score.
        case CsatColumn:
            return static_cast<qlonglong>(row.csatHundredths().value_or(-1));
        case ResponsesColumn:
            return static_cast<qlonglong>(row.responses);
        case OpenColumn:
            return static_cast<qlonglong>(row.openComplaints);
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == CsatColumn && row.responses > 0)
            return tr("Mean score %1 of 5: %2 points from %3 responses")
                .arg(csatText(row.csatHundredths()), QLocale().toString(row.scoreSum),
                    QLocale().toString(row.responses));
        break;
    default:
        break;
    }
    return {};
}

QVariant CsatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == OpenColumn)
        return tr("Open complaints: not resolved yet (open or in progress)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return m_nameHeader;
    case CsatColumn:
        return tr("CSAT");
    case ResponsesColumn:
        return tr("Responses");
    // Short: the tile above says "Open complaints"; the tooltip too.
    case OpenColumn:
        return tr("Open");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attain::ui
