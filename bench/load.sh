#!/usr/bin/env bash
# Throughput and latency of the site against nginx serving the site's own static export of the same content, and
# against a bare Kestrel app serving the site's article bytes (the ceiling of any ASP.NET Core site on this machine).
#
#   bench/load.sh [N]          N generated articles (default 1000); N=0 uses the repository's content/
#   bench/load.sh --smoke      20 articles, 2 s runs, 1 round each (a quick check that everything works)
#   DURATION=10s ROUNDS=3 CONNECTIONS=32 WARMUP=3s bench/load.sh 1000
#
# Steps: publish the site; generate the corpus (cached, see bench/lib.sh); start the site; export the same content
# and serve it with nginx (deploy/static-export.nginx.conf, substituted); check that one article is byte-identical
# from both (identity bodies); then `wrk -t1 -cC -dD --latency` on that article, site and nginx alternately, ROUNDS
# times each, after a warm-up run of WARMUP (default 3s) on each that is not counted. The bare Kestrel app
# (bench/MuscleSpasmInfo.BareKestrel, published once like the site) answers every GET with the article as the site sent
# it (site.html), with no middleware and no logging; it runs in the same rounds, after nginx. nginx runs
# `worker_processes auto` (2 here), as the site may use both cores too. All three are measured WITHOUT Accept-Encoding, i.e. identity bodies: nginx has no gzip_static here and
# on-the-fly gzip would make nginx pay compression per request while the site serves precompressed bytes.
# Also prints the first-load size of the article (HTML + CSS as the site sends them with Accept-Encoding: br).
# Targets (issue): site/nginx requests/s >= 0.7, site p99 < 5 ms, first load <= 14 KB.
# Last, one JSON line per side ({"bench":"load","side":"site",...}: medians and each round) and one for the first load
# ({"bench":"first_load",...}); RESULTS=/path/file.jsonl appends them there too (bench/results.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
results_init load.sh "DURATION ROUNDS CONNECTIONS WARMUP" "$@"

N=1000; DURATION="${DURATION:-10s}"; ROUNDS="${ROUNDS:-3}"; CONNECTIONS="${CONNECTIONS:-32}"; WARMUP="${WARMUP:-3s}"
if [ "${1:-}" = "--smoke" ]; then N=20; DURATION=2s; ROUNDS=1; WARMUP=1s; elif [ -n "${1:-}" ]; then N="$1"; fi

need wrk; need nginx; need curl
RUN="$(mktemp -d "$BENCH_ROOT/load.XXXXXX")"; chmod 755 "$BENCH_ROOT" "$RUN"  # nginx workers run as nobody when started by root
SITE_PID=""; NGINX_PID=""; BARE_PID=""
cleanup() { stop_pid "$BARE_PID" 5; stop_pid "$NGINX_PID" 5; stop_pid "$SITE_PID" 15; }
trap cleanup EXIT

publish
publish_bare
if [ "$N" = 0 ]; then CONTENT="$REPO/content"; else CONTENT="$(corpus "$N")"; fi
log "content: $CONTENT"

log "export --out $RUN/export --content $CONTENT"
( cd "$PUB" && RateLimit__PermitLimit=0 "$SITE_BIN" export --out "$RUN/export" --content "$CONTENT" ) >"$RUN/export.log" 2>&1 \
    || { tail -20 "$RUN/export.log" >&2; exit 1; }
grep -h "^Exported" "$RUN/export.log" >&2 || true

SITE_PORT="$(free_port)"; NGINX_PORT="$(free_port)"
start_site "$CONTENT" "$SITE_PORT" "$RUN/site.log"
wait_ready "$SITE_PORT" "$SITE_PID" 300
log "site ready on 127.0.0.1:$SITE_PORT in $READY_S s (pid $SITE_PID)"

mkdir -p "$RUN/nginx"
sed -e "s#@PORT@#$NGINX_PORT#g" -e "s#@EXPORT@#$RUN/export#g" -e "s#@RUN@#$RUN/nginx#g" \
    "$REPO/deploy/static-export.nginx.conf" >"$RUN/nginx/nginx.conf"
start_nginx "$RUN/nginx" "http://127.0.0.1:$NGINX_PORT/"
log "nginx on 127.0.0.1:$NGINX_PORT (pid $NGINX_PID) serving $RUN/export"

