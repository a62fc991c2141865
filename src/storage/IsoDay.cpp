#include "storage/IsoDay.h"

#include "engine/Date.h"
#include "storage/StorageError.h"

#include <QString>

#include <optional>

namespace attain::storage {

namespace {

/// Eight ASCII digits around two dashes, and a real date; nullopt sends anything else to
/// parseIsoDate, which decides.
std::optional<engine::Date> plainDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int digits[10] = {};
    for (const std::size_t i : { 0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u }) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        digits[i] = text[i] - '0';
    }
    const engine::Date date = engine::makeDate(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3],
        static_cast<unsigned>(digits[5] * 10 + digits[6]), static_cast<unsigned>(digits[8] * 10 + digits[9]));
    return date.ok() ? std::optional(date) : std::nullopt;
}

} // namespace

int isoDayNumber(std::string_view text, const char *what)
{
    auto date = plainDate(text);
    if (!date)
        date = engine::parseIsoDate(text);
    if (!date)
        throw StorageError(QStringLiteral("Invalid %1 date: %2")
                               .arg(QLatin1String(what),
                                   QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))));
    return engine::toDayNumber(*date);
}

} // namespace attain::storage
