#!/usr/bin/env bash
# The frozen program's smoke test, watched: it must paint its window and make the encrypted
# database in a new data folder (set up from the environment, as a silent install does), open no
# network socket (strace: no socket() or connect() of an internet family; local AF_UNIX ones, such
# as the C library asking nscd for the user's name, are not the network), and write nothing
# outside its data folder and the user's settings file (a clean HOME and TMPDIR are searched).
# Usage: installer/check_frozen.sh dist/dischargeplanner build/frozen-check
set -euo pipefail
bundle=$(realpath "$1")
rm -rf "$2"
mkdir -p "$2/home" "$2/tmp"
work=$(realpath "$2")
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$work/home" TMPDIR="$work/tmp" QT_QPA_PLATFORM=offscreen \
  DISCHARGEPLANNER_USER=royktest DISCHARGEPLANNER_PASSWORD="bare for røyktesten her" \
  strace -f -qq -e trace=socket,connect -o "$work/network.log" \
  "$bundle/dischargeplanner-cli" --smoke-test --data-dir "$work/data" > /dev/null
test -f "$work/data/dischargeplanner.sqlite3"
if grep -E "AF_INET|AF_INET6|AF_PACKET" "$work/network.log" >&2; then
  echo "the frozen program opened network sockets (above)" >&2
  exit 1
fi
written=$(cd "$work" && find home tmp -type f | grep -v -x "home/.config/dischargeplanner/vindu.ini" || true)
if [ -n "$written" ]; then
  echo "the frozen program wrote outside its data folder and settings:" >&2
  echo "$written" >&2
  exit 1
fi
echo "frozen program: smoke test passed; no network sockets; wrote only $(cd "$work" && find data -type f | tr '\n' ' ')and its settings file"
