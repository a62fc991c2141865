#!/bin/sh
# Installs everything Attain needs to build, test and run on Debian 12 / Ubuntu 22.04+.
# Safe to run twice: apt-get skips what is already installed.
set -eu

packages="cmake ninja-build g++ pkg-config ccache git \
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6svg6 \
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev \
  libspdlog-dev libfmt-dev libcli11-dev libcsv-dev \
  libgtest-dev libgmock-dev googletest libbenchmark-dev \
  xvfb xauth fonts-wqy-microhei poppler-utils sqlite3 time python3"

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo > /dev/null; then
  sudo="sudo"
else
  echo "install-deps: run as root (or install sudo)" >&2
  exit 1
fi

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  echo "install-deps: installing:$missing"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends $missing
else
  echo "install-deps: all packages present"
fi
