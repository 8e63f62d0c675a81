#!/usr/bin/env bash
# Compares node, bun (when BUN names its binary) and jsproc on three
# figures, alternating the runtimes over ROUNDS rounds (default 3), and
# prints each figure's median and its ratio to node's:
#   hello    requests/s of bench/http_hello.js under 50 keep-alive
#            connections from bench/httpload (DURATION each, default 5s)
#   fetch    MiB/s of bench/fetch_big.js reading 1 GiB from a node server
#   workers  speed-up of 4 workers over 1 in bench/worker_scaling.js
# Higher is better for all three. Everything stays on 127.0.0.1.
# Usage: BUN=/path/to/bun bench/run_http.sh [path/to/jsproc]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5s}
JSPROC=${1:-/tmp/jsproc-bench}
[ -n "${1:-}" ] || go build -o "$JSPROC" ./cmd/jsproc
LOAD=/tmp/httpload-bench
go build -o "$LOAD" ./bench/httpload
unset NODE_EXTRA_CA_CERTS NODE_OPTIONS
names=(node); bins=(node)
if [ -n "${BUN:-}" ]; then names+=(bun); bins+=("$BUN"); fi
names+=(jsproc); bins+=("$JSPROC")
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A res
port=8130
node bench/http_big.js 8131 & big=$!
trap 'kill $big 2>/dev/null || true' EXIT
sleep 0.5
for _ in $(seq "$ROUNDS"); do
	for i in "${!bins[@]}"; do
		rt=${bins[$i]}; name=${names[$i]}
		port=$((port == 8130 ? 8132 : 8130))
		"$rt" bench/http_hello.js "$port" & pid=$!
		sleep 1
		r=$("$LOAD" -c 50 -d "$DURATION" "http://127.0.0.1:$port/" | sed -n 's/.*: \([0-9]*\) req\/s.*/\1/p')
		kill "$pid"; wait "$pid" 2>/dev/null || true
		res[hello,$name]+="${r:-0} "
		r=$("$rt" bench/fetch_big.js http://127.0.0.1:8131/ | sed -n 's/.*: \([0-9.]*\) MiB\/s.*/\1/p')
		res[fetch,$name]+="${r:-0} "
		r=$("$rt" bench/worker_scaling.js | sed -n 's/.*"speedup":\([0-9.]*\).*/\1/p')
		res[workers,$name]+="${r:-0} "
	done
done
printf "%-8s" figure; for name in "${names[@]}"; do printf " %12s" "$name"; done
for name in "${names[@]:1}"; do printf " %12s" "$name/node"; done; echo
for f in hello fetch workers; do
	printf "%-8s" "$f"; declare -A med=()
	for name in "${names[@]}"; do
		med[$name]=$(printf "%s\n" ${res[$f,$name]} | median)
		printf " %12s" "${med[$name]}"
	done
	for name in "${names[@]:1}"; do
		printf " %12s" "$(awk -v a="${med[$name]}" -v b="${med[node]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
	done
	echo
	unset med
done
echo "runs per figure: $ROUNDS; load: $(cut -d' ' -f1-3 /proc/loadavg)"
