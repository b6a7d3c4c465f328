#!/usr/bin/env bash
# Two site instances behind nginx with deploy/nginx.conf: throughput, cache hit rate, failover.
#
#   bench/cluster.sh [N]       N generated articles (default 1000)
#   bench/cluster.sh --smoke   20 articles, 3 s of load
#   DURATION=10s CONNECTIONS=64 bench/cluster.sh 1000
#
# Starts two published instances on free 127.0.0.1 ports and nginx with deploy/nginx.conf (ports and paths
# substituted), runs wrk -t2 -cC -dD through nginx twice (cold cache, then warm) over ~60 paths picked at random (Accept-Encoding: br, gzip, as a
# browser sends), prints requests/s and latency, and the cache hit rate of the wrk period from nginx's access log
# (log_format with $upstream_cache_status). Then stops instance 1 (SIGTERM) and requests 30 pages never requested
# before (up to 30, a third of the articles; MISS, so they must reach an instance) plus 10 cached ones: all must be 200 (failover). Exit 1 otherwise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

N=1000; DURATION="${DURATION:-10s}"; CONNECTIONS="${CONNECTIONS:-64}"
if [ "${1:-}" = "--smoke" ]; then N=20; DURATION=3s; elif [ -n "${1:-}" ]; then N="$1"; fi
need wrk; need nginx; need curl
RUN="$(mktemp -d "$BENCH_ROOT/cluster.XXXXXX")"; chmod 755 "$BENCH_ROOT" "$RUN"
S1=""; S2=""; NGINX_PID=""
cleanup() { stop_pid "$NGINX_PID" 5; stop_pid "$S1" 15; stop_pid "$S2" 15; }
trap cleanup EXIT
publish
CONTENT="$(corpus "$N")"

P1="$(free_port)"; P2="$(free_port)"; PN="$(free_port)"
start_site "$CONTENT" "$P1" "$RUN/site1.log"; S1=$SITE_PID
start_site "$CONTENT" "$P2" "$RUN/site2.log"; S2=$SITE_PID
wait_ready "$P1" "$S1" 600; wait_ready "$P2" "$S2" 600
log "instances ready: 127.0.0.1:$P1 (pid $S1), 127.0.0.1:$P2 (pid $S2)"

mkdir -p "$RUN/nginx"
sed -e "s#@PORT@#$PN#g" -e "s#@SITE1@#$P1#g" -e "s#@SITE2@#$P2#g" -e "s#@RUN@#$RUN/nginx#g" \
    "$REPO/deploy/nginx.conf" >"$RUN/nginx/nginx.conf"
start_nginx "$RUN/nginx" "http://127.0.0.1:$PN/healthz"
log "nginx on 127.0.0.1:$PN (pid $NGINX_PID)"

