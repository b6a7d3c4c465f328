#!/usr/bin/env bash
# Builds the same generated corpus with Hugo and (when it exists) with our static export, timing both.
#
#   bench/hugo.sh [N]            N articles, default 10000
#   OUT=/some/dir bench/hugo.sh  keep the corpus there (default: a folder under ${TMPDIR:-/tmp})
#   SITES=/some/dir bench/hugo.sh  write both sites there (default: a folder under /dev/shm, a RAM disk, when there is one;
#                  else under OUT), emptied before each program runs and removed at the end
#
# Prints "hugo: N articles in X s, peak Y MB", the same line for our export, hugo_time/our_time, and last one JSON line
# with the same figures for a chart: {"bench":"hugo","articles":N,"hugo_s":X,"hugo_peak_mb":Y,"ours_s":...,"ratio":...},
# then the Hugo version and the run's date, commit and command; RESULTS=/path/file.jsonl appends it there too
# (bench/results.sh).
# Our side runs the program as the README's production command publishes it (ReadyToRun, bench/lib.sh's `publish`; PUB and
# NO_PUBLISH as there), as Hugo runs its binary: not `dotnet run`, whose own start-up (finding and evaluating the
# project, about 1.5 s here) is no part of an export, and not a plain build, which JIT-compiles the whole engine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
results_init hugo.sh "OUT SITES" "$@"

N="${1:-10000}"
OUT="${OUT:-${TMPDIR:-/tmp}/msi-hugo-bench/n${N}}"
# Both sites are written to a RAM disk by default, so the figures are the programs' and not the disk's: on this VM's ext4
# the same Python script writing 10,000 small files in 10,000 folders took 0.8 s of system time, then 5.7, 7.5 and
# 21.7 s as trees of that size were written and deleted over again (mkdir alone 0.5 ms a call), and an export there spent
# 11.6-21.7 s in the kernel against 1.0-1.8 s on the RAM disk (3 December 2026, docs/benchmarks.md).
SITES_DEFAULT="$OUT/sites"; [ -d /dev/shm ] && [ -w /dev/shm ] && SITES_DEFAULT="/dev/shm/msi-hugo-bench/n${N}"
SITES="${SITES:-$SITES_DEFAULT}"
trap 'rm -rf "$SITES"' EXIT

if ! command -v hugo >/dev/null 2>&1; then
    echo "hugo not found: installing the Debian package" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq hugo
fi
if [ ! -x /usr/bin/time ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get install -y -qq time
fi

# Runs "$@" under /usr/bin/time -v; sets SECONDS_TAKEN and PEAK_MB; returns the command's exit code.
timed() {
    local log
    log="$(mktemp)"
    local rc=0
    /usr/bin/time -v -o "$log" "$@" || rc=$?
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.04"
    SECONDS_TAKEN="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$log")"
    PEAK_MB="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")"
    rm -f "$log"
    return "$rc"
}

HUGO_VERSION="$(hugo version | awk '{print $2}')"
echo "hugo $HUGO_VERSION, corpus of $N articles in $OUT" >&2
dotnet run -c Release --project "$REPO/bench/MuscleSpasmInfo.CorpusGenerator" -- --count "$N" --out "$OUT" --hugo

rm -rf "$SITES/hugo"; mkdir -p "$SITES"
echo "sites written under $SITES" >&2
timed hugo --quiet --source "$OUT/hugo" --destination "$SITES/hugo"
HUGO_S="$SECONDS_TAKEN"
HUGO_PEAK_MB="$PEAK_MB"
echo "hugo: $N articles in $HUGO_S s, peak $PEAK_MB MB"

# One JSON line with what was measured; "null" for our side when it did not run.
result_json() {
    result_line hugo "$(printf '"articles":%s,"hugo_s":%s,"hugo_peak_mb":%s,"ours_s":%s,"ours_peak_mb":%s,"ratio":%s,"hugo_version":%s' \
        "$N" "$(json_num "$HUGO_S")" "$(json_num "$HUGO_PEAK_MB")" "$(json_num "${1:-}")" "$(json_num "${2:-}")" "$(json_num "${3:-}")" \
        "$(json_str "$HUGO_VERSION")")"
}

# Our side: `MuscleSpasmInfo.Web export --out DIR --content DIR`. Published first so that only the export is timed, and
# tried on a tiny corpus under a timeout first: a host that does not know `export` may start serving instead of failing.
export_available() {
    publish >&2 || return 1
    local probe="$OUT/export-probe"
    rm -rf "$probe"
    dotnet run -c Release --project "$REPO/bench/MuscleSpasmInfo.CorpusGenerator" -- --count 10 --out "$probe" >/dev/null 2>&1 || return 1
    timeout 120 env -C "$PUB" "$SITE_BIN" export --out "$probe/site" --content "$probe/content" >/dev/null 2>&1 || return 1
    [ -n "$(ls -A "$probe/site" 2>/dev/null)" ]
}

if ! export_available; then
    echo "export: not available yet"
    result_json
    exit 0
fi

rm -rf "$SITES/ours"
if ! timed timeout 1800 env -C "$PUB" "$SITE_BIN" export --out "$SITES/ours" --content "$OUT/content"; then
    echo "export: not available yet (the export of $N articles failed)"
    result_json
    exit 0
fi
OURS_S="$SECONDS_TAKEN"
echo "ours: $N articles in $OURS_S s, peak $PEAK_MB MB"
RATIO="$(awk -v h="$HUGO_S" -v o="$OURS_S" 'BEGIN { if (o > 0) printf "%.2f", h / o; else printf "null" }')"
echo "ratio hugo_time/our_time: $RATIO"
result_json "$OURS_S" "$PEAK_MB" "$RATIO"
