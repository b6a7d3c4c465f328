#!/usr/bin/env bash
# Runs every load script at its smallest size, for CI: publish once, then load, scale, soak, faults, cluster and quality
# with --smoke. About 1 to 2 minutes on 2 cores. Prints one PASS/FAIL line per script; exit 1 when any failed.
# Figures at these sizes only show that the scripts work; they are not benchmarks (see docs/benchmarks.md).
#
#   bench/smoke.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

publish
publish_bare
export NO_PUBLISH=1
LOGS="$(mktemp -d "$BENCH_ROOT/smoke.XXXXXX")"
declare -a LINES
FAILED=0
for s in load scale soak faults cluster quality; do
    t0=$(date +%s)
    log "bench/$s.sh --smoke"
    if timeout 300 "$REPO/bench/$s.sh" --smoke >"$LOGS/$s.txt" 2>&1; then r=PASS; else r=FAIL; FAILED=1; fi
    LINES+=("$r bench/$s.sh --smoke ($(( $(date +%s) - t0 )) s), output in $LOGS/$s.txt")
    [ "$r" = FAIL ] && tail -15 "$LOGS/$s.txt" >&2
done
echo
echo "== smoke.sh summary"
printf '%s\n' "${LINES[@]}"
exit "$FAILED"
