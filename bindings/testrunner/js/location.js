'use strict';
// internal/test_runner/location: where a test was declared (the file, line
// and column of the test()/it()/t.test() call), as node reports it in a
// failing test's `location`. The call's stack is captured when the test is
// declared and read only when a report needs it.

const { fileURLToPath } = require('url');
const path = require('path');

// A stack frame's position: "(file:line:col)" or "file:line:col".
const framePos = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;

// caller captures the stack of the call that declares a test.
function caller() {
  const holder = {};
  Error.captureStackTrace(holder, caller);
  return holder;
}

// position is the first frame of a captured stack outside node's own
// modules, or null.
function position(loc) {
  if (loc.position !== undefined) return loc.position;
  loc.position = null;
  const stack = loc.stack;
  if (typeof stack !== 'string') return null;
  for (const line of stack.split('\n')) {
    const m = framePos.exec(line);
    if (!m) continue;
    let file = m[1];
    if (file.startsWith('node:') || !file.includes('/')) continue;
    if (file.startsWith('file://')) file = fileURLToPath(file);
    loc.position = { file, line: m[2], column: m[3] };
    break;
  }
  return loc.position;
}

// format is the position as a failing test's location: absolute path.
function format(loc) {
  const p = position(loc);
  return p && `${p.file}:${p.line}:${p.column}`;
}

// relative is the position with the file relative to the working
// directory, as node names a test in a file-level diagnostic.
function relative(loc) {
  const p = position(loc);
  return p && `${path.relative(process.cwd(), p.file)}:${p.line}:${p.column}`;
}

module.exports = { caller, format, relative };
