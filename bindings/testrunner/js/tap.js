'use strict';
// internal/test_runner/tap: the TAP version 13 lines node's default
// reporter writes when stdout is not a terminal. Each function returns the
// text of one report event; the runner queues them in order.


const lineBreak = /\r?\n|\r/;
const frameStart = /^\s*at /;
// jsproc's engine appends the bytecode offset to a frame's position
// ("file.js:4:31(3)"); node's frames have none.
const frameOffset = /(:\d+:\d+)\(\d+\)(\)?)$/;

// The failure types whose cause is the user's own error: its message,
// code, name and stack are reported in place of the wrapper's.
const unwrapped = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException', 'unhandledRejection']);

const indents = [];
function indent(nesting) {
  if (indents[nesting] === undefined) indents[nesting] = '    '.repeat(nesting);
  return indents[nesting];
}

// escape escapes what TAP gives a meaning to (#, \) and control characters;
// as in node, the backslash of a control character's escape is doubled too.
const needsEscape = /[\b\f\t\n\r\v\\#]/;

function escape(text) {
  text = String(text);
  if (!needsEscape.test(text)) return text;
  let s = '';
  for (const ch of String(text)) {
    switch (ch) {
      case '\b': s += '\\\\b'; break;
      case '\f': s += '\\\\f'; break;
      case '\t': s += '\\\\t'; break;
      case '\n': s += '\\\\n'; break;
      case '\r': s += '\\\\r'; break;
      case '\v': s += '\\\\v'; break;
      case '\\': s += '\\\\'; break;
      case '#': s += '\\#'; break;
      default: s += ch;
    }
  }
  return s;
}

function show(value) {
  // A finite number prints as inspect prints it, without loading inspect
  // for every test's duration.
  if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) return String(value);
  const { inspect } = require('util');
  try {
    return inspect(value);
  } catch {
    return inspect(value, { customInspect: false });
  }
}

function version() { return 'TAP version 13\n'; }

function end() { return ''; }

function start(nesting, name) { return `${indent(nesting)}# Subtest: ${escape(name)}\n`; }

function plan(nesting, count) { return `${indent(nesting)}1..${count}\n`; }

function diagnostic(nesting, message) { return `${indent(nesting)}# ${escape(message)}\n`; }

// result is the "ok"/"not ok" line of a test and its YAML block.
// directive is { skip } or { todo } (a string or true) or undefined.
function result(nesting, number, passed, name, directive, details, location) {
  let line = `${indent(nesting)}${passed ? 'ok' : 'not ok'} ${number}`;
  if (name) line += ` ${escape(`- ${name}`)}`;
  if (directive && directive.skip !== undefined) {
    line += ' # SKIP' + (typeof directive.skip === 'string' && directive.skip.length ? ` ${escape(directive.skip)}` : '');
  } else if (directive && directive.todo !== undefined) {
    line += ' # TODO' + (typeof directive.todo === 'string' && directive.todo.length ? ` ${escape(directive.todo)}` : '');
  }
  line += '\n';
  const pad = indent(nesting);
  let yaml = `${pad}  ---\n`;
  yaml += toYAML(pad, 'duration_ms', details.duration_ms);
  yaml += toYAML(pad, 'type', details.type);
  if (!passed && location) yaml += toYAML(pad, 'location', location);
  if (!passed) yaml += toYAML(pad, null, details.error, new Set());
  yaml += `${pad}  ...\n`;
  return line + yaml;
}

function isError(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
}

function assertionLike(v) {
  return v !== null && typeof v === 'object' && 'expected' in v && 'actual' in v;
}

// toYAML renders value under key name at the indentation of pad: scalars
// inline (strings of several lines as a block), objects key by key, and
// errors with their message, code, name, assertion operands and stack.
function toYAML(pad, name, value, seen) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') {
    const head = `${pad}  ${name}:`;
    if (typeof value === 'string') {
      const lines = value.split(lineBreak);
      if (lines.length === 1) return `${head} ${show(value)}\n`;
      return `${head} |-\n` + lines.map((l) => `${pad}    ${l}\n`).join('');
    }
    return `${head} ${show(value)}\n`;
  }
  seen.add(value);
  const err = isError(value);
  let out = '';
  let inner = pad;
  if (name != null) {
    out += `${pad}  ${name}:\n`;
    inner += '  ';
  }
  for (const [k, v] of Object.entries(value)) {
    if (err && (k === 'cause' || k === 'code')) continue;
    if (seen.has(v)) {
      out += `${inner}  ${k}: <Circular>\n`;
      continue;
    }
    out += toYAML(inner, k, v, seen);
  }
  if (!err) return out;
  const { cause, code, failureType, message, stack } = value;
  let msg = message ?? '<unknown error>';
  let errName = value.name;
  let errStack = stack;
  let errCode = code;
  let expected = value.expected;
  let actual = value.actual;
  let operator = value.operator;
  let assertion = assertionLike(value);
  if (code === 'ERR_TEST_FAILURE' && unwrapped.has(failureType)) {
    errStack = cause?.stack ?? undefined;
    errCode = cause?.code ?? errCode;
    errName = cause?.name ?? errName;
    if (assertionLike(cause)) {
      expected = cause.expected;
      actual = cause.actual;
      operator = cause.operator ?? operator;
      assertion = true;
    }
    if (failureType === 'testCodeFailure') msg = cause?.message ?? msg;
  } else if (code === 'ERR_TEST_FAILURE') {
    errStack = undefined;
  }
  out += toYAML(pad, 'error', msg, seen);
  if (errCode) out += toYAML(pad, 'code', errCode, seen);
  if (errName && errName !== 'Error') out += toYAML(pad, 'name', errName, seen);
  if (assertion) {
    out += toYAML(pad, 'expected', expected, seen);
    out += toYAML(pad, 'actual', actual, seen);
    if (operator) out += toYAML(pad, 'operator', operator, seen);
  }
  if (typeof errStack === 'string') {
    const frames = [];
    for (const line of errStack.split(lineBreak)) {
      const frame = line.replace(frameStart, '').replace(frameOffset, '$1$2');
      // The engine's own native frames have no counterpart in node's.
      if (frame.length > 0 && frameStart.test(line) && !frame.endsWith('(native)')) frames.push(frame);
    }
    if (frames.length > 0) {
      const sep = `\n${pad}    `;
      out += `${pad}  stack: |-${sep}${frames.join(sep)}\n`;
    }
  }
  return out;
}

module.exports = { version, start, plan, diagnostic, result, end, escape };
