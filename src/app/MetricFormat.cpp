#include "app/MetricFormat.h"

#include <array>

#include <QCoreApplication>


namespace attain::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::MetricFormat", text);
}

} // namespace

QString scopeKindName(const QString &scopeKind)
{
    static const std::array<std::pair<const char *, const char *>, 8> kNames { {
        { "company", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Company") },
        { "team", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Team") },
        { "rep", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Rep") },
        { "channel", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Channel") },
        { "product_line", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Product line") },
        { "region", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Region") },
        { "customer", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Customer") },
        { "customer_group", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Customer group") },
    } };
    for (const auto &[key, name] : kNames)
        if (scopeKind == QLatin1String(key))
            return tr(name);
    return scopeKind;
}

QString statusName(engine::Status status)
{
    switch (status) {
    case engine::Status::Ahead:
        return tr("Ahead");
    case engine::Status::OnTrack:
        return tr("On track");
    case engine::Status::AtRisk:
        return tr("At risk");
    case engine::Status::OffTrack:
        return tr("Off track");
    case engine::Status::NotStarted:
        return tr("Not started");
    case engine::Status::Finished:
        return tr("Finished");
    case engine::Status::NoData:
        return tr("No data");
    }
    return {};
}

QColor statusColor(engine::Status status)
{
    switch (status) {
    case engine::Status::Ahead:
        return { 0x00, 0x9E, 0x73 }; // bluish green
    case engine::Status::OnTrack:
        return { 0x56, 0xB4, 0xE9 }; // sky blue
    case engine::Status::AtRisk:
        return { 0xE6, 0x9F, 0x00 }; // orange
    case engine::Status::OffTrack:
        return { 0xD5, 0x5E, 0x00 }; // vermillion
    case engine::Status::NotStarted:
    case engine::Status::Finished:
    case engine::Status::NoData:
        return { 0x99, 0x99, 0x99 };
    }
    return {};
}

QString reasonName(storage::RevisionReason reason)
{
    switch (reason) {
    case storage::RevisionReason::MarketChange:
        return tr("Market change");
    case storage::RevisionReason::ResourceChange:
        return tr("Resource change");
    case storage::RevisionReason::Difficulty:
        return tr("Difficulty");
    case storage::RevisionReason::Other:
        return tr("Other");
    }
    return {};
}

QString revisionStatusName(const QString &status)
{
    if (status == QLatin1String("proposed"))
        return tr("Proposed");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

} // namespace attain::ui
