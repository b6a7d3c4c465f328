#!/usr/bin/env bash
# Start-up time and memory by corpus size, then hot-reload latency.
#
#   bench/scale.sh [N ...]     corpus sizes, default 1000 10000 30000
#   bench/scale.sh --smoke     size 50, hot reload at 50 with 2 repeats
#   RELOAD_N=10000 RELOADS=5 bench/scale.sh 1000 10000   (RELOAD_N=0 skips the hot-reload part)
#
# For each N: the generated corpus (cached under $CORPORA, made only if missing); start the published site; time from
# process start to the first 200 of /healthz (polled every 20 ms); RSS (ps -o rss) when ready and after ~50 page
# requests (articles from the sitemap and the list pages, each fetched once, i.e. rendered once); the slowest of those
# /healthz probes that the server answered while loading (probe_max_s; a load balancer would mark it down past its timeout).
# (pipelines end in `sed -n`, not `head`: head closing early makes the writer die of SIGPIPE, fatal under pipefail)
# Hot reload at RELOAD_N: on a copy of the corpus, once the site reports its indexes built (/healthz indexedSnapshot),
# append a unique marker line to one article's body and poll the article every ~5 ms until the marker appears; the time
# from the write to the first page with the marker, RELOADS times, median printed. Between edits the script waits for
# the indexes of the new snapshot, as an editor's next save comes seconds later.
# Also: seconds from ready until the indexes are built, and peak resident memory (VmHWM).
# Restart: each size's site runs with a build cache folder of its own (Content:CachePath, empty at the first start); once
# the site has written it (after its indexes), the site is stopped and started again over the same files, and the
# time to the first /healthz 200 of that second start is the "restart s" column.
# Targets (issue 13): 10k ready <= 2 s, indexes <= 3 s after ready, VmHWM <= 400 MB, restart <= 1 s; 100k ready <= 12 s,
# indexes <= 45 s after, VmHWM <= 2 GB, an edit visible <= 100 ms.
# Last, one JSON line per size ({"bench":"scale","articles":N,"ready_s":...}) and one for the hot reload
# ({"bench":"reload",...}, none when skipped); RESULTS=/path/file.jsonl appends them there too (bench/results.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
results_init scale.sh "RELOAD_N RELOADS CACHE_WAIT" "$@"

