// The shared driver of go_lines_*.js: the same chunks through a child's
// stdout (a Go-backed pipe: lines split in Go under jsproc) and through a
// PassThrough (the JS path), so each scenario can show the two agree.
const { spawn } = require('child_process');
const { PassThrough } = require('stream');
const path = require('path');
const net = require('net');

// source(kind, chunks) returns (a promise of) { input, next(), done }:
// next() sends the next chunk (after the last, the input ends). kind is
// 'pipe' (a child's stdout), 'socket' (a TCP connection's reading side)
// or 'passthrough'.
function source(kind, chunks) {
  if (kind === 'socket') {
    return new Promise((resolve) => {
      let conn = null;
      let sent = 0;
      const early = [];
      const srv = net.createServer((c) => {
        conn = c;
        for (const f of early) f();
        srv.close();
      });
      srv.listen(0, '127.0.0.1', () => {
        const send = () => {
          if (sent < chunks.length) conn.write(Buffer.from(chunks[sent++]));
          if (sent === chunks.length) conn.end();
        };
        resolve({
          input: net.connect(srv.address().port, '127.0.0.1'),
          next() {
            if (conn === null) early.push(send);
            else send();
          },
          get done() { return sent >= chunks.length; },
        });
      });
    });
  }
  if (kind === 'pipe') {
    const child = spawn(process.execPath, [path.join(__dirname, '_feeder.js')], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: Object.assign({}, process.env, chunks.lines
        ? { LINES: chunks.lines }
        : { CHUNKS: JSON.stringify(chunks.map((c) => Buffer.from(c).toString('hex'))) }),
    });
    let sent = 0;
    return {
      input: child.stdout,
      next() {
        if (sent++ < chunks.length) child.stdin.write('\n');
        if (sent === chunks.length) child.stdin.end();
      },
      get done() { return sent >= chunks.length; },
    };
  }
  const pt = new PassThrough();
  let sent = 0;
  return {
    input: pt,
    next() {
      if (sent < chunks.length) pt.write(Buffer.from(chunks[sent++]));
      if (sent === chunks.length) pt.end();
    },
    get done() { return sent >= chunks.length; },
  };
}

// goState reports, under jsproc, whether an Interface splits its input in
// Go ('go'/'js'); under node (no such state) undefined.
function goState(rl) {
  const sym = Object.getOwnPropertySymbols(rl).find((s) => s.description === 'lineReader');
  if (sym === undefined) return undefined;
  return rl[sym] !== undefined ? 'go' : 'js';
}

// every(ms, src) sends the chunks one by one, ms apart.
function every(ms, src) {
  const t = setInterval(() => {
    src.next();
    if (src.done) clearInterval(t);
  }, ms);
}

// started notes, under jsproc, when an Interface over the pipe does not
// start on the Go path.
function started(src, rl, log) {
  const st = goState(rl);
  if (src.kind !== 'passthrough' && st !== undefined && st !== 'go') log('UNEXPECTED: started on the ' + st + ' path');
}

function fmt(args) {
  return args.map((x) => (typeof x === 'string' ? JSON.stringify(x) : String(x))).join(' ');
}

// compare runs scenario(src, log) (which returns a promise of its
// Interface once it is over) on a Go-backed source (goKind: the pipe, or
// a socket), then on the PassThrough, and prints the first's log and
// whether the PassThrough's agrees. end says which path the Go-backed
// source's Interface should end on under jsproc: 'go', or 'js' after a
// fallback.
async function compare(name, chunks, end, scenario, goKind = 'pipe') {
  const logs = {};
  for (const kind of [goKind, 'passthrough']) {
    const log = [];
    const src = await source(kind, chunks);
    src.kind = kind;
    const rl = await scenario(src, (...a) => log.push(fmt(a)));
    const st = goState(rl);
    if (kind === goKind && st !== undefined && st !== end) log.push('UNEXPECTED: ended on the ' + st + ' path');
    logs[kind] = log;
  }
  console.log('== ' + name + ' (' + goKind + ')');
  for (const l of logs[goKind]) console.log('  ' + l);
  const same = JSON.stringify(logs[goKind]) === JSON.stringify(logs.passthrough);
  console.log('  passthrough agrees: ' + same);
  if (!same) for (const l of logs.passthrough) console.log('  passthrough: ' + l);
}

module.exports = { source, every, compare, started };
