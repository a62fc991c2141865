#include "storage/CsvSeparatorDetector.h"

#include <array>
#include <map>
#include <vector>

namespace attain::storage {

namespace {

constexpr std::array<char, 3> kCandidates { ',', ';', '\t' };

/// The number of lines on which the candidate occurs its most common non-zero number of times.
int consistency(const std::vector<int> &counts)
{
    std::map<int, int> lines;
    for (const int count : counts) {
        if (count > 0)
            ++lines[count];
    }
    int best = 0;
    for (const auto &[count, number] : lines)
        best = std::max(best, number);
    return best;
}

} // namespace

QChar CsvSeparatorDetector::detect(QByteArrayView utf8)
{
    std::array<std::vector<int>, kCandidates.size()> perLine;
    std::array<int, kCandidates.size()> current {};
    bool quoted = false;
    bool blank = true;
    int lines = 0;
    const auto endLine = [&] {
        if (!blank) {
            for (std::size_t k = 0; k < kCandidates.size(); ++k)
                perLine[k].push_back(current[k]);
            ++lines;
        }
        current = {};
        blank = true;
    };
    for (qsizetype i = 0; i < utf8.size() && lines < kSampleLines; ++i) {
        const char c = utf8[i];
        // Doubled quotes toggle twice, so a simple toggle tracks RFC 4180 quoting.
        if (c == '"') {
            quoted = !quoted;
            blank = false;
        } else if (quoted) {
            continue;
        } else if (c == '\n' || c == '\r') {
            endLine();
        } else {
            if (c != ' ')
                blank = false;
            for (std::size_t k = 0; k < kCandidates.size(); ++k) {
                if (c == kCandidates[k])
                    ++current[k];
            }
        }
    }
    if (lines < kSampleLines)
        endLine();

    std::size_t best = 0;
    int bestScore = consistency(perLine[0]);
    for (std::size_t k = 1; k < kCandidates.size(); ++k) {
        const int score = consistency(perLine[k]);
        if (score > bestScore) {
            best = k;
            bestScore = score;
        }
    }
    return QChar::fromLatin1(kCandidates[best]);
}

} // namespace attain::storage
