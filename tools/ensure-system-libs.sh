#!/usr/bin/env bash
# Qt's offscreen and xcb platforms need a few shared libraries that a bare
# Debian image lacks. Install them only when missing, and only when we can.
set -euo pipefail
needed=(libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0)
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
missing=()
for i in "${!needed[@]}"; do
  if ! ldconfig -p | grep -q "${needed[$i]}"; then
    missing+=("${packages[$i]}")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "Qt needs these system packages: ${missing[*]} (install them, then run make again)" >&2
  exit 1
fi
echo "Installing system libraries Qt needs: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
