#!/bin/sh
# The scale table: each task on files of 1,000, 100,000 and 1,000,000 entries (50 clients, ten
# years), timed as a whole process against a baseline run in the same loop (A B A B ...), median of
# RUNS pairs. Prints: task, entries, Minuta (ms), baseline (ms), ratio, target.
#   tests/bench/scale-table.sh BIN_DIR [DIR]
# BIN_DIR holds minuta-cli (and, in the bench preset's build, minuta_benchmarks); the files are
# made once in DIR (default /tmp/minuta-bench) and kept.
# Needs sqlite3 (the shell) for the SQL baselines.
set -eu
bin=$1
dir=${2:-${MINUTA_BENCH_DIR:-/tmp/minuta-bench}}
runs=${RUNS:-7}
cli=$bin/minuta-cli
mkdir -p "$dir"
command -v sqlite3 >/dev/null 2>&1 || { echo "scale-table: sqlite3 is needed for the baselines" >&2; exit 1; }

# Milliseconds a command line takes (evaluated here, no extra shell), its output thrown away. Before
# each, $start is a new start for `log` that no run has used: 2016-01-DD, a minute after the last
# (January 2016 is before the generated history, so nothing overlaps and nothing is billed there).
stamp=0
ms() {
    stamp=$((stamp + 1))
    start=$(printf '2016-01-%02dT%02d:%02d' $((1 + stamp / 1440)) $((stamp % 1440 / 60)) $((stamp % 60)))
    t0=$(date +%s%N)
    eval "$1" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# row TASK ENTRIES TARGET A B: the command lines A and B interleaved, RUNS pairs after one warm-up
# pair; their medians and the ratio A/B.
row() {
    ms "$4" >/dev/null
    ms "$5" >/dev/null
    : >"$dir/a.txt"
    : >"$dir/b.txt"
    i=0
    while [ $i -lt "$runs" ]; do
        ms "$4" >>"$dir/a.txt"
        ms "$5" >>"$dir/b.txt"
        i=$((i + 1))
    done
    ma=$(median <"$dir/a.txt")
    mb=$(median <"$dir/b.txt")
    ratio=$(awk -v a="$ma" -v b="$mb" 'BEGIN { if (b == 0) b = 1; printf "%.2f", a / b }')
    printf '| %-34s | %9s | %8s | %8s | %6s× | %-7s |\n' "$1" "$2" "$ma" "$mb" "$ratio" "$3"
}

file_of() {
    f=$dir/entries-$1.sqlite
    if [ ! -f "$f" ]; then
        echo "Making $f ($1 entries, 50 clients, ten years)..." >&2
        "$cli" --db "$f.tmp" demo --entries "$1" --clients 50 --months 120 --language en >/dev/null
        mv "$f.tmp" "$f"
    fi
    # A file kept from an older build is brought to this one's format (and its local keys made) once,
    # outside the timings.
    if ! "$cli" --db "$f" --json info | grep -q '"schemaVersion": *'"$("$cli" --db "$f" --json info |
        sed -n 's/.*"latestSchemaVersion": *\([0-9]*\).*/\1/p')"; then
        "$cli" --db "$f" info --check >/dev/null
    fi
    echo "$f"
}

small=$(file_of 1000)
echo "| task                               |   entries |  Minuta  | baseline |  ratio | target  |"
echo "|------------------------------------|-----------|----------|----------|--------|---------|"
row "--help, against sqlite3 :memory:" - "≤ 3×" "'$cli' --help" "sqlite3 :memory: .quit"
for n in 1000 100000 1000000; do
    f=$(file_of $n)
    client=$(sqlite3 "$f" "SELECT client_id FROM time_entry GROUP BY client_id ORDER BY count(*) DESC LIMIT 1")
    from=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
    to=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
    fs=$(date -d "$from" +%s)
    ts=$(date -d "$to +1 day" +%s)
    row "unbilled of a month, vs sqlite3" $n "≤ 3×" \
        "'$cli' --db '$f' unbilled --client $client --from $from --to $to" \
        "sqlite3 '$f' 'SELECT id, start_at, end_at, task, description, rate_override FROM time_entry
           WHERE client_id = $client AND invoice_id IS NULL AND end_at IS NOT NULL AND billable = 1
           AND start_at >= $fs AND start_at < $ts ORDER BY start_at, id'"
    ten=$(date -d "$(date +%Y-%m-01) -119 months" +%Y-%m-%d)
    row "report monthly, ten years" $n "≤ 0.1×" \
        "'$cli' --db '$f' report monthly --from $ten" \
        "sqlite3 '$f' \"SELECT client_id, strftime('%Y-%m', start_at, 'unixepoch', 'localtime') AS m,
           count(*), sum(end_at - start_at) FROM time_entry WHERE end_at IS NOT NULL GROUP BY client_id, m\""
    # The same month for a client whose prepaid pack has covered their whole history: every piece of
    # their work since the pack began is drawn, against the file without the pack.
    packed=$dir/packed-$n.sqlite
    if [ ! -f "$packed" ]; then
        cp "$f" "$packed.tmp"
        name=$(sqlite3 "$f" "SELECT name FROM client WHERE id = $client")
        first=$(sqlite3 "$f" "SELECT date(min(start_at), 'unixepoch') FROM time_entry WHERE client_id = $client")
        "$cli" --db "$packed.tmp" pack add --client "$name" --hours 99999 --price 0 --from "$first" \
            --no-invoice >/dev/null
        mv "$packed.tmp" "$packed"
    fi
    row "unbilled of a month, ten-year pack" $n "≤ 6×" \
        "'$cli' --db '$packed' unbilled --client $client --from $from --to $to" \
        "'$cli' --db '$f' unbilled --client $client --from $from --to $to"
    row "log one entry, vs the 1,000 file" $n "≤ 1.5×" \
        "'$cli' --db '$f' log --client $client --start \$start --minutes 1" \
        "'$cli' --db '$small' log --client 1 --start \$start --minutes 1"
    row "backup create, vs cp" $n "≤ 3×" "'$cli' --db '$f' backup create" "cp '$f' '$dir/copy.sqlite'"
    # The app on the first open of the day (its daily copy removed before each run): opened, drawn and
    # closed, the day's check and copy started in the background and stopped by the close.
    if [ -x "$bin/minuta_benchmarks" ]; then
        row "first open of the day, vs 1,000" $n "≤ 1.5×" \
            "rm -f '$dir'/backups/entries-$n-*-daily*; '$bin/minuta_benchmarks' --open-window '$f'" \
            "rm -f '$dir'/backups/entries-1000-*-daily*; '$bin/minuta_benchmarks' --open-window '$small'"
    fi
done
[ -x "$bin/minuta_benchmarks" ] ||
    echo "(The app's first open of the day needs minuta_benchmarks, which the bench preset builds.)"
