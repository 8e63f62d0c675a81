// A child for go_lines_*.js: writes the chunks in $CHUNKS (hex strings, in
// JSON) or of lineChunks($LINES, as "n,per") to stdout one by one, each
// when a line arrives on stdin, and exits after the last.
const chunks = process.env.LINES
  ? require('./_linechunks')(...process.env.LINES.split(',').map(Number))
  : JSON.parse(process.env.CHUNKS).map((h) => Buffer.from(h, 'hex'));
let i = 0;
process.stdin.on('data', (d) => {
  for (const c of String(d)) {
    if (c !== '\n' || i >= chunks.length) continue;
    const last = ++i === chunks.length;
    process.stdout.write(chunks[i - 1], () => {
      if (last) process.exit(0);
    });
  }
});