ARTICLE="$(first_article "$SITE_PORT")"
[ -n "$ARTICLE" ] || { echo "no article in the sitemap" >&2; exit 1; }
curl -sf "http://127.0.0.1:$SITE_PORT$ARTICLE" -o "$RUN/site.html"
curl -sf "http://127.0.0.1:$NGINX_PORT$ARTICLE" -o "$RUN/nginx.html"
if cmp -s "$RUN/site.html" "$RUN/nginx.html"; then
    SAME="identical ($(stat -c %s "$RUN/site.html") bytes)"
else
    SAME="DIFFERENT (site $(stat -c %s "$RUN/site.html") bytes, nginx $(stat -c %s "$RUN/nginx.html") bytes)"
    diff <(tr '>' '\n' <"$RUN/site.html") <(tr '>' '\n' <"$RUN/nginx.html") | head -10 >&2 || true
fi
log "article $ARTICLE: site and nginx bodies $SAME"

BARE_PORT="$(free_port)"
start_bare "$RUN/site.html" "$BARE_PORT" "$RUN/bare.log"
curl -sf "http://127.0.0.1:$BARE_PORT$ARTICLE" -o "$RUN/bare.html"
cmp -s "$RUN/site.html" "$RUN/bare.html" || { echo "the bare Kestrel app does not send site.html's bytes" >&2; exit 1; }
log "bare Kestrel on 127.0.0.1:$BARE_PORT (pid $BARE_PID) serving $RUN/site.html"

# First load: HTML + CSS as sent with Accept-Encoding: br (bytes on the wire, bodies only).
CSS="$(grep -o 'href="/css/[^"]*"' "$RUN/site.html" | sed -n 1p | sed -e 's/^href="//' -e 's/"$//' -e 's/&amp;/\&/g')"
read -r HTML_BR HTML_ENC < <(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download} %header{content-encoding}\n' "http://127.0.0.1:$SITE_PORT$ARTICLE")
read -r CSS_BR CSS_ENC < <(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download} %header{content-encoding}\n' "http://127.0.0.1:$SITE_PORT$CSS")
FIRST_LOAD=$(( HTML_BR + CSS_BR ))

# Warm-up, not counted: the site's first seconds include JIT (tiered compilation) and the first render of the page.
for port in "$SITE_PORT" "$NGINX_PORT" "$BARE_PORT"; do
    log "warm-up: wrk -t1 -c$CONNECTIONS -d$WARMUP on 127.0.0.1:$port (not counted)"
    wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$port$ARTICLE" >/dev/null
done

declare -a SITE_RES NGINX_RES BARE_RES
for r in $(seq "$ROUNDS"); do
    for side in site nginx bare; do
        case "$side" in site) port=$SITE_PORT ;; nginx) port=$NGINX_PORT ;; bare) port=$BARE_PORT ;; esac
        log "round $r/$ROUNDS: wrk -t1 -c$CONNECTIONS -d$DURATION --latency $side $ARTICLE"
        wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port$ARTICLE" >"$RUN/wrk-$side-$r.txt"
        grep -E 'Socket errors|Non-2xx' "$RUN/wrk-$side-$r.txt" >&2 || true
        read -r rps p50 p99 < <(wrk_figures "$RUN/wrk-$side-$r.txt")
        log "  $side: $rps req/s, p50 $p50 ms, p99 $p99 ms"
        case "$side" in
            site) SITE_RES+=("$rps $p50 $p99") ;; nginx) NGINX_RES+=("$rps $p50 $p99") ;; bare) BARE_RES+=("$rps $p50 $p99") ;;
        esac
    done
done

echo
echo "== load.sh summary: $N articles ($( [ "$N" = 0 ] && echo repository content || echo generated)), article $ARTICLE"
echo "wrk -t1 -c$CONNECTIONS -d$DURATION --latency, identity bodies; bodies site vs nginx: $SAME"
echo "bare Kestrel (bench/MuscleSpasmInfo.BareKestrel, no middleware) serving the site's bytes of the article: $(stat -c %s "$RUN/site.html") bytes"
printf '%-6s %-6s %10s %9s %9s\n' round side 'req/s' 'p50 ms' 'p99 ms'
for i in "${!SITE_RES[@]}"; do
    read -r a b c <<<"${SITE_RES[$i]}"; printf '%-6s %-6s %10s %9s %9s\n' $((i + 1)) site "$a" "$b" "$c"
    read -r a b c <<<"${NGINX_RES[$i]}"; printf '%-6s %-6s %10s %9s %9s\n' $((i + 1)) nginx "$a" "$b" "$c"
    read -r a b c <<<"${BARE_RES[$i]}"; printf '%-6s %-6s %10s %9s %9s\n' $((i + 1)) bare "$a" "$b" "$c"
