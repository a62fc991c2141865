#!/bin/sh
# Times importing 1M deal rows through Attain's importer against the sqlite3 shell's `.import`
# of the same rows, both into the real `deals` table (same keys and indexes, same 256 MB page
# cache) and into a plain table without keys or indexes. Prints figures; never pass/fail.
# Usage: tests/bench/import_vs_sqlite.sh [BUILD_DIR] [ROWS]   (default build/release 1000000)
set -eu
build="${1:-build/release}"
rows="${2:-1000000}"
load="$build/bin/attain-import-load"
[ -x "$load" ] || { echo "build $build first (cmake --preset release && cmake --build --preset release)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The rows attain-import-load generates, as CSV: full deals columns, and the 7 imported ones.
python3 - "$work" "$rows" <<'PY'
import csv, sys
work, rows = sys.argv[1], int(sys.argv[2])
with open(f"{work}/full.csv", "w", newline="") as full, open(f"{work}/plain.csv", "w", newline="") as plain:
    f, p = csv.writer(full), csv.writer(plain)
    p.writerow(["id", "owner", "customer", "amount", "currency", "stage", "closed_on"])
    for line in range(2, rows + 2):
        date = f"2025-{line % 12 + 1:02d}-{line % 28 + 1:02d}"
        f.writerow([f"D{line}", f"rep-{line % 200}", "t1", "", "", "", "", (line % 100000) * 100 + line % 100,
                    "CNY", "won", date, date, "", "", ""])
        p.writerow([f"D{line}", f"rep-{line % 200}", "", f"{line % 100000}.{line % 100:02d}", "CNY", "won", date])
PY
"$load" "$work/seed.attain" 1 --seed-only >/dev/null 2>&1
cp "$work/seed.attain" "$work/shell.attain"
cp "$work/seed.attain" "$work/attain.attain"
seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -n 1; }
echo "attain importer, deals table:     $(seconds "$load" "$work/attain.attain" "$rows") s"
echo "sqlite3 .import, deals table:     $(seconds sqlite3 "$work/shell.attain" 'PRAGMA cache_size=-262144' '.mode csv' ".import $work/full.csv deals") s"
echo "sqlite3 .import, plain table:     $(seconds sqlite3 "$work/plain.db" '.mode csv' ".import $work/plain.csv deals") s"
