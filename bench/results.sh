#!/usr/bin/env bash
# Machine-readable results of bench/load.sh, scale.sh and hugo.sh, for bench/charts.py. Source it; do not run it.
#
#   RESULTS=/path/file.jsonl   append every result line to that file as well (it is created if missing)
#
# Each script prints, after its human-readable summary, one JSON object a line per measured row, starting with
# {"bench":"NAME", and ending with the run's "date" (UTC, when the script started), "commit" and "command", which the
# charts print as their caption. A figure that was not measured (a failed start, a skipped step) is null, never 0.

RESULTS_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# json_str S: S as a JSON string literal (backslash, quote and control characters escaped).
json_str() {
    local s="$1"
    s="${s//\\/\\\\}"; s="${s//\"/\\\"}"; s="${s//$'\n'/\\n}"; s="${s//$'\r'/\\r}"; s="${s//$'\t'/\\t}"
    printf '"%s"' "$s"
}

# json_num V: V when it is a number, else null ("failed", "-", "none" and "" are no measurement, not zero).
json_num() {
    if [[ "$1" =~ ^-?[0-9]+(\.[0-9]+)?$ ]]; then printf '%s' "$1"; else printf null; fi
}

# json_nums V...: the numbers among the arguments as a JSON array.
json_nums() {
    local out="" v
    for v in "$@"; do [[ "$v" =~ ^-?[0-9]+(\.[0-9]+)?$ ]] && out+="${out:+,}$v"; done
    printf '[%s]' "$out"
}

# results_init SCRIPT VARS ARGS...: records the run's date, commit and command line. VARS is a space-separated list of
# the environment variables that change the figures (e.g. "DURATION ROUNDS"); those set now are written before the
# command, as one would type them again. Call it first, before the script applies its defaults.
results_init() {
    local script="$1" vars="$2" v cmd=""
    shift 2
    for v in $vars; do [ -n "${!v:-}" ] && cmd+="$v=${!v} "; done
    cmd+="bench/$script${*:+ $*}"
    local commit
    commit="$(git -C "$RESULTS_REPO" describe --always --dirty --abbrev=10 2>/dev/null || echo unknown)"
    RESULT_META=",\"date\":$(json_str "$(date -u +%Y-%m-%dT%H:%M:%SZ)"),\"commit\":$(json_str "$commit"),\"command\":$(json_str "$cmd")}"
    # Made absolute now: a script may cd before it writes its results.
    if [ -n "${RESULTS:-}" ]; then
        mkdir -p "$(dirname "$RESULTS")"
        RESULTS="$(cd "$(dirname "$RESULTS")" && pwd)/$(basename "$RESULTS")"
    fi
}

# result_line BENCH FIELDS: prints {"bench":BENCH,FIELDS,<run's date, commit, command>} and appends it to $RESULTS.
# FIELDS is JSON object members without braces, e.g. '"articles":1000,"rps":37000'.
result_line() {
    local meta="${RESULT_META:-}"
    [ -n "$meta" ] || meta="}"
    local line="{\"bench\":$(json_str "$1")${2:+,$2}$meta"
    printf '%s\n' "$line"
    if [ -n "${RESULTS:-}" ]; then printf '%s\n' "$line" >>"$RESULTS"; fi
}
