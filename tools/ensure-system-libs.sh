#!/usr/bin/env bash
# Qt needs a few shared libraries that a bare Debian image lacks. Install them
# only when missing, and only when we can. `--display` adds what Qt's xcb
# plugin needs to open a real window (make run); tests only need offscreen.
set -euo pipefail
needed=(libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0)
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
if [ "${1:-}" = "--display" ]; then
  needed+=(libxcb-cursor.so.0 libxkbcommon-x11.so.0 libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1
           libxcb-randr.so.0 libxcb-render-util.so.0 libxcb-shape.so.0 libxcb-xinerama.so.0 libxcb-xkb.so.1
           libX11-xcb.so.1)
  packages+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
             libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
             libx11-xcb1)
fi
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
