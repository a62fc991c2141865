#include "app/WorkloadModel.h"

#include "app/ActivityTypeText.h"
#include "app/WorkloadText.h"

#include <QDate>
#include <QLocale>

namespace attain::ui {

namespace {

QDate toQDate(engine::Date date)
{
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

/// A mark beside the colour, so that the class reads without colour too.
QString classMark(std::optional<engine::LoadClass> loadClass)
{
    if (loadClass == engine::LoadClass::Overloaded)
        return QStringLiteral(" ▲");
    if (loadClass == engine::LoadClass::Idle)
        return QStringLiteral(" ▼");
    return {};
}

} // namespace

WorkloadModel::WorkloadModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkloadModel::setResult(const engine::WorkloadResult &result, const QString &onlyRepId)
{
    beginResetModel();
    m_weeks = result.weeks;
    m_reps.clear();
    for (const engine::RepWorkload &rep : result.reps)
        if (onlyRepId.isEmpty() || QString::fromStdString(rep.rep.id) == onlyRepId)
            m_reps.push_back(rep);
    endResetModel();
}

void WorkloadModel::setCellText(CellText text)
{
    if (text == m_cellText)
        return;
    m_cellText = text;
    if (!m_reps.empty() && !m_weeks.empty())
        Q_EMIT dataChanged(index(0, firstWeekColumn()), index(rowCount() - 1, meanHoursColumn()), {Qt::DisplayRole});
}

int WorkloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reps.size());
}

int WorkloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4 + weekCount();
}

QVariant WorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const engine::RepWorkload &rep = repAt(index.row());
    const int column = index.column();
    if (column >= firstWeekColumn() && column < meanHoursColumn())
        return weekData(rep, rep.weeks[static_cast<std::size_t>(column - firstWeekColumn())], role);
    if (role == LoadClassRole)
        return rep.loadClass && column >= loadColumn() ? QVariant(static_cast<int>(*rep.loadClass)) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return column == 0 || column == classColumn() ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QString none = tr("–");
    if (column == 0) {
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(rep.rep.name);
        return {};
    }
    if (column == meanHoursColumn()) {
        if (role == SortRole)
            return rep.meanWeeklyMinutes.value_or(-1.0);
        if (role == Qt::DisplayRole) {
            if (!rep.meanWeeklyMinutes)
                return none;
            if (m_cellText == CellText::Count)
                return QLocale().toString(*rep.meanWeeklyCount, 'f', 1);
            return formatHours(*rep.meanWeeklyMinutes);
        }
        if (role == Qt::ToolTipRole && rep.meanWeeklyMinutes)
            return tr("On average %1 activities and %2 a week (%n weekday(s) worked in the range).", nullptr,
                      rep.workdays)
                .arg(QLocale().toString(*rep.meanWeeklyCount, 'f', 1), formatHours(*rep.meanWeeklyMinutes));
        return {};
    }
    if (column == loadColumn()) {
        if (role == SortRole)
            return rep.loadBp ? static_cast<double>(*rep.loadBp) : -1.0;
        if (role == Qt::DisplayRole)
            return rep.loadBp ? formatLoad(*rep.loadBp) : none;
        if (role == Qt::ToolTipRole && (rep.countLoadBp || rep.minutesLoadBp))
            return tr("By time: %1\nBy count: %2")
                .arg(rep.minutesLoadBp ? formatLoad(*rep.minutesLoadBp) : none,
                     rep.countLoadBp ? formatLoad(*rep.countLoadBp) : none);
        return {};
    }
    if (column == classColumn()) {
        if (role == SortRole)
            return rep.loadClass ? static_cast<int>(*rep.loadClass) : -1;
        if (role == Qt::DisplayRole)
            return rep.loadClass ? loadClassName(*rep.loadClass) + classMark(rep.loadClass)
                                 : (rep.workdays == 0 ? tr("Not employed") : tr("No norm"));
    }
    return {};
}

QVariant WorkloadModel::weekData(const engine::RepWorkload &rep, const engine::WeekLoad &week, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return weekText(week);
    case Qt::ToolTipRole:
        return weekToolTip(rep, week);
    case SortRole:
        return static_cast<double>(m_cellText == CellText::Count ? week.figures.totalCount()
                                                                 : week.figures.totalMinutes());
    case LoadClassRole:
        return week.loadBp ? QVariant(static_cast<int>(engine::classifyLoad(*week.loadBp))) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter); // week columns share the spare width: centred reads best
    default:
        return {};
    }
}

