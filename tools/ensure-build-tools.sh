#!/usr/bin/env bash
# make dist compiles the Windows installer's WiX source with wixl (Debian's msitools project),
# so a broken installer script is caught here and in CI. Install it only when missing, and only
# when we can.
set -euo pipefail
# strace watches the frozen program's smoke test for network sockets (installer/check_frozen.sh).
command -v wixl >/dev/null && command -v wixl-heat >/dev/null && command -v strace >/dev/null && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "make dist needs wixl and strace (Debian packages wixl, strace): install them, then run make dist again" >&2
  exit 1
fi
echo "Installing wixl (compiles the installer's WiX source) and strace (watches the smoke test)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wixl strace >/dev/null
