'use strict';
// internal/test_runner/location: where a test was declared (the file, line
// and column of the test()/it()/t.test() call), as node reports it in a
// failing test's `location`.

// A stack frame's position: "(file:line:col)" or "file:line:col", with
// the engine's bytecode offset "(n)" after it.
const framePos = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)(?:\(\d+\))?\)?$/;

// caller returns the position of the first frame outside node's own
// modules, or undefined.
function caller() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return undefined;
  for (const line of stack.split('\n')) {
    const m = framePos.exec(line);
    if (!m) continue;
    let file = m[1];
    if (file.startsWith('file://')) file = require('url').fileURLToPath(file);
    if (file.startsWith('node:') || file === 'native' || !file.includes('/')) continue;
    return { file, line: +m[2], column: +m[3] };
  }
  return undefined;
}

const sources = new Map();

// callColumn turns the column the engine gives a call (its opening
// parenthesis) into node's: where the called name starts (`test` of
// `test(`, `skip` of `it.skip(`).
function callColumn(loc) {
  let text = sources.get(loc.file);
  if (text === undefined) {
    try {
      text = require('fs').readFileSync(loc.file, 'utf8').split(/\r?\n/);
    } catch {
      text = null;
    }
    sources.set(loc.file, text);
  }
  const line = text && text[loc.line - 1];
  if (typeof line !== 'string') return loc.column;
  let i = loc.column - 1;
  if (line[i] !== '(') return loc.column;
  i--;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
  let end = i;
  while (i >= 0 && /[\w$]/.test(line[i])) i--;
  if (i === end) return loc.column;
  return i + 2;
}

function format(loc) {
  if (loc.formatted === undefined) loc.formatted = `${loc.file}:${loc.line}:${callColumn(loc)}`;
  return loc.formatted;
}

// relative is the position with the file relative to the working
// directory, as node names a test in a file-level diagnostic.
function relative(loc) {
  return `${require('path').relative(process.cwd(), loc.file)}:${loc.line}:${callColumn(loc)}`;
}

module.exports = { caller, format, relative };
