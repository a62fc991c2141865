#include "storage/pack/PackMerge.h"

#include "storage/SqlHelpers.h"
#include "storage/pack/SyncBase.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <map>
#include <span>

namespace attain::storage::pack {

namespace {

/// Whether ids exist in the manager's tables, asked once per id.
class Lookup
{
public:
    explicit Lookup(QSqlDatabase db) : m_db(std::move(db)) {}

    bool exists(const QString &table, const QString &id)
    {
        const QString key = table + QLatin1Char('/') + id;
        if (const auto it = m_known.constFind(key); it != m_known.constEnd())
            return *it;
        QSqlQuery query = prepare(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        query.addBindValue(id);
        exec(query);
        const bool found = query.next();
        m_known.insert(key, found);
        return found;
    }

private:
    QSqlDatabase m_db;
    QHash<QString, bool> m_known;
};

struct Reference
{
    const char *column;
    const char *table;
    const char *what; ///< in messages
    RecordKind inPack; ///< the pack's records that may hold it too (Customer and Deal only)
    bool packMayHold;
};

constexpr Reference kCustomerRefs[] = {{"region_id", "regions", "region", RecordKind::Customer, false},
                                       {"group_id", "customer_groups", "customer group", RecordKind::Customer, false}};
constexpr Reference kDealRefs[] = {{"team_id", "teams", "team", RecordKind::Customer, false},
                                   {"customer_id", "customers", "customer", RecordKind::Customer, true},
                                   {"channel_id", "channels", "channel", RecordKind::Customer, false},
                                   {"product_line_id", "product_lines", "product line", RecordKind::Customer, false},
                                   {"region_id", "regions", "region", RecordKind::Customer, false}};
constexpr Reference kActivityRefs[] = {{"customer_id", "customers", "customer", RecordKind::Customer, true},
                                       {"deal_id", "deals", "deal", RecordKind::Deal, true}};
constexpr Reference kFeedbackRefs[] = {{"customer_id", "customers", "customer", RecordKind::Customer, true}};

std::span<const Reference> referencesOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Customer: return kCustomerRefs;
    case RecordKind::Deal: return kDealRefs;
    case RecordKind::Activity: return kActivityRefs;
    case RecordKind::Feedback: return kFeedbackRefs;
    }
    return {};
}

/// A week has 7 × 24 × 60 minutes (the most a workload norm may be, too).
constexpr qint64 kMaxMinutes = 10080;

/// The rules the database's CHECK constraints hold, said in the pack's terms.
void checkValues(RecordKind kind, const QString &label, const QJsonObject &record)
{
    const auto fail = [&label](const QString &what) { throw StorageError(QStringLiteral("%1: %2").arg(label, what)); };
    if (kind == RecordKind::Deal) {
        if (record.value(QLatin1String("currency")).toString().size() != 3)
            fail(QStringLiteral("currency must be a three-letter code."));
        const QString stage = record.value(QLatin1String("stage")).toString();
        if ((stage == QLatin1String("won") || stage == QLatin1String("lost"))
            && record.value(QLatin1String("closed_on")).isNull())
            fail(QStringLiteral("a %1 deal needs closed_on.").arg(stage));
        const QJsonArray credits = record.value(QLatin1String("credits")).toArray();
        qint64 total = 0;
        QSet<QString> credited;
        for (const QJsonValue &credit : credits) {
            const qint64 share = credit[QLatin1String("basis_points")].toInteger();
            if (share < 1 || share > 10000)
                fail(QStringLiteral("a credit share must be 1 to 10000 basis points, not %1.").arg(share));
            total += share;
            const QString rep = credit[QLatin1String("rep_id")].toString();
            if (credited.contains(rep))
                fail(QStringLiteral("rep %1 is credited twice.").arg(rep));
            credited.insert(rep);
        }
        // The shares split the deal's revenue among the reps: more than the whole would count it
        // twice on the leaderboard and in the reps' attainment.
        if (!credits.isEmpty() && total != 10000)
            fail(QStringLiteral("the credit shares add up to %1 basis points, not 10000.").arg(total));
    }
    if (kind == RecordKind::Deal) {
        // The stages the deal import and the dashboard know.
        static const QStringList kStages{QStringLiteral("prospecting"), QStringLiteral("qualification"),
                                         QStringLiteral("proposal"), QStringLiteral("negotiation"),
                                         QStringLiteral("won"), QStringLiteral("lost")};
        const QString stage = record.value(QLatin1String("stage")).toString();
        if (!kStages.contains(stage))
            fail(QStringLiteral("stage \"%1\" is unknown; use %2.").arg(stage, kStages.join(u", ")));
        // As DealRepository: no negative amount, no close before the deal was created (ISO dates
        // compare as text).
        if (record.value(QLatin1String("amount_minor")).toInteger() < 0)
            fail(QStringLiteral("amount_minor cannot be negative."));
        const QString closedOn = record.value(QLatin1String("closed_on")).toString();
        if (!closedOn.isEmpty() && closedOn < record.value(QLatin1String("created_on")).toString())
            fail(QStringLiteral("closed_on %1 is before created_on %2.")
                     .arg(closedOn, record.value(QLatin1String("created_on")).toString()));
    }
    if (kind == RecordKind::Activity) {
        // Any type text may come from a CSV import (the workload counts unknown types as
        // "other"), but not an empty one; minutes within a week keep the sums far from overflow.
        if (record.value(QLatin1String("type")).toString().trimmed().isEmpty())
            fail(QStringLiteral("type is empty."));
        const qint64 minutes = record.value(QLatin1String("minutes")).toInteger();
        if (minutes < 0 || minutes > kMaxMinutes)
            fail(QStringLiteral("minutes must be 0 to %1, not %2.").arg(kMaxMinutes).arg(minutes));
    }
    if (kind == RecordKind::Feedback) {
        const qint64 score = record.value(QLatin1String("score")).toInteger();
        if (score < 1 || score > 5)
            fail(QStringLiteral("score must be 1 to 5, not %1.").arg(score));
        const qint64 complaint = record.value(QLatin1String("complaint")).toInteger();
        const qint64 resolved = record.value(QLatin1String("resolved")).toInteger();
        if ((complaint != 0 && complaint != 1) || (resolved != 0 && resolved != 1))
            fail(QStringLiteral("complaint and resolved must be 0 or 1."));
        if (complaint == 0 && (resolved != 0 || !record.value(QLatin1String("resolution")).toString().isEmpty()))
            fail(QStringLiteral("only a complaint can be resolved: this feedback is not marked as a complaint."));
    }
}

/// A rep links activities only to deals they own or share (ActivityRepository's rule). A link
/// the manager's copy of the activity already has stays, and so does one the rep's version
/// brings back unchanged since it was handed out or last merged.
void checkDealLink(const QSqlDatabase &db, const RepPack &pack, const QString &label, const QJsonObject &activity,
                   const QSet<QString> &dealsInPack)
{
    const QString deal = activity.value(QLatin1String("deal_id")).toString();
    if (deal.isEmpty() || dealsInPack.contains(deal)) // the pack's deals are the rep's own
        return;
    const QString id = activity.value(QLatin1String("id")).toString();
    QSqlQuery query = prepare(db, QStringLiteral(
        "SELECT 1 FROM deals d WHERE d.id = ? AND (d.owner_rep_id = ? OR EXISTS "
        "(SELECT 1 FROM deal_credits k WHERE k.deal_id = d.id AND k.rep_id = ?) OR EXISTS "
        "(SELECT 1 FROM activities x WHERE x.id = ? AND x.deal_id = d.id))"));
    query.addBindValue(deal);
    query.addBindValue(pack.repId);
    query.addBindValue(pack.repId);
    query.addBindValue(id);
    exec(query);
    if (query.next() || syncBaseHash(db, RecordKind::Activity, id, pack.repId) == contentHash(RecordKind::Activity, activity))
        return;
    throw StorageError(QStringLiteral("%1: deal %2 is neither the rep's own nor shared with them.").arg(label, deal));
}

} // namespace

