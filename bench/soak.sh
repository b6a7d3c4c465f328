#!/usr/bin/env bash
# Soak test (issue 7): load over a mix of pages while one article is rewritten every 100 ms.
#
#   bench/soak.sh [SECONDS] [N]   default 60 s over a generated corpus of 200 articles
#   bench/soak.sh --smoke         8 s over 20 articles
#   CONNECTIONS=64 INTERVAL=0.1 bench/soak.sh 60
#
# wrk -t2 -c64 with bench/soak.lua picks paths at random from the list pages and ~40 articles (the rewritten article
# weighted to about a quarter of requests). Meanwhile a loop rewrites that article's file in place every INTERVAL
# (cat > file, as an editor saving in place does), alternating two versions: title "<T> TITLE-VERSION-A|B" and the
# body framed by BODY-VERSION-A|B markers at its start and its end. Counted: socket errors, statuses >= 400 (from the
# Lua response() callback and wrk's own "Non-2xx or 3xx"), TORN pages (title of one version with body of the other,
# or both versions on one page), PARTIAL pages (the article's title with a body missing its end marker: a half-written
# file served). RSS after a 10 s warm-up (of the same load) and at the end. Exits 1 when errors, torn or partial > 0.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SECS=60; N=200; CONNECTIONS="${CONNECTIONS:-64}"; INTERVAL="${INTERVAL:-0.1}"; WARM=10
if [ "${1:-}" = "--smoke" ]; then SECS=8; N=20; WARM=3; else SECS="${1:-60}"; N="${2:-200}"; fi
[ "$SECS" -gt "$WARM" ] || WARM=$(( SECS / 2 ))

need wrk; need curl
RUN="$(mktemp -d "$BENCH_ROOT/soak.XXXXXX")"
SITE_PID=""; WRK_PID=""; WRITER_PID=""
cleanup() { stop_pid "$WRITER_PID" 2; stop_pid "$WRK_PID" 2; stop_pid "$SITE_PID" 15; }
trap cleanup EXIT
publish

src="$(corpus "$N")"
cp -a "$src" "$RUN/content"
file="$(grep -L '^guide:' "$RUN"/content/*.md | sort | sed -n 1p)"   # not a guide page: its title shows only once
slug="$(basename "$file" .md)"
title="Soak $slug"
# Two versions: same front matter except the title; body framed by its version's marker.
make_version() {
    local v="$1"
    awk -v t="$title TITLE-VERSION-$v" -v v="$v" '
        NR == 1 { print; next }
        !fm_done && /^title:/ { print "title: " t; next }
        !fm_done && /^---$/ { fm_done = 1; print; print ""; print "BODY-VERSION-" v " starts here."; next }
        { print }
        END { print ""; print "The end: BODY-VERSION-" v "." }' "$src/$slug.md"
}
make_version A >"$RUN/version-A.md"; make_version B >"$RUN/version-B.md"
cp "$RUN/version-A.md" "$file"

port="$(free_port)"
start_site "$RUN/content" "$port" "$RUN/site.log"
wait_ready "$port" "$SITE_PID" 300
log "site ready in $READY_S s (pid $SITE_PID); rewritten article: /articles/$slug"

mapfile -t arts < <(article_paths "$port" | grep -v "/articles/$slug\$" | sed -n 1,40p)
{
    printf 'soak_title = "%s"\npaths = {\n' "$title"
    for p in / /categories /tags /a-z "/search?q=cramp" /feed.xml "${arts[@]}"; do printf '  "%s",\n' "$p"; done
    for _ in $(seq 15); do printf '  "/articles/%s",\n' "$slug"; done
    printf '}\n'
    cat "$REPO/bench/soak.lua"
} >"$RUN/soak.lua"

log "wrk -t2 -c$CONNECTIONS -d${SECS}s over $(( ${#arts[@]} + 6 )) paths + the rewritten article; rewriting every ${INTERVAL}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECS}s" --timeout 5s --latency -s "$RUN/soak.lua" "http://127.0.0.1:$port" >"$RUN/wrk.txt" 2>&1 &
WRK_PID=$!
(
    # Bounded: stops when wrk ends, and after SECS/INTERVAL + 50 rewrites at most.
    max=$(awk -v s="$SECS" -v i="$INTERVAL" 'BEGIN { printf "%d", s / i + 50 }')
    for ((k = 0; k < max; k++)); do
        kill -0 "$WRK_PID" 2>/dev/null || break
        if (( k % 2 )); then cat "$RUN/version-A.md" >"$file"; else cat "$RUN/version-B.md" >"$file"; fi
        sleep "$INTERVAL"
    done
    echo "$k" >"$RUN/rewrites"
) &
WRITER_PID=$!

sleep "$WARM"
RSS_WARM="$(rss_mb "$SITE_PID")"
log "RSS after ${WARM} s of load: $RSS_WARM MB"
WRK_RC=0; wait "$WRK_PID" || WRK_RC=$?; WRK_PID=""
wait "$WRITER_PID" || true; WRITER_PID=""
RSS_END="$(rss_mb "$SITE_PID")"
SNAP="$(curl -s "http://127.0.0.1:$port/healthz")"
kill -0 "$SITE_PID" 2>/dev/null && ALIVE=yes || ALIVE=NO

get() { awk -v k="SOAK $1" 'index($0, k) == 1 { print $3; exit }' "$RUN/wrk.txt"; }
SOCK="$(get socket_errors)"; BAD="$(get bad_status)"; TORN="$(get torn)"; PARTIAL="$(get partial)"
NON23="$(awk '/Non-2xx or 3xx/ { print $NF }' "$RUN/wrk.txt")"; NON23="${NON23:-0}"
read -r RPS P50 P99 < <(wrk_figures "$RUN/wrk.txt")
GROWTH="$(awk -v a="$RSS_WARM" -v b="$RSS_END" 'BEGIN { printf "%+.1f", (a > 0 ? (b - a) * 100 / a : 0) }')"

echo
echo "== soak.sh summary: ${SECS} s, $N articles, $CONNECTIONS connections, /articles/$slug rewritten every ${INTERVAL}s ($(cat "$RUN/rewrites" 2>/dev/null || echo '?') rewrites)"
grep -E '^SOAK status|Socket errors|Non-2xx' "$RUN/wrk.txt" || true
echo "requests/s $RPS, p50 $P50 ms, p99 $P99 ms"
echo "$(grep '^SOAK article_pages' "$RUN/wrk.txt" | cut -d' ' -f2-)"
echo "socket errors: $SOCK; status >= 400 (Lua): $BAD; wrk non-2xx/3xx: $NON23"
echo "torn pages: $TORN; partial pages: $PARTIAL"
echo "RSS after ${WARM} s warm-up: $RSS_WARM MB; at the end: $RSS_END MB ($GROWTH %, $(awk -v g="$GROWTH" 'BEGIN { print (g <= 10 && g >= -10 ? "within 10 %" : "NOT within 10 %") }'))"
echo "wrk exit code: $WRK_RC"
echo "site alive: $ALIVE; /healthz: $SNAP"
echo "logs: $RUN"
if [ "$SOCK" != 0 ] || [ "$BAD" != 0 ] || [ "$NON23" != 0 ] || [ "$TORN" != 0 ] || [ "$PARTIAL" != 0 ] || [ "$ALIVE" != yes ] || [ "$WRK_RC" != 0 ]; then
    echo "soak: FAIL"; exit 1
fi
echo "soak: PASS"
