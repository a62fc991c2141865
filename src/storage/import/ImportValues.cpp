#include "storage/import/ImportValues.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace attain::storage::import {

namespace {

constexpr char16_t kFullWidthYen = u'\uFFE5';
constexpr char16_t kYen = u'\u00A5';
constexpr char16_t kMinusSign = u'\u2212';
constexpr char16_t kWan = u'\u4E07';   // 万
constexpr char16_t kYuan = u'\u5143';  // 元
constexpr char16_t kNian = u'\u5E74';  // 年
constexpr char16_t kYue = u'\u6708';   // 月
constexpr char16_t kRi = u'\u65E5';    // 日

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// Appends the decimal digits of `digits` to `value`; false on overflow or a non-digit.
bool accumulate(std::int64_t &value, QStringView digits)
{
    for (const QChar c : digits) {
        if (!isDigit(c))
            return false;
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, c.unicode() - u'0', &value))
            return false;
    }
    return true;
}

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\'') || c.unicode() == u'\u00A0' || c.unicode() == u'\u202F'
           || c.unicode() == u'\u2009';
}

/// Splits "1,234,567" on the grouping characters and checks the 1–3 then 3,3,… shape.
std::optional<QString> ungroup(QStringView integer, QChar grouping)
{
    QString digits;
    digits.reserve(integer.size());
    int group = 0;
    bool first = true, grouped = false;
    for (const QChar c : integer) {
        if (isDigit(c)) {
            digits.append(c);
            ++group;
        } else if (c == grouping || isGroupSpace(c)) {
            if (group == 0 || (first && group > 3) || (!first && group != 3))
                return std::nullopt;
            first = false;
            grouped = true;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (grouped && group != 3)
        return std::nullopt;
    return digits;
}

QHash<QString, QString> synonymTable(std::initializer_list<std::pair<const char16_t *, const char *>> pairs)
{
    QHash<QString, QString> table;
    for (const auto &[synonym, canonical] : pairs)
        table.insert(normalizedKey(QString::fromUtf16(synonym)), QString::fromLatin1(canonical));
    return table;
}

Parsed<QString> lookup(const QHash<QString, QString> &table, const QString &text, const char *what,
                       const char *allowed)
{
    const auto found = table.constFind(normalizedKey(text));
    if (found != table.cend())
        return {*found, {}};
    return {std::nullopt, QStringLiteral("unknown %1 %2 (%3)")
                              .arg(QLatin1String(what), quoted(text), QLatin1String(allowed))};
}

} // namespace

QString toHalfWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(static_cast<char16_t>(c.unicode() - 0xFEE0));
        else if (c.unicode() == 0x3000)
            c = QLatin1Char(' ');
    }
    return out.trimmed();
}

QString normalizedKey(const QString &text)
{
    const QString half = toHalfWidth(text).toCaseFolded();
    QString key;
    key.reserve(half.size());
    for (const QChar c : half)
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.')
            && c != QLatin1Char('/'))
            key.append(c);
    return key;
}

