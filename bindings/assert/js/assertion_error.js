'use strict';
// AssertionError and its generated messages: Node 20's wording, and its
// line diff of the two inspected values (+ actual, - expected).
const { inspect } = require('internal/inspect');
const errors = require('internal/errors');

const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Values whose inspected forms together are this short are shown inline.
const kMaxShortLength = 12;

function inspectValue(v) {
  return inspect(v, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

const isObj = (v) => typeof v === 'object' && v !== null;

// truncateLines keeps the first 46 lines of a long listing.
function truncateLines(lines) {
  if (lines.length > 50) {
    lines[46] = '...';
    lines.length = 47;
  }
  return lines;
}

// sameLines prints the context kept before a diverging line: up to two
// identical lines, or the last ones with "..." when more were skipped.
function contextBefore(state, lines, i) {
  const n = state.identical;
  let out = '';
  if (n > 2) {
    if (n > 3) {
      if (n > 4) {
        if (n === 5) {
          out += `\n  ${lines[i - 3]}`;
          state.printed++;
        } else {
          out += '\n...';
          state.skipped = true;
        }
      }
      out += `\n  ${lines[i - 2]}`;
      state.printed++;
    }
    out += `\n  ${lines[i - 1]}`;
    state.printed++;
  }
  state.identical = 0;
  return out;
}

function createErrDiff(actual, expected, operator, header) {
  let other = '';
  let res = '';
  let end = '';
  let indicator = '';
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;

  if (operator === 'strictEqual' && ((isObj(actual) && isObj(expected)) ||
    (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a0 = actualLines[0];
    const e0 = expectedLines[0];
    const inputLength = a0.length + e0.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObj(actual) && !isObj(expected) && (actual !== 0 || expected !== 0)) {
        return `${header || headers[operator]}\n\n${a0} !== ${e0}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const maxLength = process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        while (a0[i] === e0[i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Drop the identical trailing lines, keeping up to three for context.
  let lastSame = '';
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else lastSame = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = truncateLines(actualInspected.split('\n'));
    return `${headers.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const state = { identical: 0, printed: 0, skipped: false };
  if (i >= 5) {
    end = `\n...${end}`;
    state.skipped = true;
  }
  if (lastSame !== '') end = `\n  ${lastSame}${end}`;

  const msg = `${header || headers[operator]}\n+ actual - expected`;
  const skippedMsg = ' ... Lines skipped';

  let lines = actualLines;
  let plusMinus = '+';
  let shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    shorter = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      // Only one side has lines left.
      res += contextBefore(state, lines, i);
      if (lines === actualLines) res += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        res += contextBefore(state, actualLines, i);
        // Group consecutive diverging lines as +++--- rather than +-+-.
        res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        state.printed += 2;
      } else {
        res += other;
        other = '';
        state.identical++;
        if (state.identical <= 2) {
          res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n...${other}\n...`;
    }
  }
  return `${msg}${state.skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

function copyError(e) {
  // Enumerable keys and the message only: the diff leaves stacks out.
  const copy = Object.create(Object.getPrototypeOf(e));
  for (const k of Object.keys(e)) copy[k] = e[k];
  Object.defineProperty(copy, 'message', { value: e.message });
  return copy;
}

function generatedMessage(actual, expected, operator, header) {
  if (isObj(actual) && isObj(expected) && actual instanceof Error && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator, header);
  }
  if (header !== undefined) return header;
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = headers[operator];
    const res = truncateLines(inspectValue(actual).split('\n'));
    if (operator === 'notStrictEqual' && (isObj(actual) || typeof actual === 'function')) {
      base = headers.notStrictEqualObject;
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = headers[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = headers[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

class AssertionError extends Error {
  constructor(options) {
    errors.validateObject(options, 'options');
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    // diffHeader: a caller's message that replaces the diff's header (Node
    // 20 keeps the diff under a custom message for strict equality).
    const diffHeader = options.diffHeader;
    if (message != null && diffHeader === undefined) {
      super(String(message));
    } else {
      super(generatedMessage(actual, expected, operator, diffHeader));
    }
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.generatedMessage = message == null;
    Object.defineProperty(this, 'code', { value: 'ERR_ASSERTION', enumerable: true, writable: true, configurable: true });
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof stackStartFn === 'function' && typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn);
    }
    // Read the stack once so it carries the "[ERR_ASSERTION]" name.
    void this.stack;
    this.name = 'AssertionError';
  }
  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
  [inspect.custom](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shorten(this.actual, 128);
    if (typeof this.expected === 'string') this.expected = shorten(this.expected, 128);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

function shorten(s, n) {
  return s.length > n ? `${s.slice(0, n)}...` : s;
}

module.exports = { AssertionError, inspectValue };
