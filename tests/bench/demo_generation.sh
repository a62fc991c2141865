#!/bin/sh
# Times demo-data generation (a timed CLI run, not a unit test) and prints the figures.
# Usage: tests/bench/demo_generation.sh [BUILD_DIR]   (default build/release)
set -eu
build="${1:-build/release}"
cli="$build/bin/attain-cli"
[ -x "$cli" ] || { echo "build $cli first (cmake --preset release && cmake --build --preset release)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for size in "25 3" "200 5"; do
  set -- $size
  /usr/bin/time -f "  wall %e s, max RSS %M KiB" "$cli" demo --out "$out/demo-$1-$2.attain" \
      --reps "$1" --years "$2" --as-of 2026-11-25 2>"$out/time.txt" >"$out/line.txt"
  cat "$out/line.txt"; tail -n 1 "$out/time.txt"
  echo "  file size $(du -h "$out/demo-$1-$2.attain" | cut -f1)"
done
