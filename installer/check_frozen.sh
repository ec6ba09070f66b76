#!/usr/bin/env bash
# The frozen program's smoke test, watched: it must paint its window and make the encrypted
# database in a new data folder (set up from the environment, as a silent install does), open no
# network socket (strace: no socket() or connect() of an internet family; local AF_UNIX ones, such
# as the C library asking nscd for the user's name, are not the network), and write nothing
# outside its data folder and the user's settings file (a clean HOME and TMPDIR are searched).
# Then the frozen command line makes a demo ward, every kind of document from it (the handover in
# Nynorsk: the phrase files and the checklist's Nynorsk are in the bundle, read back with the
# build's own pypdf), a backup and a check, and the window paints the ward with its 13 plans.
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

env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$work/home" TMPDIR="$work/tmp" QT_QPA_PLATFORM=offscreen \
  DISCHARGEPLANNER_USER=royktest DISCHARGEPLANNER_PASSWORD="bare for røyktesten her" \
  sh -c 'cli="$1/dischargeplanner-cli"; demo="--data-dir $2/demo"
    "$cli" demo $demo --count 13 > /dev/null &&
    "$cli" export 12 --kind kommune --language nn --out "$2/nynorsk.pdf" $demo &&
    "$cli" export 12 --kind patient --out "$2/patient.pdf" $demo &&
    "$cli" export 12 --kind meeting --out "$2/minutes.pdf" $demo &&
    "$cli" export 12 --kind accesslog --out "$2/accesslog.pdf" $demo &&
    "$cli" list $demo && "$cli" backup $demo && "$cli" check $demo &&
    "$cli" --smoke-test $demo' \
  sh "$bundle" "$work" > /dev/null
python3=${PYTHON:-.venv/bin/python}
"$python3" - "$work/nynorsk.pdf" <<'PY'
import sys
from pypdf import PdfReader

text = "".join(page.extract_text() for page in PdfReader(sys.argv[1]).pages)
for word in ("Bustad", "Overføring ved utskriving", "Underlagt teieplikt"):
    if word not in text:
        sys.exit(f"the frozen program's Nynorsk handover lacks «{word}»")
print(f"frozen program: Nynorsk handover of a demo plan made ({len(PdfReader(sys.argv[1]).pages)} pages)")
PY
