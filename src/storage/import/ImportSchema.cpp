#include "storage/import/ImportSchema.h"

#include <initializer_list>

namespace attain::storage::import {

namespace {

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *name : list)
        out.append(QString::fromUtf16(name));
    return out;
}

ImportField field(const char16_t *key, const char16_t *column, FieldType type, bool required,
                  std::initializer_list<const char16_t *> synonyms)
{
    return {QString::fromUtf16(key), QString::fromUtf16(column), type, required, names(synonyms)};
}

constexpr bool kRequired = true;
constexpr bool kOptional = false;

// Synonyms shared by several kinds, so that "客户" means the same everywhere.
#define ATTAIN_CUSTOMER_NAMES u"customer", u"account", u"client", u"customer name", u"客户", u"客户名称"
#define ATTAIN_REP_NAMES u"owner", u"rep", u"salesperson", u"sales rep", u"销售", u"负责人", u"销售代表", \
                         u"销售员", u"业务员"

QList<ImportField> dealFields()
{
    return {
        field(u"id", u"id", FieldType::Id, kOptional, {u"deal id", u"external id", u"编号", u"订单号", u"合同编号"}),
        field(u"owner", u"owner_rep_id", FieldType::RepRef, kRequired, {ATTAIN_REP_NAMES}),
        field(u"customer", u"customer_id", FieldType::CustomerRef, kOptional, {ATTAIN_CUSTOMER_NAMES}),
        field(u"amount", u"amount_minor", FieldType::Amount, kRequired,
              {u"value", u"revenue", u"金额", u"销售额", u"成交金额", u"合同金额"}),
        field(u"currency", u"currency", FieldType::Currency, kOptional, {u"币种", u"货币"}),
        field(u"stage", u"stage", FieldType::Stage, kOptional, {u"status", u"阶段", u"状态"}),
        field(u"closed_on", u"closed_on", FieldType::Date, kOptional,
              {u"close date", u"closed", u"date", u"日期", u"成交日期"}),
        field(u"created_on", u"created_on", FieldType::Date, kOptional, {u"created", u"created date", u"创建日期"}),
        field(u"expected_close_on", u"expected_close_on", FieldType::Date, kOptional,
              {u"expected close", u"expected close date", u"预计成交日期"}),
        field(u"team", u"team_id", FieldType::TeamRef, kOptional, {u"团队"}),
        field(u"channel", u"channel_id", FieldType::ChannelRef, kOptional, {u"渠道"}),
        field(u"product_line", u"product_line_id", FieldType::ProductLineRef, kOptional,
              {u"product", u"产品线", u"产品"}),
        field(u"region", u"region_id", FieldType::RegionRef, kOptional, {u"区域", u"地区"}),
        field(u"lost_reason", u"lost_reason", FieldType::Text, kOptional, {u"丢单原因", u"输单原因"}),
        field(u"competitor", u"competitor", FieldType::Text, kOptional, {u"竞争对手"}),
    };
}

QList<ImportField> customerFields()
{
    return {
        field(u"id", u"id", FieldType::Id, kOptional, {u"customer id", u"客户编号"}),
        field(u"name", u"name", FieldType::Text, kRequired, {ATTAIN_CUSTOMER_NAMES, u"名称"}),
        field(u"region", u"region_id", FieldType::RegionRef, kOptional, {u"区域", u"地区"}),
        field(u"customer_group", u"group_id", FieldType::CustomerGroupRef, kOptional,
              {u"group", u"segment", u"客户分组", u"客户类型"}),
    };
}

QList<ImportField> activityFields()
{
    return {
        field(u"id", u"id", FieldType::Id, kOptional, {u"activity id", u"活动编号"}),
        field(u"rep", u"rep_id", FieldType::RepRef, kRequired,
              {u"owner", u"salesperson", u"sales rep", u"销售", u"负责人", u"销售代表", u"销售员", u"业务员"}),
        field(u"customer", u"customer_id", FieldType::CustomerRef, kOptional, {ATTAIN_CUSTOMER_NAMES}),
        field(u"deal", u"deal_id", FieldType::DealRef, kOptional, {u"deal id", u"商机", u"订单"}),
        field(u"type", u"type", FieldType::Text, kRequired, {u"activity", u"activity type", u"类型", u"活动类型"}),
        field(u"occurred_on", u"occurred_on", FieldType::Date, kRequired, {u"date", u"occurred", u"日期", u"活动日期"}),
        field(u"minutes", u"minutes", FieldType::Integer, kOptional, {u"duration", u"时长", u"分钟"}),
        field(u"outcome", u"outcome", FieldType::Text, kOptional, {u"result", u"结果"}),
        field(u"notes", u"notes", FieldType::Text, kOptional, {u"note", u"comment", u"备注"}),
    };
}