mapfile -t ALL < <(article_paths "$P1")
NF=$(( ${#ALL[@]} / 3 )); [ "$NF" -gt 30 ] && NF=30
FRESH=("${ALL[@]:0:$NF}")                       # never requested before the failover check
LOAD=(/ /categories /tags /a-z "${ALL[@]:$NF:56}")
{
    printf 'paths = {\n'; for p in "${LOAD[@]}"; do printf '  "%s",\n' "$p"; done; printf '}\n'
    cat <<'LUA'
math.randomseed(os.time())
function init(args) math.randomseed(os.time() + math.floor(os.clock() * 1000000)) end
function request() return wrk.format("GET", paths[math.random(#paths)]) end
LUA
} >"$RUN/paths.lua"

# The headers once, for the record.
curl -s -o /dev/null -D "$RUN/headers1.txt" -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$PN${LOAD[4]}"
curl -s -o /dev/null -D "$RUN/headers2.txt" -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$PN${LOAD[4]}"
log "first request: $(grep -i '^x-cache-status' "$RUN/headers1.txt" | tr -d '\r'), second: $(grep -i '^x-cache-status' "$RUN/headers2.txt" | tr -d '\r'), $(grep -i '^content-encoding' "$RUN/headers2.txt" | tr -d '\r')"

# Two runs: "cold" starts with an empty cache (every path a MISS once; the other connections asking for it wait on
# proxy_cache_lock, which nginx re-checks every 500 ms), "warm" runs right after on the filled cache.
before=$(wc -l <"$RUN/nginx/access.log")
for run in cold warm; do
    log "wrk -t2 -c$CONNECTIONS -d$DURATION --latency through nginx over ${#LOAD[@]} paths ($run cache)"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: br, gzip' -s "$RUN/paths.lua" "http://127.0.0.1:$PN" >"$RUN/wrk-$run.txt"
    grep -E 'Socket errors|Non-2xx' "$RUN/wrk-$run.txt" >&2 || true
done
read -r RPS P50 P99 < <(wrk_figures "$RUN/wrk-cold.txt")
read -r WRPS WP50 WP99 < <(wrk_figures "$RUN/wrk-warm.txt")
sleep 0.5
tail -n +"$((before + 1))" "$RUN/nginx/access.log" >"$RUN/wrk-access.log"
count() { grep -c "cache=$1 " "$RUN/wrk-access.log" || true; }
HIT=$(count HIT); MISS=$(count MISS); UPD=$(count UPDATING); STALE=$(count STALE); EXP=$(count EXPIRED); REVAL=$(count REVALIDATED)
TOTAL=$(wc -l <"$RUN/wrk-access.log")
NON200=$(grep -vc ' status=200 ' "$RUN/wrk-access.log" || true)
UP1=$(grep -c "upstream=127.0.0.1:$P1" "$RUN/nginx/access.log" || true); UP2=$(grep -c "upstream=127.0.0.1:$P2" "$RUN/nginx/access.log" || true)
RATE=$(awk -v h="$HIT" -v t="$TOTAL" 'BEGIN { printf "%.2f", (t > 0 ? 100 * h / t : 0) }')

# Failover: instance 1 stopped; fresh pages (MISS) must come from instance 2, cached ones from the cache.
stop_pid "$S1" 15; log "instance 1 (pid $S1) stopped"; S1=""
ok=0; fail=0; : >"$RUN/failover.txt"
for p in "${FRESH[@]}" "${LOAD[@]:4:10}"; do
    r="$(curl -s -o /dev/null -m 10 -H 'Accept-Encoding: br, gzip' -w '%{http_code} %header{x-cache-status}' "http://127.0.0.1:$PN$p")"
    echo "$p $r" >>"$RUN/failover.txt"
    if [ "${r%% *}" = 200 ]; then ok=$((ok + 1)); else fail=$((fail + 1)); fi
done
FO_MISS=$(grep -c ' 200 MISS$' "$RUN/failover.txt" || true); FO_HIT=$(grep -c ' 200 HIT$' "$RUN/failover.txt" || true)

echo
echo "== cluster.sh summary: $N articles, two instances + nginx (deploy/nginx.conf)"
echo "wrk -t2 -c$CONNECTIONS -d$DURATION through nginx, Accept-Encoding: br, gzip, ${#LOAD[@]} paths"
echo "  cold cache: $RPS req/s, p50 $P50 ms, p99 $P99 ms"
echo "  warm cache: $WRPS req/s, p50 $WP50 ms, p99 $WP99 ms"
grep -hE 'Socket errors|Non-2xx' "$RUN"/wrk-*.txt || true
echo "cache during both wrk runs: $TOTAL requests, HIT $HIT, MISS $MISS, UPDATING $UPD, STALE $STALE, EXPIRED $EXP, REVALIDATED $REVAL: hit rate $RATE %; non-200: $NON200"
echo "requests that reached an instance (whole run): 127.0.0.1:$P1 $UP1, 127.0.0.1:$P2 $UP2"
echo "failover (instance 1 stopped): $ok/$((ok + fail)) pages 200 ($FO_MISS MISS served by instance 2, $FO_HIT HIT from the cache)"
echo "logs: $RUN"
if [ "$fail" != 0 ] || [ "$NON200" != 0 ]; then echo "cluster: FAIL"; exit 1; fi
echo "cluster: PASS"
