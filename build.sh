#!/usr/bin/env bash
# The repository's entry point on a fresh machine with only the .NET SDK.
#   ./build.sh test [dotnet test options]   installs what the tests need (Debian's chromium, for the
#                                           HTML report's browser test) when missing, then runs every test
#   ./build.sh sample                       checks the flawed sample design (the build fails on purpose)
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

install_chromium() {
  if command -v chromium >/dev/null 2>&1 && [ -x /usr/bin/chromium ]; then
    return
  fi
  echo "build.sh: installing Debian's chromium for the browser test"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "build.sh: chromium is missing and this user cannot install it; run as root or install the 'chromium' package" >&2
      exit 2
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
}

command="${1:-test}"
[ $# -gt 0 ] && shift
case "$command" in
  test)
    install_chromium
    exec dotnet test HaRules.sln "$@"
    ;;
  sample)
    exec dotnet build samples/FragileShop "$@"
    ;;
  *)
    echo "usage: ./build.sh test [dotnet test options] | ./build.sh sample" >&2
    exit 2
    ;;
esac
