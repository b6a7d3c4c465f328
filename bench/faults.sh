#!/usr/bin/env bash
# Fault tests (issue 7): the content folder vanishing and coming back, an unreadable folder, graceful shutdown.
#
#   bench/faults.sh [N]      a generated corpus of N articles (default 3000: a sitemap big enough to stream slowly)
#   bench/faults.sh --smoke  50 articles
#
# The site runs on a temporary copy of the corpus. Steps, each printed PASS/FAIL (SKIP with the reason):
#  1. rename the content folder away while serving: /, an article, /categories still 200; /healthz 200 and Degraded
#     with data.fault.
#  2. rename it back: /healthz Healthy again, a newer snapshot, the same article count.
#  3. unreadable folder (chmod 000): SKIP when run as root, since root ignores permission bits (step 1 covers a
#     folder the site cannot read); run as a normal user it is tested like step 1.
#  4. graceful shutdown: 20 connections each reading /sitemap.xml slowly (identity, small receive buffer); SIGTERM
#     once every response has started; every body must arrive complete, and the process must exit with code 0.
# Exit code 1 when any step fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

N=3000
if [ "${1:-}" = "--smoke" ]; then N=50; elif [ -n "${1:-}" ]; then N="$1"; fi
need curl; need python3
RUN="$(mktemp -d "$BENCH_ROOT/faults.XXXXXX")"
SITE_PID=""
trap 'chmod 755 "$RUN/content" 2>/dev/null || true; stop_pid "$SITE_PID" 40' EXIT
publish
cp -a "$(corpus "$N")" "$RUN/content"

