#pragma once

#include "storage/DealTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace attain::ui {

/// The deals list: one row per deal, as DealRepository::list returns them.
class DealsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealsModel)

public:
    enum Column { Customer, Stage, Amount, Created, Close, Owner, Channel, ProductLine, ColumnCount };
    /// The value a column sorts by (a date, a number or a text).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The deal's id.
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit DealsModel(QObject *parent = nullptr);

    void setDeals(std::vector<storage::Deal> deals);
    [[nodiscard]] const storage::Deal *deal(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    /// The number of open deals listed.
    [[nodiscard]] int openCount() const;
    /// The listed open deals' total ("¥1,234,000"); empty when they are in several currencies.
    [[nodiscard]] QString openPipeline() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const storage::Deal &d, int column, bool forSorting) const;

    std::vector<storage::Deal> m_deals;
};

} // namespace attain::ui
