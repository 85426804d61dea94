#!/bin/sh
# Prints the scale table (scale-table.sh), then measures Minuta on a generated file of 1,000,000
# entries and 50 clients against baselines run at the same time: the same SQL bare and in the
# sqlite3 shell, an empty file, a 10-line invoice; and a CSV import of 1,000, 100,000 and
# 1,000,000 rows against the sqlite3 shell's .import.
#   tests/bench/run-benchmarks.sh [BUILD_DIR]
# Without BUILD_DIR it configures and builds the bench preset (build/bench), the one that turns
# MINUTA_BUILD_BENCHMARKS on; a BUILD_DIR given must have been configured with it on.
# The big file is made once and kept in $MINUTA_BENCH_DIR (default /tmp/minuta-bench).
set -eu
if [ $# -eq 0 ]; then
    cmake --preset bench >/dev/null
    cmake --build --preset bench
fi
build=${1:-build/bench}
bin=$build/bin
if [ ! -x "$bin/minuta_benchmarks" ]; then
    echo "$bin/minuta_benchmarks is missing: configure $build with -DMINUTA_BUILD_BENCHMARKS=ON" >&2
    exit 1
fi
dir=${MINUTA_BENCH_DIR:-/tmp/minuta-bench}
mkdir -p "$dir"
big=$dir/big.sqlite
empty=$dir/empty.sqlite

if [ ! -f "$big" ]; then
    echo "Making $big (1,000,000 entries, 50 clients, ten years)..."
    "$bin/minuta-cli" --db "$big.tmp" demo --entries 1000000 --clients 50 --months 120 --language en
    mv "$big.tmp" "$big"
fi
[ -f "$empty" ] || "$bin/minuta-cli" --db "$empty" info >/dev/null

echo "== The scale table: each task on 1,000, 100,000 and 1,000,000 entries against its baseline"
"$(dirname "$0")/scale-table.sh" "$bin" "$dir"

echo "== Google Benchmark"
"$bin/minuta_benchmarks" --big "$big" --empty "$empty" --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true

if command -v sqlite3 >/dev/null 2>&1; then
    echo "== The client-month query in the sqlite3 shell (baseline for ClientMonth)"
    client=$(sqlite3 "$big" "SELECT client_id FROM time_entry GROUP BY client_id ORDER BY count(*) DESC LIMIT 1")
    # Last month, as the benchmark takes it (in UTC here; a day either side changes nothing).
    from=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%s)
    to=$(date -u -d "$(date -u +%Y-%m-01)" +%s)
    sqlite3 "$big" <<SQL
.timer on
.output /dev/null
SELECT id, start_at, end_at, task, description, billable, rate_override FROM time_entry
 WHERE client_id = $client AND invoice_id IS NULL AND end_at IS NOT NULL AND billable = 1
   AND start_at >= $from AND start_at < $to ORDER BY start_at, id;
SELECT id, start_at, end_at, task, description, billable, rate_override FROM time_entry
 WHERE client_id = $client AND invoice_id IS NULL AND end_at IS NOT NULL AND billable = 1
   AND start_at >= $from AND start_at < $to ORDER BY start_at, id;
SELECT id, start_at, end_at, task, description, billable, rate_override FROM time_entry
 WHERE client_id = $client AND invoice_id IS NULL AND end_at IS NOT NULL AND billable = 1
   AND start_at >= $from AND start_at < $to ORDER BY start_at, id;
SQL
else
    echo "(sqlite3 is not installed: no shell baseline)"
fi

echo "== Opening the main window, whole process (empty file, then the big one)"
for file in "$empty" "$big"; do
    /usr/bin/env time -f "  wall %e s, peak %M KiB" "$bin/minuta_benchmarks" --open-window "$file" 2>&1 || \
        "$bin/minuta_benchmarks" --open-window "$file"
done

echo "== Importing a time sheet, whole process: minuta-cli import, then sqlite3 .import of the same rows"
for rows in 1000 100000 1000000; do
    sheet=$dir/sheet-$rows.csv
    [ -f "$sheet" ] || "$bin/minuta_benchmarks" --make-csv "$rows" "$sheet"
    rm -f "$dir/import.sqlite" "$dir/import.sqlite-wal" "$dir/import.sqlite-shm" "$dir/shell.sqlite"
    echo "  $rows rows, $(du -k "$sheet" | cut -f1) KiB:"
    /usr/bin/env time -f "    minuta-cli import: wall %e s, peak %M KiB" \
        "$bin/minuta-cli" --db "$dir/import.sqlite" import "$sheet" --create-clients >/dev/null
    if command -v sqlite3 >/dev/null 2>&1; then
        /usr/bin/env time -f "    sqlite3 .import:   wall %e s, peak %M KiB" sqlite3 "$dir/shell.sqlite" \
            "CREATE TABLE sheet (date TEXT, start TEXT, end TEXT, client TEXT, task TEXT, description TEXT)" \
            ".import --csv --skip 1 '$sheet' sheet"
    fi
done
