#!/usr/bin/env bash
# Shared helpers for bench/load.sh, scale.sh, soak.sh, faults.sh and cluster.sh. Source it; do not run it.
# Also sources bench/results.sh (the JSON result lines).
#
#   PUB=/dir       reuse a published site there (default: ${TMPDIR:-/tmp}/msi-bench/publish, republished once per run
#                  of a script unless NO_PUBLISH=1 and the binary already exists)
#   CORPORA=/dir   where generated corpora are cached (default: ${TMPDIR:-/tmp}/msi-bench/corpus)
#   SITE_LOG=Information|Warning  Serilog minimum level of the site under test (default: the site's own, Information,
#                  i.e. one request log line per request, written to a file)

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_ROOT="${BENCH_ROOT:-${TMPDIR:-/tmp}/msi-bench}"
PUB="${PUB:-$BENCH_ROOT/publish}"
CORPORA="${CORPORA:-$BENCH_ROOT/corpus}"
SITE_BIN="$PUB/MuscleSpasmInfo.Web"
# The bare Kestrel app (bench/MuscleSpasmInfo.BareKestrel), load.sh's ceiling: published beside the site.
BARE_PUB="${BARE_PUB:-$BENCH_ROOT/bare}"
BARE_BIN="$BARE_PUB/MuscleSpasmInfo.BareKestrel"
mkdir -p "$BENCH_ROOT" "$CORPORA"
source "$REPO/bench/results.sh"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# need CMD [PACKAGE]: installs the Debian package when CMD is missing.
need() {
    local cmd="$1" pkg="${2:-$1}"
    command -v "$cmd" >/dev/null 2>&1 && return 0
    log "$cmd not found: apt-get install -y $pkg"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get install -y -qq "$pkg" >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq "$pkg"; }
}

# publish_project PROJECT OUT BIN LOG: dotnet publish PROJECT (a path under the repository) into OUT, ReadyToRun, unless
# NO_PUBLISH=1 and BIN is already there.
publish_project() {
    local project="$1" out="$2" bin="$3" logfile="$4"
    if [ "${NO_PUBLISH:-0}" = 1 ] && [ -x "$bin" ]; then
        log "using $project published in $out (NO_PUBLISH=1)"
        return 0
    fi
    # ReadyToRun: the program starts from precompiled code instead of JIT-compiling the whole engine during the first load.
    log "dotnet publish $project -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o $out"
    dotnet publish "$REPO/$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" >"$logfile" 2>&1 \
        || { tail -30 "$logfile" >&2; return 1; }
}

# publish: the site, once, into $PUB.
publish() { publish_project src/MuscleSpasmInfo.Web "$PUB" "$SITE_BIN" "$BENCH_ROOT/publish.log"; }

# publish_bare: bench/MuscleSpasmInfo.BareKestrel into $BARE_PUB, with the site's flags, so both start from the same kind
# of code.
publish_bare() { publish_project bench/MuscleSpasmInfo.BareKestrel "$BARE_PUB" "$BARE_BIN" "$BENCH_ROOT/publish-bare.log"; }

# start_bare FILE PORT LOGFILE: starts the bare Kestrel app answering every GET with FILE's bytes; sets BARE_PID; waits
# up to 10 s for it to answer.
start_bare() {
    local file="$1" port="$2" logfile="$3"
    "$BARE_BIN" "$file" "http://127.0.0.1:$port" >"$logfile" 2>&1 &
    BARE_PID=$!
    for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0; sleep 0.05; done
    log "bare Kestrel app (pid $BARE_PID) not answering on 127.0.0.1:$port after 10 s"; cat "$logfile" >&2; return 1
}

# corpus N: prints the content folder of a generated corpus of N articles, generating it only if missing.
corpus() {
    local n="$1" dir="$CORPORA/n$1"
    if [ ! -f "$dir/content/categories.yml" ] || [ "$(find "$dir/content" -maxdepth 1 -name '*.md' | wc -l)" -ne "$n" ]; then
        log "generating a corpus of $n articles in $dir"
        dotnet run -c Release --project "$REPO/bench/MuscleSpasmInfo.CorpusGenerator" -- --count "$n" --out "$dir" >&2
    fi
    echo "$dir/content"
}

# free_port: prints a free TCP port on 127.0.0.1.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
        || echo $(( 20000 + RANDOM % 20000 ))
}

