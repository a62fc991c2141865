// Malformed rep data packs are refused with a message naming the line or the record, and
// change nothing.
#include "RepPackFixture.h"

#include "storage/StorageError.h"
#include "storage/pack/RepDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace attain::storage::test {

namespace {

class RepPackValidation : public RepPack
{
protected:
    void SetUp() override
    {
        RepPack::SetUp();
        handOut();
        m_valid = QJsonDocument::fromJson(readAll(exportFromRep())).object();
        ASSERT_FALSE(m_valid.isEmpty());
    }

    /// The message importing `bytes` fails with; the manager's database must be unchanged.
    QString refusal(const QByteArray &bytes)
    {
        const QString path = m_folder.path(QStringLiteral("bad.attainpack"));
        writeAll(path, bytes);
        const TableChecksum before = TableChecksum::of(manager());
        QString message;
        try {
            (void)importAs(path, pack::ConflictChoice::TakeIncoming);
            ADD_FAILURE() << "the pack was accepted";
        } catch (const StorageError &error) {
            message = error.message();
        }
        EXPECT_EQ(TableChecksum::of(manager()), before);
        return message;
    }

    /// The valid pack with `change` applied to its `array`'s record `index`.
    QByteArray withRecord(const QString &array, int index, const std::function<void(QJsonObject &)> &change) const
    {
        QJsonObject root = m_valid;
        QJsonArray records = root.value(array).toArray();
        QJsonObject record = records.at(index).toObject();
        change(record);
        records.replace(index, record);
        root.insert(array, records);
        return QJsonDocument(root).toJson();
    }

    QByteArray withField(const QString &key, const QJsonValue &value) const
    {
        QJsonObject root = m_valid;
        root.insert(key, value);
        return QJsonDocument(root).toJson();
    }

    QJsonObject m_valid;
};

} // namespace

TEST_F(RepPackValidation, NotJsonNamesTheLine)
{
    const QString message = refusal(QByteArrayLiteral("{\n  \"format\": \"attain-rep-pack\",\n  \"version\": 1,,\n}"));
    EXPECT_TRUE(message.contains(QStringLiteral("not valid JSON"))) << message.toStdString();
    // The second comma of line 3.
    EXPECT_TRUE(message.contains(QStringLiteral("line 3, column 17"))) << message.toStdString();
}

TEST_F(RepPackValidation, WrongFormatOrVersion)
{
    EXPECT_TRUE(refusal(withField(QStringLiteral("format"), QStringLiteral("csv"))).contains(QStringLiteral("format \"csv\"")));
    const QString version = refusal(withField(QStringLiteral("version"), 2));
    EXPECT_TRUE(version.contains(QStringLiteral("version 2"))) << version.toStdString();
}

TEST_F(RepPackValidation, UnknownRep)
{
    const QString message = refusal(withField(QStringLiteral("rep_id"), uuid(77)));
    EXPECT_TRUE(message.contains(QStringLiteral("not in this database"))) << message.toStdString();
    EXPECT_TRUE(message.contains(uuid(77))) << message.toStdString();
}

TEST_F(RepPackValidation, BadIdNamesTheRecord)
{
    const QString message = refusal(withRecord(QStringLiteral("activities"), 1, [](QJsonObject &activity) {
        activity.insert(QStringLiteral("id"), QStringLiteral("call-2"));
    }));
    EXPECT_TRUE(message.startsWith(QStringLiteral("activity 2 (id call-2): id \"call-2\" is not a UUID"))) << message.toStdString();
    const QString braced = refusal(withRecord(QStringLiteral("feedback"), 0, [this](QJsonObject &feedback) {
        feedback.insert(QStringLiteral("customer_id"), QStringLiteral("{%1}").arg(kAcme));
    }));
    EXPECT_TRUE(braced.contains(QStringLiteral("customer_id"))) << braced.toStdString();
}

