#include "storage/import/ColumnMapping.h"
#include "storage/import/ImportSchema.h"
#include "storage/import/ImportValues.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace attain::storage;
using namespace attain::storage::import;

namespace {

CsvRecord header(std::initializer_list<const char16_t *> names)
{
    CsvRecord record;
    record.line = 1;
    for (const char16_t *name : names)
        record.fields.append(QString::fromUtf16(name));
    return record;
}

int column(const ColumnMapping &mapping, const char *key)
{
    const int field = ImportSchema::indexOf(mapping.kind(), QString::fromLatin1(key));
    EXPECT_GE(field, 0) << key;
    return field < 0 ? -2 : mapping.column(field);
}

} // namespace

TEST(ColumnMapping, ChineseHeaders)
{
    const auto mapping = ColumnMapping::resolve(
        ImportKind::Deals, header({u"客户名称", u"成交金额", u"成交日期", u"负责人", u"状态", u"备用"}));
    EXPECT_TRUE(mapping.ok()) << mapping.problems().value(0).message.toStdString();
    EXPECT_EQ(column(mapping, "customer"), 0);
    EXPECT_EQ(column(mapping, "amount"), 1);
    EXPECT_EQ(column(mapping, "closed_on"), 2);
    EXPECT_EQ(column(mapping, "owner"), 3);
    EXPECT_EQ(column(mapping, "stage"), 4);
    EXPECT_EQ(column(mapping, "currency"), -1);
    ASSERT_EQ(mapping.notes().size(), 1);
    EXPECT_EQ(mapping.notes().front(), QString::fromUtf16(u"column '备用' (6) is ignored"));
}

TEST(ColumnMapping, EnglishHeadersIgnoreCaseSpacesAndUnderscores)
{
    const auto mapping = ColumnMapping::resolve(ImportKind::Deals,
                                                header({u"Account", u"REVENUE", u"close_date", u"Sales Rep"}));
    EXPECT_TRUE(mapping.ok());
    EXPECT_EQ(column(mapping, "customer"), 0);
    EXPECT_EQ(column(mapping, "amount"), 1);
    EXPECT_EQ(column(mapping, "closed_on"), 2);
    EXPECT_EQ(column(mapping, "owner"), 3);
}

TEST(ColumnMapping, MissingRequiredFieldsAreOneFileProblem)
{
    const auto mapping = ColumnMapping::resolve(ImportKind::Deals, header({u"customer", u"date"}));
    ASSERT_EQ(mapping.problems().size(), 1);
    EXPECT_EQ(mapping.problems().front().line, 1);
    EXPECT_EQ(mapping.problems().front().message,
              QStringLiteral("missing required column(s) for deals: owner, amount (add them or use --map column=field)"));
}

TEST(ColumnMapping, OverridesWinOverSynonyms)
{
    const auto mapping = ColumnMapping::resolve(ImportKind::Deals, header({u"who", u"amount", u"sum", u"rep"}),
                                                {QStringLiteral("who=owner"), QStringLiteral("sum=amount"),
                                                 QStringLiteral("rep=")});
    EXPECT_TRUE(mapping.ok()) << mapping.problems().value(0).message.toStdString();
    EXPECT_EQ(column(mapping, "owner"), 0);
    EXPECT_EQ(column(mapping, "amount"), 2);
}

TEST(ColumnMapping, BadOverridesAndConflictsAreReported)
{
    const auto bad = ColumnMapping::resolve(ImportKind::Deals, header({u"owner", u"amount"}),
                                            {QStringLiteral("nothere=owner"), QStringLiteral("amount=price")});
    ASSERT_EQ(bad.problems().size(), 2);
    EXPECT_EQ(bad.problems()[0].message, QStringLiteral("--map nothere=owner: the file has no column 'nothere'"));
    EXPECT_TRUE(bad.problems()[1].message.startsWith(QStringLiteral("--map amount=price: deals has no field 'price'")));
    const auto twice = ColumnMapping::resolve(ImportKind::Deals, header({u"owner", u"amount", u"金额"}));
    ASSERT_EQ(twice.problems().size(), 1);
    EXPECT_EQ(twice.problems()[0].column, 3);
}

TEST(ColumnMapping, SynonymsAreUniqueWithinEachKind)
{
    for (const ImportKind kind : {ImportKind::Deals, ImportKind::Customers, ImportKind::Activities, ImportKind::Reps,
                                  ImportKind::Targets}) {
        QSet<QString> names;
        for (const ImportField &field : ImportSchema::fields(kind)) {
            QSet<QString> own{normalizedKey(field.key), normalizedKey(field.column)};
            for (const QString &synonym : field.synonyms)
                own.insert(normalizedKey(synonym));
            for (const QString &name : own) {
                EXPECT_FALSE(names.contains(name)) << importKindName(kind).toStdString() << ": " << name.toStdString();
                names.insert(name);
            }
        }
        EXPECT_EQ(ImportSchema::fields(kind).front().key, QStringLiteral("id"));
    }
}
