#!/usr/bin/env bash
# Whole-process extraction speed of tldr4j next to Mozilla's Readability.js (jsdom), on the same
# pages in the same run: each process reads the pages, extracts every page once (no warm-up pass)
# and writes the texts; /usr/bin/time gives its wall-clock and CPU time (user + sys, all threads,
# start-up and JIT included). The machine may be loaded: compare CPU seconds, and rows of one run.
#
#   npm install --prefix /tmp/readability-peer @mozilla/readability jsdom
#   summarizer-benchmarks/peers/speed.sh ../shared/data/extraction/scrapinghub-dev.jsonl [ROUNDS]
#
# ROUNDS (default 3) runs of each, alternating; the table gives each run and the best CPU time.
# READABILITY_MODULES (default /tmp/readability-peer/node_modules) is where npm put the packages.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${1:?usage: speed.sh PAGES.jsonl [ROUNDS]}"
ROUNDS="${2:-3}"
MODULES="${READABILITY_MODULES:-/tmp/readability-peer/node_modules}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$ROOT/bench" extract --data "$DATA" --only-extract >/dev/null # builds benchmarks.jar if needed
JAR="$ROOT/summarizer-benchmarks/target/benchmarks.jar"
PAGES="$(grep -c . "$DATA")"
MB="$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["html"].encode()) for l in open(sys.argv[1]) if l.strip())/1e6)' "$DATA")"

printf '%s pages, %.2f MB of HTML, whole process per run\n\n' "$PAGES" "$MB"
printf '%-14s %5s %8s %8s %9s %8s %9s %8s\n' system run wall_s cpu_s pages/s MB/s pages/cpu MB/cpu
row() { # name run wall user sys
  awk -v n="$1" -v r="$2" -v w="$3" -v u="$4" -v s="$5" -v p="$PAGES" -v m="$MB" \
    'BEGIN { c = u + s; printf "%-14s %5s %8.2f %8.2f %9.1f %8.2f %9.1f %8.2f\n", n, r, w, c, p / w, m / w, p / c, m / c }'
}
for round in $(seq 1 "$ROUNDS"); do
  /usr/bin/time -f '%e %U %S' -o "$TMP/java.time" \
    java -cp "$JAR" io.github.tldr4j.benchmarks.Bench extract --data "$DATA" --only-extract \
    --dump "$TMP/tldr4j.jsonl" >/dev/null
  read -r wall user sys <"$TMP/java.time"
  row tldr4j "$round" "$wall" "$user" "$sys"
  /usr/bin/time -f '%e %U %S' -o "$TMP/node.time" \
    env NODE_PATH="$MODULES" node "$ROOT/summarizer-benchmarks/peers/readability.js" "$DATA" \
    "$TMP/readability.jsonl" --once
  read -r wall user sys <"$TMP/node.time"
  row readability.js "$round" "$wall" "$user" "$sys"
done
