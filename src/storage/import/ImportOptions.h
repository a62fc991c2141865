#pragma once

#include "storage/import/ImportValues.h"

#include <QString>
#include <QStringList>

namespace attain::storage::import {

struct ImportOptions
{
    bool dryRun = false;       ///< validate and count, write nothing
    bool skipBadLines = false; ///< write the good rows and list the bad lines instead of writing nothing
    QStringList mapping;       ///< "column=field" overrides (the CLI's --map)
    DateOrder dateOrder = DateOrder::Ymd;
    QString defaultCurrency = QStringLiteral("CNY"); ///< for deals without a currency column or value
    int previewRows = 10;    ///< mapped rows kept for the report
    int maxProblems = 1000;  ///< problems kept in the report; the rest are only counted
};

} // namespace attain::storage::import
