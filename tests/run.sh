#!/usr/bin/env bash
# The README's test command: installs what the tests need and is missing, then runs every test of the solution.
#
#   bash tests/run.sh                              # all tests
#   bash tests/run.sh --filter Category=Fuzz       # any other arguments go to dotnet test
#
# On a fresh Debian machine with the .NET SDK and node/npm it installs, only when missing: Chromium, Java 17 and nginx
# (apt-get; the browser tests and the export test drive them) and the npm packages axe-core and vnu-jar
# (npm ci --ignore-scripts, pinned in package-lock.json). The engine and web tests need none of these: a plain
# `dotnet test tests/MuscleSpasmInfo.Content.Tests` or `dotnet test tests/MuscleSpasmInfo.Web.Tests` works anywhere
# NuGet does. Nothing is started here; each test starts its own servers on 127.0.0.1 and stops them itself.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

have() { command -v "$1" >/dev/null 2>&1; }

packages=()
have chromium || [ -n "${CHROMIUM_PATH:-}" ] || packages+=(chromium)
have java || packages+=(openjdk-17-jre-headless)
have nginx || [ -x /usr/sbin/nginx ] || packages+=(nginx)
have npm || packages+=(npm)
if [ ${#packages[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        have sudo || { echo "tests/run.sh: needs ${packages[*]}; run as root or install sudo" >&2; exit 1; }
        sudo=sudo
    fi
    echo "tests/run.sh: installing ${packages[*]}" >&2
    # On a shared machine another apt may hold the lock for a while: wait for it rather than fail.
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${packages[@]}" >/dev/null
fi

if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
    echo "tests/run.sh: npm ci --ignore-scripts (axe-core, vnu-jar)" >&2
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

exec dotnet test MuscleSpasmInfo.sln "$@"
