#!/usr/bin/env bash
# Lighthouse scores for the home page and an article, on a Release build served by Kestrel on 127.0.0.1.
# Usage: bash bench/lighthouse.sh [PORT]     (needs Chromium at /usr/bin/chromium or CHROME_PATH, and Node 20)
# Lighthouse lives in bench/lighthouse/ so CI's `npm ci` at the root does not install it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
port=${1:-5099}
base="http://127.0.0.1:$port"
out="$root/artifacts/lighthouse"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
    (cd bench/lighthouse && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

mkdir -p "$out"
dotnet publish src/MuscleSpasmInfo.Web -c Release -o "$out/site" --nologo -v quiet >/dev/null

# Started from its publish folder, so the content root (and wwwroot) is the published one.
(cd "$out/site" && ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production Content__Path="$root/content" Site__BaseUrl="$base" \
    Serilog__MinimumLevel__Default=Warning \
    exec dotnet MuscleSpasmInfo.Web.dll) >"$out/site.log" 2>&1 &
site_pid=$!
trap 'kill "$site_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -fsS "$base/healthz" >/dev/null

printf '%-40s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for path in / /articles/mineral-depletion; do
    name=$(echo "$path" | tr '/' '_')
    bench/lighthouse/node_modules/.bin/lighthouse "$base$path" --quiet \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$chrome_flags" \
        --output=json --output-path="$out/report$name.json" >/dev/null
    node -e '
        const r = require(process.argv[1]);
        const s = k => Math.round(r.categories[k].score * 100);
        const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable").map(a => a.id);
        console.log(process.argv[2].padEnd(40), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14), String(s("best-practices")).padStart(15), String(s("seo")).padStart(5));
        if (failed.length) console.log("   below full marks:", failed.join(", "));
    ' "$out/report$name.json" "$path"
done
