#!/usr/bin/env bash
# Runs bench/h2_bench.js (an h2c server and its client in one process)
# under node, bun (when BUN names its binary) and jsproc alternately,
# ROUNDS rounds (default 3), and prints each figure's median per runtime
# and jsproc's ratio to node. Figures ending in _cpu are the process's CPU
# time per request (µs) or per MiB (µs): lower is better; the others are
# requests/s or MiB/s: higher is better. N and BIG are the script's
# arguments (requests per phase, MiB of the large bodies). BEFORE may name
# another jsproc binary (an earlier build), measured in the same rounds.
# Usage: [BUN=/path/to/bun] [BEFORE=/path/to/jsproc] [ROUNDS=3] [N=20000] [BIG=256] bench/run_h2.sh [path/to/jsproc]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
N=${N:-20000}
BIG=${BIG:-256}
JSPROC=${1:-/tmp/jsproc-bench}
[ -n "${1:-}" ] || go build -o "$JSPROC" ./cmd/jsproc
unset NODE_EXTRA_CA_CERTS NODE_OPTIONS
names=(node); bins=(node)
if [ -n "${BUN:-}" ]; then names+=(bun); bins+=("$BUN"); fi
if [ -n "${BEFORE:-}" ]; then names+=(before); bins+=("$BEFORE"); fi
names+=(jsproc); bins+=("$JSPROC")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for _ in $(seq "$ROUNDS"); do
	for i in "${!bins[@]}"; do
		echo "${names[$i]} $("${bins[$i]}" bench/h2_bench.js "$N" "$BIG" | tail -1)" >>"$out"
	done
done
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n");
const runs = {};
const keys = [];
for (const l of lines) {
  const i = l.indexOf(" ");
  const name = l.slice(0, i);
  let j;
  try { j = JSON.parse(l.slice(i + 1)); } catch { j = { error: "no output" }; }
  if (j.error) { console.log(name + " error: " + j.error); continue; }
  for (const k of Object.keys(j)) if (!keys.includes(k)) keys.push(k);
  (runs[name] = runs[name] || []).push(j);
}
const names = Object.keys(runs);
const median = (a) => { a = a.slice().sort((x, y) => x - y); return a[(a.length - 1) >> 1]; };
const pad = (s, n) => String(s).padStart(n);
console.log("figure".padEnd(22) + names.map((n) => pad(n, 10)).join("") + pad("jsproc/node", 13));
for (const k of keys) {
  const m = names.map((n) => median(runs[n].map((j) => j[k])));
  const node = m[names.indexOf("node")], js = m[names.indexOf("jsproc")];
  console.log(k.padEnd(22) + m.map((v) => pad(v, 10)).join("") + pad(node ? (js / node).toFixed(2) : "-", 13));
}
' "$out"
echo "runs per figure: $ROUNDS; load: $(cut -d' ' -f1-3 /proc/loadavg)"