done
med() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
S_RPS=$(printf '%s\n' "${SITE_RES[@]}" | awk '{print $1}' | med); N_RPS=$(printf '%s\n' "${NGINX_RES[@]}" | awk '{print $1}' | med)
S_P50=$(printf '%s\n' "${SITE_RES[@]}" | awk '{print $2}' | med); N_P50=$(printf '%s\n' "${NGINX_RES[@]}" | awk '{print $2}' | med)
S_P99=$(printf '%s\n' "${SITE_RES[@]}" | awk '{print $3}' | med); N_P99=$(printf '%s\n' "${NGINX_RES[@]}" | awk '{print $3}' | med)
B_RPS=$(printf '%s\n' "${BARE_RES[@]}" | awk '{print $1}' | med); B_P50=$(printf '%s\n' "${BARE_RES[@]}" | awk '{print $2}' | med)
B_P99=$(printf '%s\n' "${BARE_RES[@]}" | awk '{print $3}' | med)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
RATIO=$(ratio "$S_RPS" "$N_RPS")
echo "median site : $S_RPS req/s, p50 $S_P50 ms, p99 $S_P99 ms"
echo "median nginx: $N_RPS req/s, p50 $N_P50 ms, p99 $N_P99 ms"
echo "median bare : $B_RPS req/s, p50 $B_P50 ms, p99 $B_P99 ms"
echo "ratio site/nginx req/s: $RATIO (target >= 0.7: $(awk -v r="$RATIO" 'BEGIN { print (r >= 0.7 ? "met" : "MISSED") }'))"
echo "ratio bare/nginx req/s: $(ratio "$B_RPS" "$N_RPS")"
echo "ratio site/bare req/s: $(ratio "$S_RPS" "$B_RPS") (the share of bare Kestrel's rate the site keeps)"
echo "site p99 $S_P99 ms (target < 5 ms: $(awk -v p="$S_P99" 'BEGIN { print (p < 5 ? "met" : "MISSED") }'))"
echo "first load with Accept-Encoding: br: HTML $HTML_BR B (${HTML_ENC:-identity}) + CSS $CSS_BR B (${CSS_ENC:-identity}) = $FIRST_LOAD B = $(awk -v b="$FIRST_LOAD" 'BEGIN { printf "%.1f", b / 1024 }') KB (target <= 14 KB: $( [ "$FIRST_LOAD" -le 14336 ] && echo met || echo MISSED))"
echo "raw wrk output and logs: $RUN"

# load_json SIDE MEDIAN_RPS MEDIAN_P50 MEDIAN_P99 ROUND...: the side's JSON line; each ROUND is "rps p50 p99".
load_json() {
    local side="$1" rps="$2" p50="$3" p99="$4" col f
    shift 4
    local -a vals
    f="\"side\":$(json_str "$side"),\"articles\":$N,\"content\":$(json_str "$( [ "$N" = 0 ] && echo repository || echo generated)")"
    f+=",\"path\":$(json_str "$ARTICLE"),\"body_bytes\":$(stat -c %s "$RUN/site.html")"
    f+=",\"rps\":$(json_num "$rps"),\"p50_ms\":$(json_num "$p50"),\"p99_ms\":$(json_num "$p99")"
    for col in 1:rps 2:p50_ms 3:p99_ms; do
        mapfile -t vals < <(printf '%s\n' "$@" | awk -v c="${col%%:*}" 'NF { print $c }')
        f+=",\"${col#*:}_rounds\":$(json_nums "${vals[@]}")"
    done
    f+=",\"threads\":1,\"connections\":$CONNECTIONS,\"duration\":$(json_str "$DURATION"),\"warmup\":$(json_str "$WARMUP")"
    result_line load "$f"
}
load_json site "$S_RPS" "$S_P50" "$S_P99" "${SITE_RES[@]}"
load_json nginx "$N_RPS" "$N_P50" "$N_P99" "${NGINX_RES[@]}"
load_json bare "$B_RPS" "$B_P50" "$B_P99" "${BARE_RES[@]}"
f="\"articles\":$N,\"path\":$(json_str "$ARTICLE")"
f+=",\"html_br_bytes\":$(json_num "$HTML_BR"),\"html_encoding\":$(json_str "${HTML_ENC:-identity}")"
f+=",\"css_br_bytes\":$(json_num "$CSS_BR"),\"css_encoding\":$(json_str "${CSS_ENC:-identity}"),\"total_bytes\":$FIRST_LOAD"
result_line first_load "$f"
