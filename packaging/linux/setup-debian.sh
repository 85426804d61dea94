#!/bin/sh
# Installs what Minuta needs on Debian 12 or Ubuntu 24.04, and nothing that is already there.
#   packaging/linux/setup-debian.sh           build and run the app
#   packaging/linux/setup-debian.sh --tests   also build and run the tests and benchmarks
# Runs apt-get as root, through sudo when started by another user.
set -eu

packages="g++ cmake ninja-build pkg-config libsqlite3-dev
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n qt6-qpa-plugins fonts-dejavu-core
    libxcb1-dev libxcb-screensaver0-dev"
case "${1:-}" in
    --tests) packages="$packages libgtest-dev libgmock-dev libbenchmark-dev poppler-utils sqlite3 python3-icalendar libxml2-utils" ;;
    "") ;;
    *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
esac

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    run_as_root=""
elif command -v sudo >/dev/null 2>&1; then
    run_as_root="sudo"
else
    echo "Minuta needs these packages, and installing them needs root:$missing" >&2
    exit 1
fi
echo "Installing:$missing"
$run_as_root apt-get update -q
# shellcheck disable=SC2086 # the package list is meant to split into words
$run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
