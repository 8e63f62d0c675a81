#!/bin/sh
# Runs fork_pingpong (20,000 IPC round trips) under node and jsproc (and bun
# when BUN names its binary, and a second jsproc when BASE names one, e.g.
# a build of an earlier commit) in alternation, RUNS times each, and prints
# the median round trips per second of each and their ratios to node.
# Usage: bench/run_fork_pingpong.sh [jsproc] [runs]
# With CHILD_ONLY=1 every run uses a node parent, and only the forked child
# differs: this measures jsproc's child side.
# With SERIALIZATION=advanced the channel uses node's 'advanced' (V8
# structured clone) serialization instead of JSON.
set -e
[ -n "$SERIALIZATION" ] && export FORK_SERIALIZATION="$SERIALIZATION"
dir=$(cd "$(dirname "$0")" && pwd)
jsproc=${1:-/tmp/jsproc-bench}
runs=${2:-5}
if [ ! -x "$jsproc" ]; then
	(cd "$dir/.." && go build -o "$jsproc" ./cmd/jsproc)
fi
node=$(command -v node)
set -- "node=$node" "jsproc=$jsproc"
[ -n "$BASE" ] && set -- "$@" "base=$BASE"
[ -n "$BUN" ] && set -- "$@" "bun=$BUN"
out=$(mktemp)
i=0
while [ $i -lt "$runs" ]; do
	for rt in "$@"; do
		name=${rt%%=*}
		bin=${rt#*=}
		if [ -n "$CHILD_ONLY" ]; then
			env -u NODE_EXTRA_CA_CERTS "$node" "$dir/fork_pingpong_exec.js" "$bin" | sed "s/^/$name /" >>"$out"
		else
			env -u NODE_EXTRA_CA_CERTS "$bin" "$dir/fork_pingpong.js" | sed "s/^/$name /" >>"$out"
		fi
	done
	i=$((i + 1))
done
env -u NODE_EXTRA_CA_CERTS "$node" -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n");
const by = {};
for (const l of lines) { const i = l.indexOf(" "); const r = JSON.parse(l.slice(i + 1)); if (r.error) { console.log(l); process.exit(1); } (by[l.slice(0, i)] ||= []).push(r.rt_per_s); }
const med = (a) => { a = a.slice().sort((x, y) => x - y); return a[a.length >> 1]; };
const res = { bench: "fork_pingpong", serialization: process.env.FORK_SERIALIZATION || "json", runs: by.node.length };
for (const k of Object.keys(by)) res[k + "_rt_per_s"] = med(by[k]);
for (const k of Object.keys(by)) if (k !== "node") res[k + "_vs_node"] = Math.round(med(by[k]) / med(by.node) * 100) / 100;
res.all = by;
console.log(JSON.stringify(res));
' "$out"
rm -f "$out"
