#!/usr/bin/env bash
# Installs the Debian 12 packages equimap needs to build, test and run.
# Sourced by scripts/run.sh and scripts/test.sh; uses sudo when not root.
set -euo pipefail

EQUIMAP_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libgdal-dev gdal-bin libproj-dev libgeos-dev libsqlite3-dev
  libimgui-dev libstb-dev libglfw3-dev libgl-dev libgl1-mesa-dri
  libcairo2-dev zlib1g-dev
  libcli11-dev nlohmann-json3-dev libfmt-dev libgtest-dev
  fonts-dejavu-core xvfb xauth poppler-utils
)

equimap_install_deps() {
  local missing=()
  for p in "${EQUIMAP_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "equimap: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