SIZES=(1000 10000 30000); RELOAD_N="${RELOAD_N:-10000}"; RELOADS="${RELOADS:-9}"
if [ "${1:-}" = "--smoke" ]; then SIZES=(50); RELOAD_N=50; RELOADS=2; elif [ $# -gt 0 ]; then SIZES=("$@"); fi

need curl; need python3
RUN="$(mktemp -d "$BENCH_ROOT/scale.XXXXXX")"
SITE_PID=""
trap 'stop_pid "$SITE_PID" 30' EXIT
publish

declare -a ROWS JSON_ROWS
for n in "${SIZES[@]}"; do
    content="$(corpus "$n")"
    # The files are read once beforehand, as a server that just received them has them in its page cache; a first read
    # from a cold virtual disk measures the disk (3-4x slower here), not the site.
    find "$content" -type f -exec cat {} + >/dev/null
    port="$(free_port)"
    SITE_ENV="Content__CachePath=$RUN/cache-$n" start_site "$content" "$port" "$RUN/site-$n.log"
    if ! wait_ready "$port" "$SITE_PID" 900; then
        ROWS+=("$n failed - - - - - -"); stop_pid "$SITE_PID" 30; SITE_PID=""
        JSON_ROWS+=("\"articles\":$n,\"ready_s\":null,\"rss_ready_mb\":null,\"vmhwm_mb\":null,\"indexes_s\":null,\"restart_s\":null,\"failed\":true")
        continue
    fi
    rss_ready="$(rss_mb "$SITE_PID")" probe_max="$PROBE_MAX_S"
    articles="$(curl -s "http://127.0.0.1:$port/healthz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["articles"])')"
    log "N=$n: ready in $READY_S s (slowest health probe meanwhile $probe_max s), $articles articles served, RSS $rss_ready MB; waiting for the indexes"
    t_idx="$(date +%s%N)"
    until curl -s "http://127.0.0.1:$port/healthz" | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; sys.exit(0 if d["indexedSnapshot"] >= d["snapshot"] else 1)'; do sleep 0.05; done
    idx_s="$(awk -v a="$t_idx" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')"
    hwm_idx="$(hwm_mb "$SITE_PID")"
    log "N=$n: indexes built $idx_s s after ready; peak RSS (VmHWM) so far $hwm_idx MB; requesting ~50 pages"
    paths=(/ /categories /tags /a-z "/search?q=cramp" /sitemap.xml /feed.xml)
    mapfile -t arts < <(article_paths "$port" | sed -n 1,43p)
    fails=0
    for p in "${paths[@]}" "${arts[@]}"; do
        code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$p")"
        [ "$code" = 200 ] || { fails=$((fails + 1)); log "  $p -> $code"; }
    done
    count=$(( ${#paths[@]} + ${#arts[@]} ))
    rss_after="$(rss_mb "$SITE_PID")"
    log "N=$n: RSS after $count pages: $rss_after MB ($fails not 200)"
    hwm_end="$(hwm_mb "$SITE_PID")" ready_s="$READY_S"
    # The site writes its build cache after the indexes; a site without one never logs this, hence the bound (CACHE_WAIT s).
    for ((w = 0; w < ${CACHE_WAIT:-300} * 10; w++)); do grep -q 'parses written' "$RUN/site-$n.log" && break; kill -0 "$SITE_PID" 2>/dev/null || break; sleep 0.1; done
    stop_pid "$SITE_PID" 30; SITE_PID=""
    SITE_ENV="Content__CachePath=$RUN/cache-$n" start_site "$content" "$port" "$RUN/site-$n-restart.log"
    restart_s=failed
    wait_ready "$port" "$SITE_PID" 900 && restart_s="$READY_S"
    log "N=$n: restart over the build cache ready in $restart_s s"
    ROWS+=("$n $ready_s $rss_ready $rss_after $count/$fails $idx_s $hwm_end $restart_s")
    j="\"articles\":$n,\"ready_s\":$(json_num "$ready_s"),\"rss_ready_mb\":$(json_num "$rss_ready"),\"vmhwm_mb\":$(json_num "$hwm_end")"
    j+=",\"indexes_s\":$(json_num "$idx_s"),\"restart_s\":$(json_num "$restart_s"),\"vmhwm_indexes_mb\":$(json_num "$hwm_idx")"
    j+=",\"probe_max_s\":$(json_num "$probe_max"),\"rss_pages_mb\":$(json_num "$rss_after"),\"pages\":$count,\"pages_non200\":$fails,\"served\":$(json_num "$articles")"
    JSON_ROWS+=("$j")
    stop_pid "$SITE_PID" 30; SITE_PID=""
done

RELOAD_LINE="hot reload: skipped (RELOAD_N=0)"; RELOAD_JSON=""
if [ "$RELOAD_N" != 0 ]; then
    src="$(corpus "$RELOAD_N")"
    log "hot reload at $RELOAD_N: copying the corpus to $RUN/reload (the cached corpus is never edited)"
    cp -a "$src" "$RUN/reload"
    port="$(free_port)"
    start_site "$RUN/reload" "$port" "$RUN/site-reload.log"
    wait_ready "$port" "$SITE_PID" 900
    file="$(find "$RUN/reload" -maxdepth 1 -name '*.md' | sort | sed -n 1p)"
    slug="$(basename "$file" .md)"
    curl -sf -o /dev/null "http://127.0.0.1:$port/articles/$slug"
    log "editing $file, polling /articles/$slug"
    # Python for the poll loop: a curl process per poll would add its own start-up time to every sample.
    python3 - "$file" "http://127.0.0.1:$port/articles/$slug" "$RELOADS" "http://127.0.0.1:$port/healthz" >"$RUN/reload.txt" <<'PY'
import json, sys, time, urllib.request
path, url, repeats, health = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def wait_indexed(limit=120):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        data = json.load(urllib.request.urlopen(health, timeout=10))["data"]
        if data["indexedSnapshot"] >= data["snapshot"]:
            return
        time.sleep(0.05)

for i in range(repeats):
    wait_indexed()
    time.sleep(0.3)  # let the folder go quiet before the next edit
    marker = f"RELOADMARKER{int(time.time() * 1000)}x{i}"
    t0 = time.monotonic()
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n\n{marker}\n")
    deadline, seen, polls = t0 + 120, None, 0
    while time.monotonic() < deadline:
        polls += 1
        try:
            body = urllib.request.urlopen(url, timeout=10).read()
        except Exception as e:  # counted, not fatal
            body = b""
        if marker.encode() in body:
            seen = time.monotonic()
            break
        time.sleep(0.005)
    ms = (seen - t0) * 1000 if seen else -1
    print(f"{ms:.0f}", flush=True)
    print(f"reload {i + 1}/{repeats}: {'%.0f ms' % ms if seen else 'NOT SEEN within 120 s'} ({polls} polls)", file=sys.stderr, flush=True)
PY
    med="$(grep -v '^-1$' "$RUN/reload.txt" | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "none"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
    missed="$(grep -c '^-1$' "$RUN/reload.txt" || true)"
    RELOAD_LINE="hot reload at $RELOAD_N articles: $(paste -sd' ' "$RUN/reload.txt") ms; median $med ms; not seen: $missed (target <= 100 ms: $(awk -v m="$med" 'BEGIN { print (m != "none" && m <= 100 ? "met" : "MISSED") }'))"
    mapfile -t seen < <(grep -v '^-1$' "$RUN/reload.txt" || true)
    RELOAD_JSON="\"articles\":$RELOAD_N,\"median_ms\":$(json_num "$med"),\"samples_ms\":$(json_nums "${seen[@]}"),\"not_seen\":$missed,\"repeats\":$RELOADS"
    stop_pid "$SITE_PID" 30; SITE_PID=""
fi

echo
echo "== scale.sh summary (ready = process start to first /healthz 200)"
printf '%8s %8s %14s %16s %12s %12s %12s %10s\n' N 'ready s' 'RSS ready MB' 'RSS +pages MB' 'pages/non200' 'indexes s' 'VmHWM MB' 'restart s'
for r in "${ROWS[@]}"; do read -r a b c d e f g h <<<"$r"; printf '%8s %8s %14s %16s %12s %12s %12s %10s\n' "$a" "$b" "$c" "$d" "$e" "$f" "$g" "$h"; done
echo "$RELOAD_LINE"
echo "targets (issue 13): 10k ready <= 2 s, indexes <= 3 s after, VmHWM <= 400 MB, restart over the build cache <= 1 s; 100k ready <= 12 s, indexes <= 45 s, VmHWM <= 2 GB, an edit visible <= 100 ms (indexes s: from ready until /healthz indexedSnapshot catches up; VmHWM: peak RSS after the pages)"
echo "logs: $RUN"

for j in "${JSON_ROWS[@]}"; do result_line scale "$j"; done
[ -z "$RELOAD_JSON" ] || result_line reload "$RELOAD_JSON"