TEST_F(RepPackValidation, UnknownDealNamesTheRecord)
{
    const QString message = refusal(withRecord(QStringLiteral("activities"), 0, [](QJsonObject &activity) {
        activity.insert(QStringLiteral("deal_id"), uuid(88));
    }));
    EXPECT_EQ(message, QStringLiteral("activity 1 (id %1): unknown deal %2.").arg(kLiCall, uuid(88)));
}

TEST_F(RepPackValidation, MissingFieldAndForeignRecord)
{
    const QString missing = refusal(withRecord(QStringLiteral("feedback"), 0, [](QJsonObject &feedback) {
        feedback.remove(QStringLiteral("received_on"));
    }));
    EXPECT_EQ(missing, QStringLiteral("feedback 1 (id %1): received_on is missing.").arg(kLiFeedback));
    const QString foreign = refusal(withRecord(QStringLiteral("deals"), 0, [this](QJsonObject &deal) {
        deal.insert(QStringLiteral("owner_rep_id"), kWang);
    }));
    EXPECT_TRUE(foreign.contains(QStringLiteral("not the pack's rep"))) << foreign.toStdString();
}

// A pack may not take over another rep's record by carrying its id with the rep's own id as
// owner: Wang's database was handed out, so the manager's copy equals Wang's base, and without
// the ownership check the three-way merge took Li's version silently.
TEST_F(RepPackValidation, AnotherRepsRecordIsNeverTakenSilently)
{
    pack::createRepDatabase(manager(), kWang, m_folder.path(QStringLiteral("wang.attain")), m_boss);
    QJsonObject root = m_valid;
    QJsonObject deal = root.value(QStringLiteral("deals")).toArray().at(0).toObject();
    deal.insert(QStringLiteral("id"), kWangDeal);
    deal.insert(QStringLiteral("amount_minor"), 1);
    QJsonArray deals = root.value(QStringLiteral("deals")).toArray();
    deals.append(deal);
    root.insert(QStringLiteral("deals"), deals);
    QJsonObject activity = root.value(QStringLiteral("activities")).toArray().at(0).toObject();
    activity.insert(QStringLiteral("id"), kWangMeeting);
    QJsonArray activities = root.value(QStringLiteral("activities")).toArray();
    activities.append(activity);
    root.insert(QStringLiteral("activities"), activities);
    const QString path = m_folder.path(QStringLiteral("takeover.attainpack"));
    writeAll(path, QJsonDocument(root).toJson());

    int asked = 0;
    const auto result = pack::importPack(manager(), path, m_boss, [&asked](const pack::MergeConflict &conflict) {
        ++asked;
        EXPECT_TRUE(conflict.fields.contains(QStringLiteral("owner_rep_id"))
                    || conflict.fields.contains(QStringLiteral("rep_id")))
            << conflict.label.toStdString();
        return pack::ConflictChoice::KeepLocal;
    });
    EXPECT_EQ(asked, 2); // the manager decides both, nothing is taken silently
    EXPECT_EQ(result.conflictsKeptLocal, 2);
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT owner_rep_id FROM deals WHERE id = ?"), {kWangDeal}).toString(), kWang);
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT amount_minor FROM deals WHERE id = ?"), {kWangDeal}).toLongLong(), 800000);
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT rep_id FROM activities WHERE id = ?"), {kWangMeeting}).toString(), kWang);
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT count(*) FROM deal_credits WHERE deal_id = ? AND rep_id = ?"),
                    {kWangDeal, kLi}).toInt(), 0);
}

