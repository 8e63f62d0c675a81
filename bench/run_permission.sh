#!/usr/bin/env bash
# What the permission model costs: stat_files.js under node, bun and
# jsproc, each without and with its permission flags (node 20:
# --experimental-permission; bun has no permission model), alternating,
# ROUNDS rounds (default 5), medians in ns per stat.
# Usage: bench/run_permission.sh [DIR]   (where the 100,000 files live)
set -euo pipefail
cd "$(dirname "$0")"
ROUNDS=${ROUNDS:-5}
JSPROC=${JSPROC:-/tmp/jsproc-bench}
BUN=${BUN:-/tmp/bun/node_modules/.bin/bun}
DIR=${1:-${TMPDIR:-/tmp}/jsproc-stat}
(cd .. && go build -o "$JSPROC" ./cmd/jsproc)
unset NODE_EXTRA_CA_CERTS NODE_OPTIONS
node stat_files.js "$DIR" >/dev/null # make the files once
grant="--allow-fs-read=$DIR --allow-fs-read=$PWD"
declare -A runs=(
  [node]="node"
  [node_perm]="node --no-warnings --experimental-permission $grant"
  [jsproc]="$JSPROC"
  [jsproc_perm]="$JSPROC --permission $grant"
)
order=(node node_perm jsproc jsproc_perm)
if [ -x "$BUN" ]; then runs[bun]="$BUN"; order+=(bun); fi
declare -A res
for _ in $(seq "$ROUNDS"); do
  for k in "${order[@]}"; do
    v=$(${runs[$k]} stat_files.js "$DIR" | node -pe 'JSON.parse(require("fs").readFileSync(0)).per_op_ns')
    res[$k]="${res[$k]:-} $v"
  done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf "%-12s %10s\n" run "ns/stat"
for k in "${order[@]}"; do printf "%-12s %10s\n" "$k" "$(echo "${res[$k]}" | median)"; done