declare -a RESULTS
FAILED=0
result() { RESULTS+=("$1 $2"); [ "$1" = FAIL ] && FAILED=1; log "$1 $2"; }
health() { curl -s -m 5 "http://127.0.0.1:$port/healthz" || echo '{}'; }
hfield() { python3 -c 'import json,sys
d = json.loads(sys.stdin.read() or "{}")
v = d
for k in sys.argv[1].split("."):
    v = v.get(k) if isinstance(v, dict) else None
print(v)' "$1"; }
code() { curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$port$1"; }

port="$(free_port)"
start_site "$RUN/content" "$port" "$RUN/site.log"
wait_ready "$port" "$SITE_PID" 600
H0="$(health)"; SNAP0="$(hfield data.snapshot <<<"$H0")"; ARTS0="$(hfield data.articles <<<"$H0")"
ARTICLE="$(first_article "$port")"
log "site ready in $READY_S s: snapshot $SNAP0, $ARTS0 articles; article $ARTICLE"

# 1. The folder vanishes.
mv "$RUN/content" "$RUN/content.gone"
status=""; fault=""; t0=$(date +%s)
while [ $(( $(date +%s) - t0 )) -lt 5 ]; do    # the site looks for its folder every second
    H="$(health)"; status="$(hfield status <<<"$H")"; fault="$(hfield data.fault <<<"$H")"
    [ "$status" = Degraded ] && break; sleep 0.1
done
if [ "$status" != Degraded ]; then
    log "/healthz still says $status after 5 s; its headers: $(curl -s -D - -o /dev/null "http://127.0.0.1:$port/healthz" | grep -i -E '^(cache-control|etag)' | tr -d '\r' | paste -sd' ')"
    log "diagnostic, /healthz?nocache=$$ (a URL the page cache has not seen): $(curl -s "http://127.0.0.1:$port/healthz?nocache=$$")"
fi
codes="$(code /) $(code "$ARTICLE") $(code /categories) $(code /healthz)"
log "folder renamed away: pages $codes; /healthz: $H"
if [ "$codes" = "200 200 200 200" ] && [ "$status" = Degraded ] && [ "$fault" != None ]; then
    result PASS "1 folder gone: pages 200 ($codes), /healthz Degraded, fault: $fault"
else
    result FAIL "1 folder gone: pages $codes, /healthz status $status, fault $fault"
fi
kill -0 "$SITE_PID" 2>/dev/null || { result FAIL "1 the site exited"; exit 1; }

# 2. It comes back.
mv "$RUN/content.gone" "$RUN/content"
t0=$(date +%s%N); status=""; snap=""; arts=""
while [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 60 ]; do
    H="$(health)"; status="$(hfield status <<<"$H")"; snap="$(hfield data.snapshot <<<"$H")"; arts="$(hfield data.articles <<<"$H")"
    [ "$status" = Healthy ] && [ "$snap" != None ] && [ "$snap" -gt "$SNAP0" ] && break; sleep 0.1
done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
if [ "$status" = Healthy ] && [ "$snap" -gt "$SNAP0" ] && [ "$arts" = "$ARTS0" ] && [ "$(code "$ARTICLE")" = 200 ]; then
    result PASS "2 folder back: Healthy after $ms ms, snapshot $SNAP0 -> $snap, $arts articles"
else
    result FAIL "2 folder back: after $ms ms status $status, snapshot $snap (was $SNAP0), $arts articles (was $ARTS0)"
fi

# 3. Unreadable folder.
if [ "$(id -u)" = 0 ]; then
    result SKIP "3 chmod 000: running as root, which ignores permission bits; step 1 covers an unreadable folder"
else
    chmod 000 "$RUN/content"; sleep 2
    H="$(health)"; codes="$(code /) $(code "$ARTICLE")"; chmod 755 "$RUN/content"
    if [ "$codes" = "200 200" ] && [ "$(hfield status <<<"$H")" != Unhealthy ]; then
        result PASS "3 chmod 000: pages $codes, /healthz $(hfield status <<<"$H")"
    else
        result FAIL "3 chmod 000: pages $codes, /healthz $H"
    fi
fi

# 4. Graceful shutdown mid-burst. Python opens 20 connections with a small receive buffer, sends GET /sitemap.xml
# (identity) on each and reads the first 1 KB of every response: all 20 are then in flight. It sends SIGTERM and reads
# the rest slowly (4 KB per 10 ms per connection), checking every body against its Content-Length (or chunked end).
SIZE="$(curl -s -H 'Accept-Encoding: identity' "http://127.0.0.1:$port/sitemap.xml" | wc -c)"
log "sitemap.xml is $SIZE bytes: 20 slow readers, then SIGTERM to $SITE_PID"
t0=$(date +%s%N)
BURST="$(python3 - "$port" "$SITE_PID" "$SIZE" <<'PY' || true
import os, signal, socket, sys, time
port, pid, size = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
conns, bufs = [], []
for i in range(20):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(("127.0.0.1", port))
    s.sendall(b"GET /sitemap.xml HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n")
    conns.append(s); bufs.append(b"")
for i, s in enumerate(conns):
    while len(bufs[i]) < 1024:
        chunk = s.recv(1024)
        if not chunk: break
        bufs[i] += chunk
os.kill(pid, signal.SIGTERM)
ok, errors = 0, []
open_ = set(range(20))
while open_:
    for i in list(open_):
        try:
            conns[i].settimeout(30)
            chunk = conns[i].recv(4096)
        except Exception as e:
            errors.append(f"{i}: {e!r}"); open_.discard(i); continue
        if not chunk:
            open_.discard(i); continue
        bufs[i] += chunk
    time.sleep(0.01)
for i, b in enumerate(bufs):
    head, _, body = b.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    h = {k.strip().lower(): v.strip() for k, _, v in (l.partition(":") for l in lines[1:])}
    status = lines[0]
    if "content-length" in h:
        good = len(body) == int(h["content-length"]) and body.rstrip().endswith(b"</urlset>")
    else:
        good = body.endswith(b"0\r\n\r\n") and b"</urlset>" in body
    if status.startswith("HTTP/1.1 200") and good: ok += 1
    else: errors.append(f"{i}: {status}, {len(body)} body bytes, headers {h.get('content-length', h.get('transfer-encoding'))}")
print(f"{ok} {len(errors)}")
for e in errors[:5]: print(e, file=sys.stderr)
PY
)"
read -r ok bad <<<"${BURST:-0 20}"
rc=0; exited=no
for _ in $(seq 600); do kill -0 "$SITE_PID" 2>/dev/null || { exited=yes; break; }; sleep 0.1; done
if [ "$exited" = yes ]; then wait "$SITE_PID" || rc=$?; else rc=timeout; fi
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
SITE_PID=""
if [ "$ok" = 20 ] && [ "$bad" = 0 ] && [ "$rc" = 0 ]; then
    result PASS "4 SIGTERM with 20 slow /sitemap.xml responses in flight: 20/20 complete, exit code 0 after $ms ms"
else
    result FAIL "4 SIGTERM with 20 slow /sitemap.xml responses in flight: $ok/20 complete, $bad failed, exit code $rc after $ms ms"
fi
grep -E "Application is shutting down|Unhandled|exception" "$RUN/site.log" | tail -3 >&2 || true

echo
echo "== faults.sh summary: $N articles"
printf '%s\n' "${RESULTS[@]}"
echo "site log: $RUN/site.log"
exit "$FAILED"
