#!/usr/bin/env bash
# Runs the child_process benchmarks under node, jsproc and (when BUN names
# its binary) bun alternately (ROUNDS rounds, default 3) and prints each
# figure's median, the jsproc/node ratio and each runtime's median peak RSS
# in MB (/usr/bin/time). Higher is better for MiB/s, lower for µs and ns.
# With BEFORE naming another jsproc binary (an earlier build), its figures
# come in a column of their own, measured in the same rounds.
# startup, exec_hello, zx and execa are whole scripts timed from outside:
# their figure is the median wall time in ms of WALLREPS runs (default 10)
# per round. zx and execa run the scripts in internal/clients/testdata,
# whose packages are installed there with npm ci when missing.
# jsproc is built as the README builds the binary, with CGO_ENABLED=0:
# static, with no dynamic loader or C library to start (about 1.5 ms of
# CPU per start-up).
# Usage: [BUN=/path/to/bun] [BEFORE=/path/to/jsproc] bench/run.sh [bench ...]
#        (names without .js; default: all)
set -euo pipefail
cd "$(dirname "$0")"
ROUNDS=${ROUNDS:-3}
JSPROC=${JSPROC:-/tmp/jsproc-bench}
BUN=${BUN:-}
BEFORE=${BEFORE:-}
if [ -z "${NOBUILD:-}" ]; then (cd .. && CGO_ENABLED=0 go build -o "$JSPROC" ./cmd/jsproc); fi
unset NODE_EXTRA_CA_CERTS NODE_OPTIONS
benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
  benches=(spawn_seq spawn_par exec_seq execfile_seq stream_throughput stdin_throughput lines lines_await spawnsync_seq
    exec_maxbuffer stdin_small_writes stdout_lines sha256_throughput exec_concat fork_pingpong startup exec_hello zx execa)
fi
WALLREPS=${WALLREPS:-10}
clients=../internal/clients/testdata
for b in "${benches[@]}"; do
  if [[ $b == zx || $b == execa ]] && [ ! -d "$clients/node_modules/$b" ]; then
    (cd "$clients" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
# script names a bench's file.
script() {
  case $1 in
  zx | execa) echo "$clients/_bench_$1.mjs" ;;
  *) echo "$1.js" ;;
  esac
}
# wall says whether a bench is timed from outside as a whole process.
wall() { [[ $1 == startup || $1 == exec_hello || $1 == zx || $1 == execa ]]; }
# figure prints the bench's headline number from its JSON line.
figure() {
  node -e '
    const l = require("fs").readFileSync(0, "utf8").trim().split("\n").pop() || "{}";
    const j = JSON.parse(l);
    if (j.error) { console.log("error:" + j.error + " 0"); process.exit(0); }
    for (const k of ["per_op_us", "mib_s", "per_op_ns"]) if (k in j) { console.log(k + " " + j[k]); break; }'
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rss=$(mktemp)
trap 'rm -f "$rss"' EXIT
# one runs a bench under a runtime and prints "unit figure rssMB cpu",
# cpu being its user+system seconds (children included), the steadier
# figure on a loaded machine.
one() {
  local r s ms=() m=() c=()
  if wall "$2"; then
    for _ in $(seq "$WALLREPS"); do
      s=$(date +%s%N)
      /usr/bin/time -f "%M %U %S" -o "$rss" "$1" "$(script "$2")" >/dev/null
      ms+=("$(awk -v a="$s" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')")
      read -r mm cc < <(awk '{printf "%d %.3f\n", $1 / 1024, $2 + $3}' "$rss"); m+=("$mm"); c+=("$cc")
    done
    echo "wall_ms $(printf "%s\n" "${ms[@]}" | median) $(printf "%s\n" "${m[@]}" | median) $(printf "%s\n" "${c[@]}" | median)"
    return
  fi
  r=$(/usr/bin/time -f "%M %U %S" -o "$rss" "$1" "$(script "$2")" | figure)
  echo "$r $(awk '{printf "%d %.2f", $1 / 1024, $2 + $3}' "$rss")"
}
printf "%-18s %-10s %10s %10s %10s %10s %7s   %s\n" bench unit node bun before jsproc j/node "peak RSS MB | cpu s, node/bun/before/jsproc"
for b in "${benches[@]}"; do
  n=(); u=(); o=(); j=(); nr=(); ur=(); or=(); jr=(); nc=(); uc=(); oc=(); jc=(); unit=
  for _ in $(seq "$ROUNDS"); do
    read -r unit f m c < <(one node "$b"); n+=("$f"); nr+=("$m"); nc+=("$c")
    if [ -n "$BUN" ]; then read -r _ f m c < <(one "$BUN" "$b"); u+=("$f"); ur+=("$m"); uc+=("$c"); fi
    if [ -n "$BEFORE" ]; then read -r _ f m c < <(one "$BEFORE" "$b"); o+=("$f"); or+=("$m"); oc+=("$c"); fi
    read -r _ f m c < <(one "$JSPROC" "$b"); j+=("$f"); jr+=("$m"); jc+=("$c")
  done
  nm=$(printf "%s\n" "${n[@]}" | median); nrm=$(printf "%s\n" "${nr[@]}" | median); ncm=$(printf "%s\n" "${nc[@]}" | median)
  jm=$(printf "%s\n" "${j[@]}" | median); jrm=$(printf "%s\n" "${jr[@]}" | median); jcm=$(printf "%s\n" "${jc[@]}" | median)
  um=-; urm=-; ucm=-; om=-; orm=-; ocm=-
  if [ -n "$BUN" ]; then um=$(printf "%s\n" "${u[@]}" | median); urm=$(printf "%s\n" "${ur[@]}" | median); ucm=$(printf "%s\n" "${uc[@]}" | median); fi
  if [ -n "$BEFORE" ]; then om=$(printf "%s\n" "${o[@]}" | median); orm=$(printf "%s\n" "${or[@]}" | median); ocm=$(printf "%s\n" "${oc[@]}" | median); fi
  ratio=$(awk -v a="$jm" -v b="$nm" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  printf "%-18s %-10s %10s %10s %10s %10s %7s   %s/%s/%s/%s | %s/%s/%s/%s\n" "$b" "$unit" "$nm" "$um" "$om" "$jm" "$ratio" \
    "$nrm" "$urm" "$orm" "$jrm" "$ncm" "$ucm" "$ocm" "$jcm"
done
