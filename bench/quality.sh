#!/usr/bin/env bash
# Related content and search judged on real health content: ../shared/realcorpus (1,017 MedlinePlus topics, curated
# related links and MeSH headings for 497), our method beside a plain TF-IDF cosine baseline computed in the same run.
#
#   bench/quality.sh            every dev topic; writes docs/quality.svg
#   bench/quality.sh --smoke    the first 40 topics, no chart (CI: the script works; the figures mean little)
#   CORPUS=/dir bench/quality.sh   another copy of the corpus (default: ../shared/realcorpus beside the repository)
#
# Related, top 5: precision, recall over min(5, curated), and the share of topics with at least one curated link.
# Search, known item: hit@1, hit@3 and MRR@10 for each MeSH heading that is not the title or an other name, each
# other name, and the title with one typo. The corpus is read in place, never copied.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CORPUS="${CORPUS:-$REPO/../shared/realcorpus}"
if [ ! -f "$CORPUS/ground_truth.dev.json" ]; then
    log "no real corpus at $CORPUS: nothing to measure"
    [ "${1:-}" = "--smoke" ] && exit 0 || exit 1
fi

ARGS=(--quality "$CORPUS")
if [ "${1:-}" = "--smoke" ]; then ARGS+=(--limit 40); else ARGS+=(--chart "$REPO/docs/quality.svg"); fi
log "building the benchmark program"
dotnet build -c Release -v q --nologo "$REPO/bench/MuscleSpasmInfo.Benchmarks" >/dev/null
dotnet "$REPO/bench/MuscleSpasmInfo.Benchmarks/bin/Release/net10.0/MuscleSpasmInfo.Benchmarks.dll" "${ARGS[@]}"
