#include "engine/forecast/NelderMead.h"

#include <gtest/gtest.h>

#include <array>
#include <limits>

using namespace attain::engine::forecast;

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
}

TEST(NelderMead, FindsTheMinimumOfTheRosenbrockValley)
{
    std::array<double, 2> x{-1.2, 1.0};
    const std::array<double, 2> step{0.5, 0.5}, lower{-inf, -inf}, upper{inf, inf};
    NelderMead optimizer;
    const auto rosenbrock = [](std::span<const double> p) {
        return 100.0 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]) + (1.0 - p[0]) * (1.0 - p[0]);
    };
    const NelderMead::Result result =
        optimizer.minimize(rosenbrock, x, step, lower, upper, {.maxEvaluations = 5000, .relativeTolerance = 1e-14});
    EXPECT_TRUE(result.converged);
    EXPECT_NEAR(x[0], 1.0, 1e-3);
    EXPECT_NEAR(x[1], 1.0, 1e-3);
    EXPECT_LT(result.value, 1e-6);
}

TEST(NelderMead, StaysInsideTheBoxAndStopsAtTheBudget)
{
    std::array<double, 2> x{0.5, 0.5};
    const std::array<double, 2> step{0.1, 0.1}, lower{0.0, 0.0}, upper{2.0, 1.0};
    NelderMead optimizer;
    int calls = 0;
    const auto bowl = [&calls](std::span<const double> p) {
        ++calls;
        EXPECT_GE(p[0], 0.0);
        EXPECT_LE(p[0], 2.0);
        EXPECT_LE(p[1], 1.0);
        return (p[0] - 5.0) * (p[0] - 5.0) + (p[1] + 3.0) * (p[1] + 3.0);
    };
    optimizer.minimize(bowl, x, step, lower, upper, {.maxEvaluations = 400, .relativeTolerance = 1e-12});
    EXPECT_NEAR(x[0], 2.0, 1e-6);
    EXPECT_NEAR(x[1], 0.0, 1e-6);

    x = {0.5, 0.5};
    calls = 0;
    const NelderMead::Result capped =
        optimizer.minimize(bowl, x, step, lower, upper, {.maxEvaluations = 10, .relativeTolerance = 0.0});
    EXPECT_FALSE(capped.converged);
    EXPECT_LE(capped.evaluations, 10 + 3); // the last iteration may still reflect, contract and shrink
    EXPECT_EQ(calls, capped.evaluations);
}
