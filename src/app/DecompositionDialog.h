#pragma once

#include "engine/Scope.h"
#include "storage/Actor.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QWidget;

namespace attain::ui {

struct SalesSnapshot;

/// Opens the decomposition editor for one stored target in a dialog with Save and Cancel:
/// a company target splits over its teams, a team target over its reps, by quarter for a year
/// and by month otherwise, with last year's actuals of each row as the history share. Returns
/// true when children were saved (in one transaction, by `actor`). Saving replaces the children
/// of an already split target on the same axis (TargetRepository::replaceChildren). Explains in
/// a message box why a target cannot be split (a ratio metric, a rep or combined scope, missing
/// data). `sales` is the database's loaded sales (the history shares); the target itself is
/// read from `db`.
/// A company target can also split over sales channels, product lines or regions (`over`;
/// when not given, the user is asked); each such breakdown adds up to the company on its own.
bool runDecompositionDialog(QWidget *parent, const QSqlDatabase &db, const QString &targetId,
                            const SalesSnapshot &sales, const storage::Actor &actor,
                            std::optional<engine::Dimension> over = std::nullopt);

} // namespace attain::ui
