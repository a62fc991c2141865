#include "app/FeedbackModel.h"

#include "app/FeedbackText.h"

#include <QColor>

namespace attain::ui {

namespace {

/// One line of a multi-line text for a table cell; the tooltip has all of it.
QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

} // namespace

FeedbackModel::FeedbackModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FeedbackModel::setEntries(std::vector<storage::FeedbackEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int FeedbackModel::rowOf(const QString &id) const
{
    for (std::size_t row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].id == id)
            return static_cast<int>(row);
    return -1;
}

const storage::FeedbackEntry *FeedbackModel::entry(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

int FeedbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int FeedbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackModel::data(const QModelIndex &index, int role) const
{
    const storage::FeedbackEntry *e = entry(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return e->id;
    case CustomerIdRole:
        return e->customerId;
    case RepIdRole:
        return e->repId;
    case StatusRole:
        return static_cast<int>(e->status());
    default:
        break;
    }
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case DateColumn:
            return QString::fromStdString(engine::toIsoString(e->receivedOn));
        case CustomerColumn:
            return e->customerName;
        case RepColumn:
            return e->repId.isEmpty() ? tr("No rep") : e->repName;
        case ScoreColumn:
            return scoreText(e->score);
        case StatusColumn:
            return complaintStatusText(e->status());
        case NotesColumn:
            return firstLine(e->notes);
        case ResolutionColumn:
            if (e->resolvedOn)
                return tr("%1 (%2)").arg(
                    firstLine(e->resolution), QString::fromStdString(engine::toIsoString(*e->resolvedOn)));
            return firstLine(e->resolution);
        case ColumnCount:
            break;
        }
    }
    if (role == SortRole) {
        switch (column) {
        case DateColumn:
            return QString(QString::fromStdString(engine::toIsoString(e->receivedOn)) + e->id);
        case ScoreColumn:
            return e->score;
        case StatusColumn:
            return static_cast<int>(e->status());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == NotesColumn && !e->notes.isEmpty())
            return e->notes;
        if (column == ResolutionColumn && !e->resolution.isEmpty())
            return e->resolution;
        if (column == ScoreColumn)
            return tr("Score %1 of 5").arg(e->score);
    }
    if (role == Qt::AccessibleTextRole && column == ScoreColumn)
        return tr("Score %1 of 5").arg(e->score);
    if (role == Qt::ForegroundRole && column == StatusColumn && e->status() == storage::ComplaintStatus::Open)
        return QColor(0xB0, 0x3A, 0x00); // dark orange, with the word: colour is never the only cue
    return {};
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case DateColumn:
        return tr("Received");
    case CustomerColumn:
        return tr("Customer");
    case RepColumn:
        return tr("Rep");
    case ScoreColumn:
        return tr("Score");
    case StatusColumn:
        return tr("Complaint");
    case NotesColumn:
        return tr("Notes");
    case ResolutionColumn:
        return tr("Resolution");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attain::ui
