#!/usr/bin/env bash
# Throughput and latency of the site against nginx serving the site's own static export of the same content.
#
#   bench/load.sh [N]          N generated articles (default 1000); N=0 uses the repository's content/
#   bench/load.sh --smoke      20 articles, 2 s runs, 1 round each (a quick check that everything works)
#   DURATION=10s ROUNDS=3 CONNECTIONS=32 WARMUP=3s bench/load.sh 1000
#
# Steps: publish the site; generate the corpus (cached, see bench/lib.sh); start the site; export the same content
# and serve it with nginx (deploy/static-export.nginx.conf, substituted); check that one article is byte-identical
# from both (identity bodies); then `wrk -t1 -cC -dD --latency` on that article, site and nginx alternately, ROUNDS
# times each, after a warm-up run of WARMUP (default 3s) on each that is not counted. nginx runs
# `worker_processes auto` (2 here), as the site may use both cores too. Both are measured WITHOUT Accept-Encoding, i.e. identity bodies: nginx has no gzip_static here and
# on-the-fly gzip would make nginx pay compression per request while the site serves precompressed bytes.
# Also prints the first-load size of the article (HTML + CSS as the site sends them with Accept-Encoding: br).
# Targets (issue): site/nginx requests/s >= 0.7, site p99 < 5 ms, first load <= 14 KB.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

N=1000; DURATION="${DURATION:-10s}"; ROUNDS="${ROUNDS:-3}"; CONNECTIONS="${CONNECTIONS:-32}"; WARMUP="${WARMUP:-3s}"
if [ "${1:-}" = "--smoke" ]; then N=20; DURATION=2s; ROUNDS=1; WARMUP=1s; elif [ -n "${1:-}" ]; then N="$1"; fi

need wrk; need nginx; need curl
RUN="$(mktemp -d "$BENCH_ROOT/load.XXXXXX")"; chmod 755 "$BENCH_ROOT" "$RUN"  # nginx workers run as nobody when started by root
SITE_PID=""; NGINX_PID=""
cleanup() { stop_pid "$NGINX_PID" 5; stop_pid "$SITE_PID" 15; }
trap cleanup EXIT

publish
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

# First load: HTML + CSS as sent with Accept-Encoding: br (bytes on the wire, bodies only).
CSS="$(grep -o 'href="/css/[^"]*"' "$RUN/site.html" | sed -n 1p | sed -e 's/^href="//' -e 's/"$//' -e 's/&amp;/\&/g')"
read -r HTML_BR HTML_ENC < <(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download} %header{content-encoding}\n' "http://127.0.0.1:$SITE_PORT$ARTICLE")
read -r CSS_BR CSS_ENC < <(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download} %header{content-encoding}\n' "http://127.0.0.1:$SITE_PORT$CSS")
FIRST_LOAD=$(( HTML_BR + CSS_BR ))

# Warm-up, not counted: the site's first seconds include JIT (tiered compilation) and the first render of the page.
for port in "$SITE_PORT" "$NGINX_PORT"; do
    log "warm-up: wrk -t1 -c$CONNECTIONS -d$WARMUP on 127.0.0.1:$port (not counted)"
    wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$port$ARTICLE" >/dev/null
done

declare -a SITE_RES NGINX_RES
for r in $(seq "$ROUNDS"); do
    for side in site nginx; do
        port=$SITE_PORT; [ "$side" = nginx ] && port=$NGINX_PORT
        log "round $r/$ROUNDS: wrk -t1 -c$CONNECTIONS -d$DURATION --latency $side $ARTICLE"
        wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port$ARTICLE" >"$RUN/wrk-$side-$r.txt"
        grep -E 'Socket errors|Non-2xx' "$RUN/wrk-$side-$r.txt" >&2 || true
        read -r rps p50 p99 < <(wrk_figures "$RUN/wrk-$side-$r.txt")
        log "  $side: $rps req/s, p50 $p50 ms, p99 $p99 ms"
        if [ "$side" = site ]; then SITE_RES+=("$rps $p50 $p99"); else NGINX_RES+=("$rps $p50 $p99"); fi
    done
done

echo
echo "== load.sh summary: $N articles ($( [ "$N" = 0 ] && echo repository content || echo generated)), article $ARTICLE"
echo "wrk -t1 -c$CONNECTIONS -d$DURATION --latency, identity bodies; bodies site vs nginx: $SAME"
printf '%-6s %-6s %10s %9s %9s\n' round side 'req/s' 'p50 ms' 'p99 ms'
for i in "${!SITE_RES[@]}"; do
    read -r a b c <<<"${SITE_RES[$i]}"; printf '%-6s %-6s %10s %9s %9s\n' $((i + 1)) site "$a" "$b" "$c"
    read -r a b c <<<"${NGINX_RES[$i]}"; printf '%-6s %-6s %10s %9s %9s\n' $((i + 1)) nginx "$a" "$b" "$c"
done
med() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
S_RPS=$(printf '%s\n' "${SITE_RES[@]}" | awk '{print $1}' | med); N_RPS=$(printf '%s\n' "${NGINX_RES[@]}" | awk '{print $1}' | med)
S_P50=$(printf '%s\n' "${SITE_RES[@]}" | awk '{print $2}' | med); N_P50=$(printf '%s\n' "${NGINX_RES[@]}" | awk '{print $2}' | med)
S_P99=$(printf '%s\n' "${SITE_RES[@]}" | awk '{print $3}' | med); N_P99=$(printf '%s\n' "${NGINX_RES[@]}" | awk '{print $3}' | med)
RATIO=$(awk -v s="$S_RPS" -v n="$N_RPS" 'BEGIN { printf "%.2f", (n > 0 ? s / n : 0) }')
echo "median site : $S_RPS req/s, p50 $S_P50 ms, p99 $S_P99 ms"
echo "median nginx: $N_RPS req/s, p50 $N_P50 ms, p99 $N_P99 ms"
echo "ratio site/nginx req/s: $RATIO (target >= 0.7: $(awk -v r="$RATIO" 'BEGIN { print (r >= 0.7 ? "met" : "MISSED") }'))"
echo "site p99 $S_P99 ms (target < 5 ms: $(awk -v p="$S_P99" 'BEGIN { print (p < 5 ? "met" : "MISSED") }'))"
echo "first load with Accept-Encoding: br: HTML $HTML_BR B (${HTML_ENC:-identity}) + CSS $CSS_BR B (${CSS_ENC:-identity}) = $FIRST_LOAD B = $(awk -v b="$FIRST_LOAD" 'BEGIN { printf "%.1f", b / 1024 }') KB (target <= 14 KB: $( [ "$FIRST_LOAD" -le 14336 ] && echo met || echo MISSED))"
echo "raw wrk output and logs: $RUN"
