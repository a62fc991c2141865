#include "engine/forecast/NelderMead.h"

#include <algorithm>
#include <cmath>

namespace attain::engine::forecast {

void NelderMead::moveFromCentroid(std::span<const double> worst, double coefficient, std::span<double> out) const
{
    for (std::size_t j = 0; j < m_dimension; ++j) {
        const double value = m_centroid[j] + coefficient * (m_centroid[j] - worst[j]);
        out[j] = std::clamp(value, m_lower[j], m_upper[j]);
    }
}

NelderMead::Result NelderMead::minimize(ObjectiveRef objective, std::span<double> x, std::span<const double> step,
                                        std::span<const double> lower, std::span<const double> upper,
                                        const Options &options)
{
    const std::size_t n = x.size();
    m_dimension = n;
    m_lower = lower;
    m_upper = upper;
    if (m_simplex.size() < (n + 1) * n) {
        m_simplex.resize((n + 1) * n);
        m_values.resize(n + 1);
        m_centroid.resize(n);
        m_reflected.resize(n);
        m_expanded.resize(n);
        m_contracted.resize(n);
    }
    const std::span<double> reflected{m_reflected.data(), n};
    const std::span<double> expanded{m_expanded.data(), n};
    const std::span<double> contracted{m_contracted.data(), n};

    Result result;
    for (std::size_t j = 0; j < n; ++j)
        x[j] = std::clamp(x[j], lower[j], upper[j]);
    for (std::size_t i = 0; i <= n; ++i) {
        std::span<double> v = vertex(i);
        std::copy(x.begin(), x.end(), v.begin());
        if (i > 0) {
            const std::size_t j = i - 1;
            v[j] = x[j] + step[j] <= upper[j] ? x[j] + step[j] : std::max(lower[j], x[j] - step[j]);
        }
        m_values[i] = objective(v);
    }
    result.evaluations = static_cast<int>(n + 1);

    std::size_t best = 0;
    while (true) {
        best = 0;
        std::size_t worst = 0;
        for (std::size_t i = 1; i <= n; ++i) {
            if (m_values[i] < m_values[best])
                best = i;
            if (m_values[i] > m_values[worst] || std::isnan(m_values[worst]))
                worst = i;
        }
        if (worst == best)
            worst = best == 0 ? 1 : 0;
        std::size_t second = best;
        for (std::size_t i = 0; i <= n; ++i)
            if (i != worst && (second == best || m_values[i] > m_values[second]))
                second = i;

        const double spread = m_values[worst] - m_values[best];
        const double tolerance = options.relativeTolerance * (std::abs(m_values[best]) + options.relativeTolerance);
        if (n == 0 || spread <= tolerance) {
            result.converged = true;
            break;
        }
        if (result.evaluations >= options.maxEvaluations)
            break;

        std::fill(m_centroid.begin(), m_centroid.begin() + static_cast<std::ptrdiff_t>(n), 0.0);
        for (std::size_t i = 0; i <= n; ++i) {
            if (i == worst)
                continue;
            const std::span<double> v = vertex(i);
            for (std::size_t j = 0; j < n; ++j)
                m_centroid[j] += v[j];
        }
        for (std::size_t j = 0; j < n; ++j)
            m_centroid[j] /= static_cast<double>(n);

        const std::span<double> worstVertex = vertex(worst);
        moveFromCentroid(worstVertex, 1.0, reflected);
        const double fReflected = objective(reflected);
        ++result.evaluations;

        if (fReflected < m_values[best]) {
            moveFromCentroid(worstVertex, 2.0, expanded);
            const double fExpanded = objective(expanded);
            ++result.evaluations;
            const bool takeExpanded = fExpanded < fReflected;
            std::copy_n(takeExpanded ? expanded.begin() : reflected.begin(), n, worstVertex.begin());
            m_values[worst] = takeExpanded ? fExpanded : fReflected;
            continue;
        }
        if (fReflected < m_values[second]) {
            std::copy_n(reflected.begin(), n, worstVertex.begin());
            m_values[worst] = fReflected;
            continue;
        }
        const bool outside = fReflected < m_values[worst];
        moveFromCentroid(worstVertex, outside ? 0.5 : -0.5, contracted);
        const double fContracted = objective(contracted);
        ++result.evaluations;
        if (fContracted < std::min(fReflected, m_values[worst])) {
            std::copy_n(contracted.begin(), n, worstVertex.begin());
            m_values[worst] = fContracted;
            continue;
        }
        const std::span<double> bestVertex = vertex(best);
        for (std::size_t i = 0; i <= n; ++i) {
            if (i == best)
                continue;
            const std::span<double> v = vertex(i);
            for (std::size_t j = 0; j < n; ++j)
                v[j] = bestVertex[j] + 0.5 * (v[j] - bestVertex[j]);
            m_values[i] = objective(v);
        }
        result.evaluations += static_cast<int>(n);
    }
    const std::span<double> bestVertex = vertex(best);
    std::copy(bestVertex.begin(), bestVertex.end(), x.begin());
    result.value = m_values[best];
    return result;
}

} // namespace attain::engine::forecast