Parsed<engine::Date> parseDate(const QString &text, DateOrder order)
{
    const QString notADate = QStringLiteral("not a date: %1").arg(quoted(text));
    QString s = toHalfWidth(text);
    // A time part after the date (Excel's "2026-03-05 14:30:00", ISO's "T14:30") is ignored.
    for (qsizetype i = 6; i < s.size(); ++i)
        if (s[i] == QLatin1Char(' ') || s[i] == QLatin1Char('T')) {
            s.truncate(i);
            break;
        }
    if (s.contains(kNian)) {
        if (!s.endsWith(kRi) || !s.contains(kYue))
            return {std::nullopt, notADate};
        s.chop(1);
        s.replace(kNian, QLatin1Char('-')).replace(kYue, QLatin1Char('-'));
    }
    std::array<QStringView, 3> groups;
    int count = 0;
    QChar separator;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i < s.size() && isDigit(s[i]))
            continue;
        if (i == start || count == 3)
            return {std::nullopt, notADate};
        groups[static_cast<std::size_t>(count++)] = QStringView(s).mid(start, i - start);
        if (i < s.size()) {
            const QChar c = s[i];
            if ((c != QLatin1Char('-') && c != QLatin1Char('/') && c != QLatin1Char('.'))
                || (!separator.isNull() && c != separator))
                return {std::nullopt, notADate};
            separator = c;
        }
        start = i + 1;
    }
    int year = 0, month = 0, day = 0;
    if (count == 1 && groups[0].size() == 8) {
        year = groups[0].left(4).toInt();
        month = groups[0].mid(4, 2).toInt();
        day = groups[0].mid(6, 2).toInt();
    } else if (count == 3 && groups[0].size() == 4 && groups[1].size() <= 2 && groups[2].size() <= 2) {
        year = groups[0].toInt();
        month = groups[1].toInt();
        day = groups[2].toInt();
    } else if (count == 3 && groups[2].size() == 4 && groups[0].size() <= 2 && groups[1].size() <= 2) {
        year = groups[2].toInt();
        const int a = groups[0].toInt(), b = groups[1].toInt();
        bool dayFirst = order == DateOrder::Dmy;
        if (order == DateOrder::Ymd) {
            if (a > 12 && b <= 12)
                dayFirst = true;
            else if (b > 12 && a <= 12)
                dayFirst = false;
            else if (a != b)
                return {std::nullopt, QStringLiteral("ambiguous date %1: day and month could be either way round; "
                                                     "choose the date order (DMY or MDY)").arg(quoted(text))};
        }
        day = dayFirst ? a : b;
        month = dayFirst ? b : a;
    } else {
        return {std::nullopt, notADate};
    }
    const engine::Date date = engine::makeDate(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    if (year < 1900 || year > 2999 || month < 1 || day < 1 || !date.ok())
        return {std::nullopt, QStringLiteral("no such date: %1").arg(quoted(text))};
    return {date, {}};
}

Parsed<std::int64_t> parseAmount(const QString &text)
{
    const QString notAnAmount = QStringLiteral("not an amount: %1").arg(quoted(text));
    QString s = toHalfWidth(text);
    s.remove(kFullWidthYen).remove(kYen).remove(QLatin1Char('$'));
    s = s.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(kMinusSign) || s.startsWith(QLatin1Char('+'))) {
        if (negative)
            return {std::nullopt, notAnAmount};
        negative = s[0] != QLatin1Char('+');
        s = s.mid(1).trimmed();
    }
    if (s.endsWith(kYuan))
        s = s.chopped(1).trimmed();
    const bool wan = s.endsWith(kWan);
    if (wan)
        s = s.chopped(1).trimmed();
    if (s.isEmpty())
        return {std::nullopt, notAnAmount};

    const qsizetype dots = s.count(QLatin1Char('.')), commas = s.count(QLatin1Char(','));
    const bool spaces = std::any_of(s.cbegin(), s.cend(), isGroupSpace);
    QChar decimal, grouping;
    if (dots > 0 && commas > 0) {
        const bool dotLast = s.lastIndexOf(QLatin1Char('.')) > s.lastIndexOf(QLatin1Char(','));
        decimal = dotLast ? QLatin1Char('.') : QLatin1Char(',');
        grouping = dotLast ? QLatin1Char(',') : QLatin1Char('.');
    } else if (commas > 0) {
        // "1,5" and "1 234,56" are decimals; "1,234" and "1,234,567" are thousands.
        const qsizetype after = s.size() - s.lastIndexOf(QLatin1Char(',')) - 1;
        if (commas == 1 && (after != 3 || spaces))
            decimal = QLatin1Char(',');
        else
            grouping = QLatin1Char(',');
    } else if (dots > 0) {
        if (dots == 1)
            decimal = QLatin1Char('.');
        else
            grouping = QLatin1Char('.');
    }
    if (!decimal.isNull() && s.count(decimal) > 1)
        return {std::nullopt, notAnAmount};
    const qsizetype point = decimal.isNull() ? -1 : s.indexOf(decimal);
    const QStringView integerPart = point < 0 ? QStringView(s) : QStringView(s).left(point);
    const QStringView fraction = point < 0 ? QStringView() : QStringView(s).mid(point + 1);
    const std::optional<QString> digits = ungroup(integerPart, grouping);
    if (!digits || (digits->isEmpty() && fraction.isEmpty()))
        return {std::nullopt, notAnAmount};

    // Minor units are × 100; 万 is × 10 000 more, so 1.5万 reads as 1.500000 × 10^6 fen exactly.
    const qsizetype places = wan ? 6 : 2;
    std::int64_t value = 0;
    if (!std::all_of(fraction.begin(), fraction.end(), isDigit))
        return {std::nullopt, notAnAmount};
    if (!accumulate(value, *digits))
        return {std::nullopt, QStringLiteral("amount too large: %1").arg(quoted(text))};
    if (fraction.size() > places)
        return {std::nullopt, QStringLiteral("more than 2 decimals: %1").arg(quoted(text))};
    const QString padded = fraction.toString() + QString(places - fraction.size(), QLatin1Char('0'));
    if (!accumulate(value, padded))
        return {std::nullopt, QStringLiteral("amount too large: %1").arg(quoted(text))};
    return {negative ? -value : value, {}};
}

