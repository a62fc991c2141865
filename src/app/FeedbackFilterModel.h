#pragma once

#include <QSortFilterProxyModel>

namespace attain::ui {

/// The feedback list's filters: one customer or rep (picked in the by-customer and by-rep
/// tables), complaints only, open complaints only (open or in progress) and a search over
/// customer, rep, notes and resolution. Sorts by FeedbackModel::SortRole.
class FeedbackFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackFilterModel)

public:
    explicit FeedbackFilterModel(QObject *parent = nullptr);

    void setCustomerId(const QString &id);
    void setRepId(const QString &id, bool noRep = false);
    void setComplaintsOnly(bool on);
    void setOpenOnly(bool on);
    void setSearchText(const QString &text);

    [[nodiscard]] QString customerId() const { return m_customerId; }
    [[nodiscard]] QString repId() const { return m_repId; }
    [[nodiscard]] bool repFilterIsSet() const { return m_repFilter; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_customerId, m_repId;
    bool m_repFilter = false; ///< m_repId empty with this set: feedback without a rep
    bool m_complaintsOnly = false, m_openOnly = false;
    QString m_search;
};

} // namespace attain::ui