QList<ImportField> repFields()
{
    return {
        field(u"id", u"id", FieldType::Id, kOptional, {u"rep id", u"employee id", u"工号"}),
        field(u"name", u"name", FieldType::Text, kRequired,
              {u"rep", u"salesperson", u"sales rep", u"姓名", u"销售", u"销售代表", u"销售员"}),
        field(u"email", u"email", FieldType::Text, kOptional, {u"e-mail", u"mail", u"邮箱", u"电子邮件"}),
        field(u"team", u"team_id", FieldType::TeamRef, kOptional, {u"团队"}),
        field(u"role", u"role", FieldType::Role, kOptional, {u"角色", u"职位"}),
        field(u"start_date", u"start_date", FieldType::Date, kRequired,
              {u"start", u"hired", u"hire date", u"入职日期", u"开始日期"}),
        field(u"end_date", u"end_date", FieldType::Date, kOptional, {u"end", u"left", u"离职日期", u"结束日期"}),
    };
}

QList<ImportField> targetFields()
{
    return {
        field(u"id", u"id", FieldType::Id, kOptional, {u"target id", u"目标编号"}),
        field(u"parent", u"parent_id", FieldType::TargetRef, kOptional, {u"parent id", u"上级目标"}),
        field(u"metric", u"metric", FieldType::Metric, kRequired, {u"指标"}),
        field(u"scope_kind", u"scope_kind", FieldType::Text, kRequired, {u"scope type", u"范围类型"}),
        field(u"scope_id", u"scope_id", FieldType::Text, kOptional, {u"scope", u"范围"}),
        field(u"title", u"title", FieldType::Text, kOptional, {u"name", u"标题", u"名称"}),
        field(u"period_start", u"period_start", FieldType::Date, kRequired,
              {u"start", u"from", u"开始日期", u"起始日期"}),
        field(u"period_end", u"period_end", FieldType::Date, kRequired, {u"end", u"to", u"结束日期", u"截止日期"}),
        field(u"period_label", u"period_label", FieldType::Text, kOptional, {u"period", u"期间"}),
        field(u"value", u"value", FieldType::Amount, kRequired, {u"target", u"amount", u"目标", u"目标值"}),
    };
}

#undef ATTAIN_CUSTOMER_NAMES
#undef ATTAIN_REP_NAMES

} // namespace

const QList<ImportField> &ImportSchema::fields(ImportKind kind)
{
    static const QList<ImportField> deals = dealFields(), customers = customerFields(),
                                    activities = activityFields(), reps = repFields(), targets = targetFields();
    switch (kind) {
    case ImportKind::Deals: return deals;
    case ImportKind::Customers: return customers;
    case ImportKind::Activities: return activities;
    case ImportKind::Reps: return reps;
    case ImportKind::Targets: return targets;
    }
    return deals;
}

QString ImportSchema::table(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Deals: return QStringLiteral("deals");
    case ImportKind::Customers: return QStringLiteral("customers");
    case ImportKind::Activities: return QStringLiteral("activities");
    case ImportKind::Reps: return QStringLiteral("reps");
    case ImportKind::Targets: return QStringLiteral("targets");
    }
    return {};
}

int ImportSchema::indexOf(ImportKind kind, const QString &key)
{
    const QList<ImportField> &list = fields(kind);
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].key == key)
            return static_cast<int>(i);
    return -1;
}

std::optional<ImportKind> importKindFromName(QStringView name)
{
    for (const ImportKind kind : {ImportKind::Deals, ImportKind::Customers, ImportKind::Activities, ImportKind::Reps,
                                  ImportKind::Targets})
        if (name == importKindName(kind))
            return kind;
    return std::nullopt;
}

QString importKindName(ImportKind kind)
{
    return ImportSchema::table(kind);
}

} // namespace attain::storage::import
