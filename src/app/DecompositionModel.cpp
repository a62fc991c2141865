#include "app/DecompositionModel.h"

#include "app/DecompositionCommands.h"
#include "app/MoneyFormat.h"

#include <QFont>
#include <QRegularExpression>
#include <QUndoStack>
#include <QUuid>

#include <limits>

namespace attain::ui {

namespace {

/// The scope's fields as "kind:uuid" (dense id when the IdMap does not know it): a stable
/// name for the child's v5 UUID.
QString scopeKey(const engine::Scope &scope, const storage::IdMap &ids)
{
    using Kind = storage::IdMap::Kind;
    const std::pair<const char *, std::pair<Kind, engine::Id>> fields[] = {
        { "team", { Kind::Team, scope.team } },
        { "rep", { Kind::Rep, scope.rep } },
        { "channel", { Kind::Channel, scope.channel } },
        { "product_line", { Kind::ProductLine, scope.productLine } },
        { "region", { Kind::Region, scope.region } },
        { "customer", { Kind::Customer, scope.customer } },
        { "customer_group", { Kind::CustomerGroup, scope.customerGroup } },
    };
    QStringList parts;
    for (const auto &[key, field] : fields) {
        if (field.second == engine::kNoId)
            continue;
        const QString uuid = ids.uuid(field.first, field.second);
        parts << QLatin1String(key) + QLatin1Char(':')
                + (uuid.isEmpty() ? QLatin1Char('#') + QString::number(field.second) : uuid);
    }
    return parts.isEmpty() ? QStringLiteral("company") : parts.join(QLatin1Char(';'));
}

} // namespace

DecompositionModel::DecompositionModel(DecompositionSetup setup, QUndoStack &undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_setup(std::move(setup))
    , m_undoStack(undoStack)
    , m_periods(engine::subPeriods(m_setup.parent.target.period, m_setup.granularity))
    , m_lockIcon(QStringLiteral(":/icons/lock.svg"))
{
    const int rows = static_cast<int>(m_setup.rows.size());
    const int columns = static_cast<int>(m_periods.size());
    const auto flatten = [&](const std::vector<std::vector<std::int64_t>> &matrix) {
        std::vector<std::int64_t> flat;
        if (matrix.size() != m_setup.rows.size())
            return flat;
        for (const auto &row : matrix) {
            if (row.size() != m_periods.size())
                return std::vector<std::int64_t> {};
            flat.insert(flat.end(), row.begin(), row.end());
        }
        return flat;
    };
    m_history = flatten(m_setup.history);
    if (m_setup.seasonality) {
        m_profile = *m_setup.seasonality;
    } else if (const auto estimated = profileFromHistory(m_periods, m_history, rows)) {
        m_profile = *estimated;
        m_profileFromHistory = true;
    }

    m_grid.rows = rows;
    m_grid.columns = columns;
    m_grid.locked.assign(static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns), false);
    m_grid.values = flatten(m_setup.initialValues);
    if (!m_grid.values.empty()) {
        m_grid.method = DecompositionMethod::Manual;
    } else {
        m_grid.values.assign(m_grid.locked.size(), 0);
        // The starting split is not an undoable step: there is nothing before it.
        const auto weights = methodWeights(DecompositionMethod::Equal, rows, m_periods, m_history, m_profile);
        if (const GridOutcome start = ui::applyMethod(m_grid, DecompositionMethod::Equal, parentValue(), weights);
            start.grid)
            m_grid = *start.grid;
    }
}

int DecompositionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rows + 1;
}

int DecompositionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.columns + 1;
}

bool DecompositionModel::isGridCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_grid.rows && index.column() < m_grid.columns;
}

QVariant DecompositionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool cell = isGridCell(index);
    const bool locked = cell && m_grid.isLocked(row, column);
    std::int64_t value = 0;
    if (cell)
        value = m_grid.value(row, column);
    else if (row == m_grid.rows && column == m_grid.columns)
        value = m_grid.total();
    else if (row == m_grid.rows)
        value = m_grid.columnTotal(column);
    else
        value = m_grid.rowTotal(row);

    switch (role) {
    case Qt::DisplayRole:
        return formatValue(value);
    case Qt::EditRole:
        // No group separators while editing: the text is read back by parseValue().
        return formatValue(value).remove(QLocale().groupSeparator());
    case ValueRole:
        return QVariant::fromValue<qint64>(value);
    case LockedRole:
        return locked;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (locked || !cell) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return locked ? QVariant(m_lockIcon) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!cell)
            return tr("Total (read only)");
        return locked ? tr("Locked: kept when the grid is re-spread. Ctrl+L unlocks it.")
                      : tr("Edit to set this value; the unlocked cells of its row adjust. Ctrl+L locks it.");
    default:
        return {};
    }
}