QString WorkloadModel::weekText(const engine::WeekLoad &week) const
{
    if (week.workdays == 0 && week.figures.totalCount() == 0)
        return tr("–");
    const QString count = QString::number(week.figures.totalCount());
    const QString hours = formatHours(static_cast<double>(week.figures.totalMinutes()));
    const QString mark = week.loadBp ? classMark(engine::classifyLoad(*week.loadBp)) : QString();
    switch (m_cellText) {
    case CellText::Count:
        return count + mark;
    case CellText::Hours:
        return hours + mark;
    case CellText::CountAndHours:
        break;
    }
    return tr("%1 · %2").arg(count, hours) + mark;
}

QString WorkloadModel::weekToolTip(const engine::RepWorkload &rep, const engine::WeekLoad &week) const
{
    const QLocale locale;
    const engine::Date monday = engine::mondayOf(week.week);
    QStringList lines;
    lines << tr("%1, week %2 of %3 (%4 – %5)")
                 .arg(QString::fromStdString(rep.rep.name))
                 .arg(week.week.week)
                 .arg(week.week.year)
                 .arg(locale.toString(toQDate(monday), QLocale::ShortFormat),
                      locale.toString(toQDate(engine::addDays(monday, 6)), QLocale::ShortFormat));
    for (std::size_t i = 0; i < engine::kActivityTypes.size(); ++i) {
        if (week.figures.count[i] == 0)
            continue;
        QString line = tr("%1: %2 · %3")
                           .arg(activityTypeName(engine::kActivityTypes[i]))
                           .arg(week.figures.count[i])
                           .arg(formatHours(static_cast<double>(week.figures.minutes[i])));
        if (week.typeCountLoadBp[i] || week.typeMinutesLoadBp[i])
            line += tr(" (%1 of its norm)")
                        .arg(formatLoad(week.typeMinutesLoadBp[i] ? *week.typeMinutesLoadBp[i] : *week.typeCountLoadBp[i]));
        lines << line;
    }
    if (week.figures.otherCount > 0)
        lines << tr("Other types: %1 · %2")
                     .arg(week.figures.otherCount)
                     .arg(formatHours(static_cast<double>(week.figures.otherMinutes)));
    lines << tr("Total: %1 · %2")
                 .arg(week.figures.totalCount())
                 .arg(formatHours(static_cast<double>(week.figures.totalMinutes())));
    if (week.workdays == 0)
        lines << tr("Not employed this week (not counted).");
    else if (week.loadBp)
        lines << tr("Load: %1 of the norm (%2) over %n weekday(s).", nullptr, week.workdays)
                     .arg(formatLoad(*week.loadBp), loadClassName(engine::classifyLoad(*week.loadBp)));
    return lines.join(QLatin1Char('\n'));
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= firstWeekColumn() && section < meanHoursColumn()) {
        const engine::IsoWeek week = m_weeks[static_cast<std::size_t>(section - firstWeekColumn())];
        const QDate monday = toQDate(engine::mondayOf(week));
        if (role == Qt::DisplayRole)
            return tr("W%1\n%2").arg(week.week).arg(QLocale().toString(monday, tr("d MMM", "week column date")));
        if (role == Qt::ToolTipRole)
            return tr("ISO week %1 of %2, from Monday %3").arg(week.week).arg(week.year).arg(
                QLocale().toString(monday, QLocale::LongFormat));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    if (section == 0)
        return tr("Rep");
    if (section == meanHoursColumn())
        return tip ? tr("Mean per full week worked") : (m_cellText == CellText::Count ? tr("Per week") : tr("Hours/week"));
    if (section == loadColumn())
        return tip ? tr("Logged time against the norm over the range (count when the norm has no time)") : tr("Load");
    if (section == classColumn())
        return tip ? tr("Idle < 50 %, Light 50–80 %, Balanced 80–120 %, Overloaded > 120 %") : tr("Class");
    return {};
}

} // namespace attain::ui