RepPack readPackFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return parsePack(file.readAll());
}

void validatePack(const QSqlDatabase &db, const RepPack &pack)
{
    Lookup lookup(db);
    if (!lookup.exists(QStringLiteral("reps"), pack.repId))
        throw StorageError(QStringLiteral("The pack's rep %1 (id %2) is not in this database.").arg(pack.repName, pack.repId));
    std::map<RecordKind, QSet<QString>> inPack;
    for (const RecordKind kind : {RecordKind::Customer, RecordKind::Deal})
        for (const QJsonObject &record : pack.records(kind))
            inPack[kind].insert(record.value(QLatin1String("id")).toString());

    for (const RecordKind kind : {RecordKind::Customer, RecordKind::Deal, RecordKind::Activity, RecordKind::Feedback}) {
        const auto &records = pack.records(kind);
        for (int i = 0; i < static_cast<int>(records.size()); ++i) {
            const QJsonObject &record = records[static_cast<std::size_t>(i)];
            const QString label = recordLabel(kind, i, record);
            if (const QString repColumn = repColumnOf(kind); !repColumn.isEmpty()) {
                const QString owner = record.value(repColumn).toString();
                if (owner != pack.repId)
                    throw StorageError(QStringLiteral("%1: %2 is %3, not the pack's rep %4.")
                                           .arg(label, repColumn, owner, pack.repId));
            }
            for (const Reference &reference : referencesOf(kind)) {
                const QString id = record.value(QLatin1String(reference.column)).toString();
                if (id.isEmpty() || (reference.packMayHold && inPack[reference.inPack].contains(id)))
                    continue;
                if (!lookup.exists(QLatin1String(reference.table), id))
                    throw StorageError(QStringLiteral("%1: unknown %2 %3.").arg(label, QLatin1String(reference.what), id));
            }
            for (const QJsonValue &credit : record.value(QLatin1String("credits")).toArray())
                if (const QString rep = credit[QLatin1String("rep_id")].toString(); !lookup.exists(QStringLiteral("reps"), rep))
                    throw StorageError(QStringLiteral("%1: a credit names unknown rep %2.").arg(label, rep));
            checkValues(kind, label, record);
            if (kind == RecordKind::Activity)
                checkDealLink(db, pack, label, record, inPack[RecordKind::Deal]);
        }
    }
}

} // namespace attain::storage::pack
