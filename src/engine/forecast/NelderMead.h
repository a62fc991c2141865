#pragma once

#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace attain::engine::forecast {

/// A non-owning reference to a callable `double(std::span<const double>)`: lets the optimiser
/// call a lambda without std::function's possible allocation or the code bloat of a template.
class ObjectiveRef
{
public:
    template<typename F>
        requires(!std::is_same_v<std::remove_cvref_t<F>, ObjectiveRef>)
    ObjectiveRef(F &&callable) // implicit on purpose: built from a lambda at the call
        : m_object(const_cast<void *>(static_cast<const void *>(&callable)))
        , m_call([](void *object, std::span<const double> x) {
            return (*static_cast<std::remove_reference_t<F> *>(object))(x);
        })
    {
    }

    double operator()(std::span<const double> x) const { return m_call(m_object, x); }

private:
    void *m_object;
    double (*m_call)(void *, std::span<const double>);
};

/// Derivative-free minimisation in a box (Nelder & Mead 1965, standard coefficients 1, 2, ½, ½).
/// Trial points are clamped into [lower, upper]; other constraints belong in the objective
/// (return +∞ where it is undefined). All buffers are sized in `minimize` before the loop, so
/// one optimiser reused over many fits allocates only when a larger dimension first appears.
class NelderMead
{
public:
    struct Options
    {
        int maxEvaluations = 2000;
        /// Stop when the simplex values differ by less than this, relative to the best value.
        double relativeTolerance = 1e-8;
    };

    struct Result
    {
        double value = 0.0;
        int evaluations = 0;
        bool converged = false;
    };

    /// Minimises `objective` from the start point `x` (overwritten with the best point found);
    /// the initial simplex moves each coordinate by `step` (away from a bound that blocks it).
    /// `lower`, `upper` and `step` have the size of `x`.
    Result minimize(ObjectiveRef objective, std::span<double> x, std::span<const double> step,
                    std::span<const double> lower, std::span<const double> upper, const Options &options);
    Result minimize(ObjectiveRef objective, std::span<double> x, std::span<const double> step,
                    std::span<const double> lower, std::span<const double> upper)
    {
        return minimize(objective, x, step, lower, upper, Options{});
    }

private:
    std::span<double> vertex(std::size_t i) { return {m_simplex.data() + i * m_dimension, m_dimension}; }
    /// Writes centroid + coefficient·(centroid − worst) into `out`, clamped into the box.
    void moveFromCentroid(std::span<const double> worst, double coefficient, std::span<double> out) const;

    std::size_t m_dimension = 0;
    std::vector<double> m_simplex; ///< (dimension + 1) vertices, row-major
    std::vector<double> m_values;
    std::vector<double> m_centroid, m_reflected, m_expanded, m_contracted;
    std::span<const double> m_lower, m_upper;
};

} // namespace attain::engine::forecast