QVariant DecompositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    const int count = horizontal ? m_grid.columns : m_grid.rows;
    if (section < 0 || section > count)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == count)
            return tr("Total");
        return horizontal ? columnLabel(section) : rowLabel(section);
    }
    if (role == Qt::ToolTipRole && horizontal && section < count) {
        const engine::Period &period = m_periods[static_cast<std::size_t>(section)];
        return tr("%1 to %2")
            .arg(QString::fromStdString(engine::toIsoString(period.first)),
                QString::fromStdString(engine::toIsoString(period.last)));
    }
    if (role == Qt::FontRole && section == count) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

Qt::ItemFlags DecompositionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isGridCell(index) ? base | Qt::ItemIsEditable : base;
}

bool DecompositionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isGridCell(index))
        return false;
    const QString text = value.toString();
    const std::optional<std::int64_t> minor = parseValue(text);
    if (!minor) {
        Q_EMIT problem(tr("“%1” is not a number with at most %n decimal(s).", nullptr, decimals()).arg(text));
        return false;
    }
    return editCell(index.row(), index.column(), *minor);
}

QString DecompositionModel::rowLabel(int row) const
{
    return row >= 0 && row < m_grid.rows ? m_setup.rows[static_cast<std::size_t>(row)].label : QString();
}

QString DecompositionModel::columnLabel(int column) const
{
    if (column < 0 || column >= m_grid.columns)
        return {};
    const engine::Period &period = m_periods[static_cast<std::size_t>(column)];
    const int year = static_cast<int>(period.first.year());
    const bool manyYears = m_periods.front().first.year() != m_periods.back().last.year();
    QString label;
    switch (period.kind) {
    case engine::Period::Kind::Quarter:
        label = tr("Q%1").arg((static_cast<unsigned>(period.first.month()) + 2) / 3);
        break;
    case engine::Period::Kind::Month:
        label
            = QLocale().monthName(static_cast<int>(static_cast<unsigned>(period.first.month())), QLocale::ShortFormat);
        break;
    case engine::Period::Kind::Week:
        label = tr("W%1").arg(engine::isoWeekOf(period.first).week);
        break;
    default: // a sub-period clipped to the parent's range
        return QString::fromStdString(engine::toIsoString(period.first)) + QStringLiteral("…")
            + QString::fromStdString(engine::toIsoString(period.last));
    }
    return manyYears ? tr("%1 %2").arg(label).arg(year) : label;
}

int DecompositionModel::decimals() const
{
    return divisor() == 100 ? 2 : 0;
}

std::int64_t DecompositionModel::divisor() const
{
    const engine::Unit unit = engine::definition(m_setup.parent.target.metric).unit;
    // Money is stored in minor units (fen) and shown in yuan; counts in hundredths.
    return unit == engine::Unit::Money ? 100 : engine::unitScale(unit);
}

