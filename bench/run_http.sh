#!/bin/sh
# Compares hello-world HTTP servers (requests/s under 50 keep-alive
# connections) and fetch download throughput (1 GiB from a local node
# server) across node, bun (when BUN names it) and jsproc. Everything
# stays on 127.0.0.1. Usage: bench/run_http.sh [path/to/jsproc]
set -e
cd "$(dirname "$0")/.."
JSPROC=${1:-/tmp/jsproc-bench}
[ -n "$1" ] || go build -o "$JSPROC" ./cmd/jsproc
LOAD=/tmp/httpload-bench
go build -o "$LOAD" ./bench/httpload
runtimes="node $JSPROC"
[ -n "$BUN" ] && runtimes="node $BUN $JSPROC"
for rt in $runtimes; do
	$rt bench/http_hello.js 8130 & pid=$!
	sleep 1
	printf '%s hello: ' "$rt"
	"$LOAD" -c 50 -d 5s http://127.0.0.1:8130/
	kill $pid; wait $pid 2>/dev/null || true
done
node bench/http_big.js 8131 & big=$!
sleep 0.5
for rt in $runtimes; do
	printf '%s fetch 1 GiB: ' "$rt"
	$rt bench/fetch_big.js http://127.0.0.1:8131/
done
kill $big
