#!/bin/sh
# Runs fork_pingpong (20,000 IPC round trips) under node and jsproc in
# alternation, RUNS times each, and prints the median round trips per
# second of each and their ratio. Usage: bench/run_fork_pingpong.sh [jsproc] [runs]
# With CHILD_ONLY=1 both runs use a node parent, and only the forked child
# differs (node vs jsproc): this measures jsproc's child side.
set -e
dir=$(cd "$(dirname "$0")" && pwd)
jsproc=${1:-/tmp/jsproc-bench}
runs=${2:-5}
if [ ! -x "$jsproc" ]; then
	(cd "$dir/.." && go build -o "$jsproc" ./cmd/jsproc)
fi
node=$(command -v node)
out=$(mktemp)
i=0
while [ $i -lt "$runs" ]; do
	if [ -n "$CHILD_ONLY" ]; then
		env -u NODE_EXTRA_CA_CERTS "$node" "$dir/fork_pingpong_exec.js" "$node" | sed 's/^/node /' >>"$out"
		env -u NODE_EXTRA_CA_CERTS "$node" "$dir/fork_pingpong_exec.js" "$jsproc" | sed 's/^/jsproc /' >>"$out"
	else
		env -u NODE_EXTRA_CA_CERTS "$node" "$dir/fork_pingpong.js" | sed 's/^/node /' >>"$out"
		env -u NODE_EXTRA_CA_CERTS "$jsproc" "$dir/fork_pingpong.js" | sed 's/^/jsproc /' >>"$out"
	fi
	i=$((i + 1))
done
env -u NODE_EXTRA_CA_CERTS "$node" -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n");
const by = { node: [], jsproc: [] };
for (const l of lines) { const i = l.indexOf(" "); const r = JSON.parse(l.slice(i + 1)); if (r.error) { console.log(l); process.exit(1); } by[l.slice(0, i)].push(r.rt_per_s); }
const med = (a) => { a = a.slice().sort((x, y) => x - y); return a[a.length >> 1]; };
const n = med(by.node), j = med(by.jsproc);
console.log(JSON.stringify({ bench: "fork_pingpong", runs: by.node.length, node_rt_per_s: n, jsproc_rt_per_s: j, ratio: Math.round(j / n * 100) / 100, all: by }));
' "$out"
rm -f "$out"