# start_site CONTENT PORT LOGFILE: starts the published site in the background; sets SITE_PID and SITE_T0 (ns).
start_site() {
    local content="$1" port="$2" logfile="$3"
    local extra=()
    [ -n "${SITE_LOG:-}" ] && extra=(Serilog__MinimumLevel__Default="$SITE_LOG")
    # SITE_ENV="KEY=VALUE ...": more settings for this start (scale.sh gives each size its own build cache folder).
    [ -n "${SITE_ENV:-}" ] && read -r -a more <<<"$SITE_ENV" && extra+=("${more[@]}")
    SITE_T0=$(date +%s%N)
    # Run from $PUB: the content root (and so wwwroot, the CSS and its ?v= fingerprint) is the working directory.
    (cd "$PUB" && exec env Content__Path="$content" RateLimit__PermitLimit=0 ASPNETCORE_URLS="http://127.0.0.1:$port" \
        ASPNETCORE_ENVIRONMENT=Production "${extra[@]}" \
        "$SITE_BIN") >"$logfile" 2>&1 &
    SITE_PID=$!
}

# wait_ready PORT PID [TIMEOUT_S]: polls /healthz every 20 ms until 200; sets READY_S (seconds since SITE_T0) and
# PROBE_MAX_S (the slowest probe the server answered or let time out, capped at curl's 1 s: a load balancer's probe of
# the site while it loads).
wait_ready() {
    local port="$1" pid="$2" timeout="${3:-120}"
    local deadline=$(( $(date +%s) + timeout ))
    local answer code took
    PROBE_MAX_S=0
    while :; do
        answer="$(curl -s -o /dev/null -m 1 -w '%{http_code} %{time_total}' "http://127.0.0.1:$port/healthz" 2>/dev/null || true)"
        read -r code took <<<"${answer:-000 0}"
        # Ready is timed first, so the probe's bookkeeping below is not counted in it.
        [ "$code" = 200 ] && READY_S=$(awk -v a="$SITE_T0" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
        # A probe refused before the server listens returns at once; one answered (503 while loading) or timed out counts.
        if [ "$code" != 000 ] || awk -v t="$took" 'BEGIN { exit !(t >= 0.9) }'; then
            PROBE_MAX_S="$(awk -v a="$PROBE_MAX_S" -v b="$took" 'BEGIN { printf "%.3f", (b > a ? b : a) }')"
        fi
        [ "$code" = 200 ] && return 0
        kill -0 "$pid" 2>/dev/null || { log "site (pid $pid) exited before it was ready"; return 1; }
        [ "$(date +%s)" -ge "$deadline" ] && { log "site not ready after ${timeout}s"; return 1; }
        sleep 0.02
    done
}

# rss_mb PID: resident memory in MB.
rss_mb() { ps -o rss= -p "$1" | awk '{ printf "%.0f", $1 / 1024 }'; }
# hwm_mb PID: peak resident memory of the process so far (VmHWM), in MB.
hwm_mb() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# stop_pid PID [TIMEOUT_S]: SIGTERM, wait, SIGKILL if still alive. Only for processes this script started.
stop_pid() {
    local pid="$1" t="${2:-15}" i
    [ -n "$pid" ] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < t * 10; i++)); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.1; done
    log "pid $pid ignored SIGTERM for ${t}s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# first_article CONTENT_PORT: prints the path of the first article in the sitemap.
first_article() { article_paths "$1" | sed -n 1p; }

# article_paths PORT: prints every /articles/... path in the sitemap, one a line.
article_paths() {
    local xml
    xml="$(curl -s "http://127.0.0.1:$1/sitemap.xml")" || true
    grep -o '<loc>[^<]*/articles/[^<]*</loc>' <<<"$xml" | sed -e 's#<loc>[a-z]*://[^/]*##' -e 's#</loc>##' || true
}

# wrk_figures FILE: from a `wrk --latency` output prints "RPS P50_MS P99_MS".
wrk_figures() {
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        END { printf "%.0f %.3f %.3f\n", rps, p50, p99 }' "$1"
}

# start_nginx DIR PROBE_URL: checks and starts the nginx.conf already written to DIR (its own prefix), in the
# foreground of a background job; sets NGINX_PID; waits up to 5 s for PROBE_URL to answer.
start_nginx() {
    local dir="$1" probe="$2"
    nginx -t -p "$dir" -c "$dir/nginx.conf" 2>"$dir/test.log" || { cat "$dir/test.log" >&2; exit 1; }
    nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
    NGINX_PID=$!
    for _ in $(seq 100); do curl -s -o /dev/null "$probe" && break; sleep 0.05; done
}
