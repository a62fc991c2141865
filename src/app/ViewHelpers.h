#pragma once

#include "storage/OrganisationRepository.h"

#include <functional>
#include <vector>

class QAbstractItemView;
class QAbstractItemModel;
class QComboBox;
class QSortFilterProxyModel;
class QTableView;
class QModelIndex;
class QWidget;

namespace attain::ui {

/// Makes `label`'s font bold and `scale` times the size: page titles 1.4, section titles 1.2.
void makeTitle(QWidget *label, double scale);

/// Calls `open` with the current index on double-click and on Enter/Return in `view` — not on
/// `activated`, which some styles fire on a single click.
void onOpen(QAbstractItemView *view, std::function<void(const QModelIndex &)> open);

/// A list of records (activities, deals): `model` through `proxy`, sorted by `sortRole` and
/// `sortColumn` descending; whole rows, one at a time, read only, dense rows, no row numbers.
void setUpRecordTable(QTableView *view, QSortFilterProxyModel *proxy, QAbstractItemModel *model, int sortRole,
                      int sortColumn);

/// Refills a filter's list after its first item ("All reps"), keeping the current choice
/// (or the first item when it is gone) without emitting signals.
void refillFilter(QComboBox *box, const std::vector<storage::OrganisationUnit> &units);

} // namespace attain::ui