// Values the entry forms never write are refused too: the database has no CHECK for them and
// the pages that read them fail on a date like 2026/11/03 or overflow on absurd minutes.
TEST_F(RepPackValidation, ValuesTheFormsNeverWriteAreRefused)
{
    const auto change = [this](const QString &array, const QString &key, const QJsonValue &value) {
        return refusal(withRecord(array, 0, [&](QJsonObject &record) { record.insert(key, value); }));
    };
    const QString activities = QStringLiteral("activities"), feedback = QStringLiteral("feedback"),
                  deals = QStringLiteral("deals");
    const QString slashed = change(feedback, QStringLiteral("received_on"), QStringLiteral("2026/11/03"));
    EXPECT_TRUE(slashed.contains(QStringLiteral("received_on must be a date"))) << slashed.toStdString();
    const QString timed = change(activities, QStringLiteral("occurred_on"), QStringLiteral("2026-11-02T10:00"));
    EXPECT_TRUE(timed.contains(QStringLiteral("occurred_on must be a date"))) << timed.toStdString();
    const QString type = change(activities, QStringLiteral("type"), QStringLiteral(" "));
    EXPECT_TRUE(type.contains(QStringLiteral("type"))) << type.toStdString();
    const QString negative = change(activities, QStringLiteral("minutes"), -5);
    EXPECT_TRUE(negative.contains(QStringLiteral("minutes"))) << negative.toStdString();
    const QString huge = change(activities, QStringLiteral("minutes"), 1e15);
    EXPECT_TRUE(huge.contains(QStringLiteral("minutes"))) << huge.toStdString();
    const QString negativeAmount = change(deals, QStringLiteral("amount_minor"), -500000);
    EXPECT_TRUE(negativeAmount.contains(QStringLiteral("amount_minor"))) << negativeAmount.toStdString();
    const QString early = refusal(withRecord(deals, 0, [](QJsonObject &deal) {
        deal.insert(QStringLiteral("stage"), QStringLiteral("won"));
        deal.insert(QStringLiteral("closed_on"), QStringLiteral("2026-01-01")); // created 2026-09-01
    }));
    EXPECT_TRUE(early.contains(QStringLiteral("before created_on"))) << early.toStdString();
    const QString stage = change(deals, QStringLiteral("stage"), QStringLiteral("maybe"));
    EXPECT_TRUE(stage.contains(QStringLiteral("stage"))) << stage.toStdString();
    const QString complaint = change(feedback, QStringLiteral("complaint"), 7);
    EXPECT_TRUE(complaint.contains(QStringLiteral("complaint"))) << complaint.toStdString();
    const QString resolved = change(feedback, QStringLiteral("resolved"), 1); // Li's feedback is no complaint
    EXPECT_TRUE(resolved.contains(QStringLiteral("complaint"))) << resolved.toStdString();
}

// A deal's credit split divides its revenue: shares adding up to more than the whole would
// count the revenue twice on the leaderboard and in the reps' attainment.
TEST_F(RepPackValidation, CreditSharesSplitTheWholeDeal)
{
    const auto credits = [this](const QJsonArray &split) {
        return refusal(withRecord(QStringLiteral("deals"), 0, [&](QJsonObject &deal) {
            deal.insert(QStringLiteral("credits"), split);
        }));
    };
    const QJsonObject li{{QStringLiteral("rep_id"), kLi}, {QStringLiteral("basis_points"), 10000}};
    const QJsonObject wang{{QStringLiteral("rep_id"), kWang}, {QStringLiteral("basis_points"), 10000}};
    const QString doubled = credits(QJsonArray{li, wang});
    EXPECT_TRUE(doubled.contains(QStringLiteral("add up to 20000"))) << doubled.toStdString();
    const QJsonObject half{{QStringLiteral("rep_id"), kLi}, {QStringLiteral("basis_points"), 5000}};
    const QString twice = credits(QJsonArray{half, half});
    EXPECT_TRUE(twice.contains(QStringLiteral("credited twice"))) << twice.toStdString();
}

// A rep links activities only to deals they own or share, in a pack as in the entry form.
TEST_F(RepPackValidation, AnActivityIsNotLinkedToAnotherRepsDeal)
{
    const QString message = refusal(withRecord(QStringLiteral("activities"), 1, [this](QJsonObject &visit) {
        visit.insert(QStringLiteral("deal_id"), kWangDeal); // the visit is at Beta, Wang's deal's customer
    }));
    EXPECT_EQ(message, QStringLiteral("activity 2 (id %1): deal %2 is neither the rep's own nor shared with them.")
                           .arg(kLiVisit, kWangDeal));
}

} // namespace attain::storage::test
