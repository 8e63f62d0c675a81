// The shared driver of go_lines_*.js: the same chunks through a child's
// stdout (a Go-backed pipe: lines split in Go under jsproc) and through a
// PassThrough (the JS path), so each scenario can show the two agree.
const { spawn } = require('child_process');
const { PassThrough } = require('stream');
const path = require('path');

// source(kind, chunks) returns { input, next(), done }: next() sends the
// next chunk (after the last, the input ends).
function source(kind, chunks) {
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
  if (src.kind === 'pipe' && st !== undefined && st !== 'go') log('UNEXPECTED: started on the ' + st + ' path');
}

function fmt(args) {
  return args.map((x) => (typeof x === 'string' ? JSON.stringify(x) : String(x))).join(' ');
}

// compare runs scenario(src, log) (which returns a promise of its
// Interface once it is over) on the pipe, then on the PassThrough, and
// prints the pipe's log and whether the PassThrough's agrees. end says
// which path the pipe's Interface should end on under jsproc: 'go', or
// 'js' after a fallback.
async function compare(name, chunks, end, scenario) {
  const logs = {};
  for (const kind of ['pipe', 'passthrough']) {
    const log = [];
    const src = source(kind, chunks);
    src.kind = kind;
    const rl = await scenario(src, (...a) => log.push(fmt(a)));
    const st = goState(rl);
    if (kind === 'pipe' && st !== undefined && st !== end) log.push('UNEXPECTED: ended on the ' + st + ' path');
    logs[kind] = log;
  }
  console.log('== ' + name);
  for (const l of logs.pipe) console.log('  ' + l);
  const same = JSON.stringify(logs.pipe) === JSON.stringify(logs.passthrough);
  console.log('  passthrough agrees: ' + same);
  if (!same) for (const l of logs.passthrough) console.log('  passthrough: ' + l);
}

module.exports = { source, every, compare, started };
