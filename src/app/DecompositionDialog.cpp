#include "app/DecompositionDialog.h"

#include "app/DecompositionEditor.h"
#include "app/DecompositionModel.h"
#include "app/SalesSnapshot.h"
#include "engine/MetricCube.h"
#include "storage/StorageError.h"
#include "storage/TargetRepository.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace attain::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::DecompositionDialog", text);
}

/// What a company target can be split over, with the records, id kind and scope field of each.
struct RowDimension
{
    engine::Dimension dimension;
    const char *name; ///< for the chooser, translated
    const std::vector<storage::OrganisationUnit> SalesSnapshot::*units;
    storage::IdMap::Kind kind;
    engine::Id engine::Scope::*field;
};

constexpr std::array<RowDimension, 4> kCompanyRows { {
    { engine::Dimension::Team, QT_TRANSLATE_NOOP("attain::ui::DecompositionDialog", "Teams"), &SalesSnapshot::teams,
      storage::IdMap::Kind::Team, &engine::Scope::team },
    { engine::Dimension::Channel, QT_TRANSLATE_NOOP("attain::ui::DecompositionDialog", "Sales channels"),
      &SalesSnapshot::channels, storage::IdMap::Kind::Channel, &engine::Scope::channel },
    { engine::Dimension::ProductLine, QT_TRANSLATE_NOOP("attain::ui::DecompositionDialog", "Product lines"),
      &SalesSnapshot::productLines, storage::IdMap::Kind::ProductLine, &engine::Scope::productLine },
    { engine::Dimension::Region, QT_TRANSLATE_NOOP("attain::ui::DecompositionDialog", "Regions"),
      &SalesSnapshot::regions, storage::IdMap::Kind::Region, &engine::Scope::region },
} };

engine::Id groupOf(const engine::Scope &scope, engine::Dimension dimension)
{
    if (dimension == engine::Dimension::Rep)
        return scope.rep;
    for (const RowDimension &row : kCompanyRows)
        if (row.dimension == dimension)
            return scope.*row.field;
    return engine::kNoId;
}

/// Asks what a company target splits over, when more than teams exist; nullopt when cancelled.
std::optional<engine::Dimension> chooseRows(QWidget *parent, const SalesSnapshot &sales)
{
    QStringList names;
    std::vector<engine::Dimension> dimensions;
    for (const RowDimension &row : kCompanyRows)
        if (!(sales.*row.units).empty()) {
            names << tr(row.name);
            dimensions.push_back(row.dimension);
        }
    if (dimensions.size() <= 1)
        return engine::Dimension::Team;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Break Down Target"), tr("Split the company target over:"),
                                                 names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return dimensions[static_cast<std::size_t>(names.indexOf(chosen))];
}

/// Last year's actuals per row and column, for the "last year's share" method; empty when the
/// period has no year-earlier counterpart.
std::vector<std::vector<std::int64_t>> lastYear(const engine::PreparedSales &sales, const storage::StoredTarget &parent,
                                                const std::vector<DecompositionRow> &rows, engine::Dimension dimension,
                                                engine::Granularity granularity)
{
    const auto earlier = engine::sameKindYearEarlier(parent.target.period);
    if (!earlier)
        return {};
    const std::vector<engine::Period> columns = engine::subPeriods(*earlier, granularity);
    const engine::MetricCube cube(sales, parent.target.scope, dimension, columns);
    std::vector<std::vector<std::int64_t>> history;
    for (const DecompositionRow &row : rows) {
        const engine::Id group = groupOf(row.scope, dimension);
        std::vector<std::int64_t> values;
        for (std::size_t c = 0; c < columns.size(); ++c)
            values.push_back(cube.value(parent.target.metric, group, c).value().value_or(0));
        history.push_back(std::move(values));
    }
    return history;
}

} // namespace

bool runDecompositionDialog(QWidget *parent, const QSqlDatabase &db, const QString &targetId,
                            const SalesSnapshot &sales, const storage::Actor &actor,
                            std::optional<engine::Dimension> over)
{
    const QString title = tr("Break Down Target");
    std::optional<DecompositionSetup> setup;
    try {
        storage::IdMap ids = sales.ids;
        const std::vector<storage::StoredTarget> targets = storage::TargetRepository(db).loadStored(ids);
        const engine::PreparedSales &prepared = sales.sales;

        const auto found = std::find_if(targets.begin(), targets.end(),
                                        [&](const storage::StoredTarget &t) { return QString::fromStdString(t.target.id) == targetId; });
        if (found == targets.end())
            return false;
        const storage::StoredTarget &target = *found;
        const engine::Scope &scope = target.target.scope;
        QString refusal;
        if (engine::definition(target.target.metric).aggregation != engine::Aggregation::Sum)
            refusal = tr("Only targets that add up (revenue, units, deals, customers, activities) can be split.");
        else if (!prepared.ok())
            refusal = tr("The sales data has problems (for example a missing exchange rate); fix them first.");
        else if (!scope.isCompany() && (scope.team == engine::kNoId || scope.rep != engine::kNoId))
            refusal = tr("Company targets split over teams and team targets over reps; this target's scope has no "
                         "level below it here.");
        if (!refusal.isEmpty()) {
            QMessageBox::information(parent, title, refusal);
            return false;
        }

        DecompositionSetup s;
        s.parent = target;
        engine::Dimension dimension = engine::Dimension::Rep;
        if (scope.isCompany()) {
            const std::optional<engine::Dimension> chosen = over ? over : chooseRows(parent, sales);
            if (!chosen)
                return false;
            dimension = *chosen;
            for (const RowDimension &rows : kCompanyRows)
                if (rows.dimension == dimension)
                    for (const storage::OrganisationUnit &unit : sales.*rows.units) {
                        engine::Scope row;
                        row.*rows.field = ids.find(rows.kind, unit.id);
                        s.rows.push_back({ unit.name, row });
                    }
        } else {
            const QString teamUuid = ids.uuid(storage::IdMap::Kind::Team, scope.team);
            for (const storage::OrganisationUnit &rep : sales.reps)
                if (rep.teamId == teamUuid) {
                    engine::Scope row;
                    row.rep = ids.find(storage::IdMap::Kind::Rep, rep.id);
                    s.rows.push_back({rep.name, row});
                }
        }
        if (s.rows.empty()) {
            QMessageBox::information(parent, title, tr("There is nobody to split this target over yet."));
            return false;
        }
        s.granularity = target.target.period.dayCount() > 200 ? engine::Granularity::Quarter : engine::Granularity::Month;
        s.history = lastYear(prepared, target, s.rows, dimension, s.granularity);
        s.ids = std::move(ids);
        setup = std::move(s);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(parent, title, error.message());
        return false;
    }

    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("decompositionDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    const bool hasHistory = std::any_of(setup->history.begin(), setup->history.end(), [](const auto &row) {
        return std::any_of(row.begin(), row.end(), [](std::int64_t v) { return v > 0; });
    });
    auto *editor = new DecompositionEditor(std::move(*setup), nullptr, &dialog);
    // Teams and reps differ in size: start from last year's shares when there are any, as the
    // proposal to adjust, rather than an equal split nobody would keep.
    if (hasHistory && editor->model()->applyMethod(DecompositionMethod::History))
        editor->undoStack()->clear();
    layout->addWidget(editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        try {
            storage::TargetRepository repository(db);
            editor->save(repository, actor);
            dialog.accept();
        } catch (const storage::StorageError &error) {
            QMessageBox::warning(&dialog, title, error.message());
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(1000, 760);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace attain::ui