Parsed<std::int64_t> parseInteger(const QString &text)
{
    const Parsed<std::int64_t> amount = parseAmount(text);
    if (!amount.value || *amount.value % 100 != 0)
        return {std::nullopt, QStringLiteral("not a whole number: %1").arg(quoted(text))};
    return {*amount.value / 100, {}};
}

Parsed<QString> parseCurrency(const QString &text)
{
    const QString code = toHalfWidth(text).toUpper();
    if (code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
            return c.unicode() >= u'A' && c.unicode() <= u'Z';
        }))
        return {code, {}};
    return {std::nullopt, QStringLiteral("not a currency code: %1 (3 letters such as CNY)").arg(quoted(text))};
}

Parsed<QString> parseStage(const QString &text)
{
    static const QHash<QString, QString> table = synonymTable({
        {u"won", "won"}, {u"win", "won"}, {u"closed won", "won"}, {u"赢单", "won"}, {u"成交", "won"},
        {u"已成交", "won"}, {u"赢", "won"},
        {u"lost", "lost"}, {u"loss", "lost"}, {u"closed lost", "lost"}, {u"输单", "lost"}, {u"丢单", "lost"},
        {u"失败", "lost"}, {u"输", "lost"},
        {u"prospecting", "prospecting"}, {u"prospect", "prospecting"}, {u"lead", "prospecting"},
        {u"线索", "prospecting"}, {u"潜在", "prospecting"}, {u"初步接触", "prospecting"},
        {u"qualification", "qualification"}, {u"qualified", "qualification"}, {u"需求确认", "qualification"},
        {u"资格确认", "qualification"},
        {u"proposal", "proposal"}, {u"quote", "proposal"}, {u"方案", "proposal"}, {u"报价", "proposal"},
        {u"negotiation", "negotiation"}, {u"negotiating", "negotiation"}, {u"谈判", "negotiation"},
        {u"商务谈判", "negotiation"},
    });
    return lookup(table, text, "stage", "won, lost, prospecting, qualification, proposal, negotiation");
}

Parsed<QString> parseRole(const QString &text)
{
    static const QHash<QString, QString> table = synonymTable({
        {u"admin", "admin"}, {u"administrator", "admin"}, {u"管理员", "admin"},
        {u"manager", "manager"}, {u"sales manager", "manager"}, {u"经理", "manager"}, {u"主管", "manager"},
        {u"销售经理", "manager"},
        {u"rep", "rep"}, {u"sales rep", "rep"}, {u"salesperson", "rep"}, {u"销售", "rep"},
        {u"销售代表", "rep"}, {u"销售员", "rep"},
    });
    return lookup(table, text, "role", "admin, manager, rep");
}

} // namespace attain::storage::import
