#!/usr/bin/env bash
# Runs the child_process benchmarks under node and jsproc alternately
# (ROUNDS rounds, default 3) and prints each figure's median and the
# jsproc/node ratio. Higher is better for MiB/s, lower for µs and ns.
# Usage: bench/run.sh [bench ...]   (names without .js; default: all)
set -euo pipefail
cd "$(dirname "$0")"
ROUNDS=${ROUNDS:-3}
JSPROC=${JSPROC:-/tmp/jsproc-bench}
(cd .. && go build -o "$JSPROC" ./cmd/jsproc)
unset NODE_EXTRA_CA_CERTS NODE_OPTIONS
benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
  benches=(spawn_seq spawn_par exec_seq execfile_seq stream_throughput stdin_throughput lines lines_await spawnsync_seq)
fi
# figure prints the bench's headline number from its JSON line.
figure() {
  node -e '
    const l = require("fs").readFileSync(0, "utf8").trim().split("\n").pop();
    const j = JSON.parse(l);
    if (j.error) { console.log("error:" + j.error); process.exit(0); }
    for (const k of ["per_op_us", "mib_s", "per_op_ns"]) if (k in j) { console.log(k + " " + j[k]); break; }'
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf "%-18s %-10s %12s %12s %8s\n" bench unit node jsproc ratio
for b in "${benches[@]}"; do
  if [ "$b" = lines ] && ! "$JSPROC" -e "require('readline')" >/dev/null 2>&1; then
    printf "%-18s skipped: jsproc has no readline module yet\n" "$b"
    continue
  fi
  n=(); j=(); unit=
  for _ in $(seq "$ROUNDS"); do
    r=$(node "$b.js" | figure); unit=${r%% *}; n+=("${r#* }")
    r=$("$JSPROC" "$b.js" | figure); j+=("${r#* }")
  done
  nm=$(printf "%s\n" "${n[@]}" | median)
  jm=$(printf "%s\n" "${j[@]}" | median)
  ratio=$(awk -v a="$jm" -v b="$nm" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  printf "%-18s %-10s %12s %12s %8s\n" "$b" "$unit" "$nm" "$jm" "$ratio"
done