QString DecompositionModel::formatValue(std::int64_t minor) const
{
    const QLocale locale;
    const std::int64_t scale = divisor();
    const bool negative = minor < 0;
    // Via unsigned so that the most negative value has a magnitude too.
    const auto magnitude = negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    QString text = locale.toString(static_cast<qulonglong>(magnitude / static_cast<std::uint64_t>(scale)));
    if (decimals() > 0)
        text += locale.decimalPoint()
            + QStringLiteral("%1").arg(magnitude % static_cast<std::uint64_t>(scale), decimals(), 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

std::optional<std::int64_t> DecompositionModel::parseValue(const QString &input) const
{
    const QLocale locale;
    QString text = input.trimmed();
    text.remove(currencySymbol(m_setup.currency).trimmed());
    text.remove(QChar(u'¥')).remove(QChar(u'￥')).remove(QChar(u' ')).remove(QChar(u'\u00a0'));
    const QString decimalPoint = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    text.remove(group);
    if (decimalPoint != QLatin1String(","))
        text.remove(QLatin1Char(','));
    text.replace(decimalPoint, QStringLiteral("."));
    text.replace(locale.negativeSign(), QStringLiteral("-"));
    static const QRegularExpression number(QStringLiteral("^(-?)(\\d{1,18})(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch() || match.captured(3).size() > decimals())
        return std::nullopt;
    const std::int64_t scale = divisor();
    const std::int64_t whole = match.captured(2).toLongLong();
    const std::int64_t fraction = match.captured(3).leftJustified(decimals(), QLatin1Char('0')).toLongLong();
    if (whole > (std::numeric_limits<std::int64_t>::max() - fraction) / scale)
        return std::nullopt;
    const std::int64_t magnitude = whole * scale + fraction;
    return match.captured(1).isEmpty() ? magnitude : -magnitude;
}

bool DecompositionModel::applyMethod(DecompositionMethod method)
{
    if (method == DecompositionMethod::History && !hasHistory()) {
        Q_EMIT problem(tr("No history was given for these rows and periods: choose another method."));
        return false;
    }
    const auto weights = methodWeights(method, m_grid.rows, m_periods, m_history, m_profile);
    const GridOutcome outcome = ui::applyMethod(m_grid, method, parentValue(), weights);
    if (!outcome.grid) {
        Q_EMIT problem(explain(outcome, parentValue()));
        return false;
    }
    if (*outcome.grid != m_grid)
        m_undoStack.push(new ApplyMethodCommand(*this, m_grid, *outcome.grid));
    return true;
}

bool DecompositionModel::editCell(int row, int column, std::int64_t value)
{
    if (row < 0 || row >= m_grid.rows || column < 0 || column >= m_grid.columns)
        return false;
    const GridOutcome outcome = ui::editCell(m_grid, row, column, value);
    if (!outcome.grid) {
        Q_EMIT problem(explain(outcome, m_grid.rowTotal(row)));
        return false;
    }
    if (*outcome.grid != m_grid)
        m_undoStack.push(new EditCellCommand(*this, m_grid, *outcome.grid, row, column));
    return true;
}

bool DecompositionModel::setLocked(const QModelIndexList &cells, bool locked)
{
    DecompositionGrid next = m_grid;
    int changed = 0;
    for (const QModelIndex &index : cells) {
        if (!isGridCell(index) || next.isLocked(index.row(), index.column()) == locked)
            continue;
        next.locked[next.at(index.row(), index.column())] = locked;
        ++changed;
    }
    if (changed > 0)
        m_undoStack.push(new SetLockCommand(*this, m_grid, next, locked, changed));
    return changed > 0;
}

void DecompositionModel::setGrid(const DecompositionGrid &grid)
{
    m_grid = grid;
    Q_EMIT dataChanged(index(0, 0), index(m_grid.rows, m_grid.columns));
    Q_EMIT gridChanged();
}

QString DecompositionModel::explain(const GridOutcome &outcome, std::int64_t total) const
{
    switch (outcome.error.value_or(engine::SplitError::NoChildren)) {
    case engine::SplitError::LockedExceedParent:
        return tr("The locked cells and the value entered add up to %1, more than the %2 they share. "
                  "Enter a smaller value or unlock a cell (Ctrl+L).")
            .arg(formatValue(outcome.detail), formatValue(total));
    case engine::SplitError::NothingLeftToSpread:
        return tr("Every other cell involved is locked, so nothing can absorb the change. "
                  "Unlock a cell first (Ctrl+L).");
    case engine::SplitError::AllWeightsZero:
        return tr("Last year's values for the unlocked cells are all zero: choose another method.");
    case engine::SplitError::NoChildren:
        return tr("There is nothing to split into: the decomposition has no rows or periods.");
    default:
        return tr("This split cannot be made with the values given.");
    }
}

std::vector<storage::StoredTarget> DecompositionModel::children() const
{
    const engine::Target &parent = m_setup.parent.target;
    const QString parentId = QString::fromStdString(parent.id);
    QUuid space = QUuid::fromString(parentId);
    if (space.isNull())
        space = QUuid::createUuidV5(QUuid(), parentId);
    std::vector<storage::StoredTarget> result;
    result.reserve(m_grid.values.size());
    for (int row = 0; row < m_grid.rows; ++row) {
        const engine::Scope &scope = m_setup.rows[static_cast<std::size_t>(row)].scope;
        const QString key = scopeKey(scope, m_setup.ids);
        for (int column = 0; column < m_grid.columns; ++column) {
            const engine::Period &period = m_periods[static_cast<std::size_t>(column)];
            storage::StoredTarget child;
            const QString name = key + QLatin1Char('/') + QString::fromStdString(period.label());
            child.target.id = QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces).toStdString();
            child.target.parentId = parent.id;
            child.target.metric = parent.metric;
            child.target.scope = scope;
            child.target.period = period;
            child.target.value = m_grid.value(row, column);
            const QString parentTitle
                = m_setup.parent.title.isEmpty() ? QString() : m_setup.parent.title + QStringLiteral(" · ");
            child.title = parentTitle + rowLabel(row) + QStringLiteral(" · ") + columnLabel(column);
            child.decompositionMethod = QLatin1String(methodKey(m_grid.method));
            if (scope.rep != engine::kNoId)
                child.ownerRepId = m_setup.ids.uuid(storage::IdMap::Kind::Rep, scope.rep);
            result.push_back(std::move(child));
        }
    }
    return result;
}

} // namespace attain::ui
