#pragma once

#include <QByteArrayView>
#include <QChar>

namespace attain::storage {

/// Guesses the separator of CSV text from its first lines: European Excel writes `;`, many
/// CRMs write tabs, everyone else commas.
class CsvSeparatorDetector
{
public:
    /// How many non-blank lines are looked at.
    static constexpr int kSampleLines = 20;

    /// Counts `,` `;` and tab outside quotes on each of the first lines of `utf8` and returns
    /// the one whose non-zero count is the same on the most lines (ties, and text with none of
    /// them: comma, then semicolon, then tab).
    [[nodiscard]] static QChar detect(QByteArrayView utf8);
};

} // namespace attain::storage
