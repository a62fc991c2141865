#!/bin/sh
# Forecasts every M3 subset with attain-cli and scores it with the benchmark kit's scorer
# (a timed, scored run that prints figures; never a pass/fail test).
# Usage: tests/bench/m3.sh [M3_KIT_DIR] [BUILD_DIR] [METHOD] [THREADS]
#   defaults: ../shared/benchmarks/m3, build/release, auto, 2
# The kit (data/, score.py, bench_cli.sh) is the public M3 data with its scorer; see
# docs/forecasting.md. Needs python3 and GNU time.
set -eu
kit="${1:-../shared/benchmarks/m3}"
build="${2:-build/release}"
method="${3:-auto}"
threads="${4:-2}"
cli="$(cd "$build/bin" 2>/dev/null && pwd)/attain-cli"
[ -x "$cli" ] || { echo "build $build first (cmake --preset release && cmake --build --preset release)" >&2; exit 1; }
[ -f "$kit/bench_cli.sh" ] || { echo "no M3 kit at $kit" >&2; exit 1; }
OUT="${OUT:-/tmp/m3-bench}" bash "$kit/bench_cli.sh" "attain-$method-t$threads" \
    "$cli forecast --method $method --threads $threads"
cat <<'ANCHORS'

Published / measured anchors (sMAPE %; monthly, quarterly, yearly, other):
  Theta (M3 winner, published)       13.85   8.96  16.90  4.41
  ForecastPro (published)            13.86   9.77  17.14  4.60
  R forecast::ets (measured, 360 s)  14.14   9.68  17.00  4.37
  R forecast::thetaf (7.5 s)         13.86   9.20  16.76  4.92
  Naive2                             16.91   9.95  17.88  6.30
ANCHORS
