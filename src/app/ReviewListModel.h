#pragma once

#include "storage/ReviewTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace attain::ui {

/// The reviews list: scheduled reviews first (soonest first), then held ones (newest first),
/// as ReviewRepository::list() orders them. Scheduled rows are bold.
class ReviewListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewListModel)

public:
    enum Column { DateColumn, ScopeColumn, KindColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ReviewListModel(QObject *parent = nullptr);

    void setReviews(std::vector<storage::Review> reviews);
    [[nodiscard]] const storage::Review *review(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<storage::Review> m_reviews;
};

} // namespace attain::ui
