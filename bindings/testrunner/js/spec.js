'use strict';
// internal/test_runner/spec: node's "spec" reporter, the one node 20 uses
// when stdout is a terminal: a line per test with a mark and its duration,
// suites and parents as headings, failures with their inspected error, and
// the failing tests again at the end. It takes the same events as the TAP
// reporter (internal/test_runner/tap) and returns the text of each.

const { inspect } = require('util');
const path = require('path');

const marks = { pass: '\u2714 ', fail: '\u2716 ', diagnostic: '\u2139 ', heading: '\u25b6 ', skip: '\ufe63 ' };

function palette(enabled) {
  const c = (code) => (enabled ? `\u001b[${code}m` : '');
  return { green: c(32), red: c(31), blue: c(34), gray: c(90), white: c(39) };
}

function createSpec(stream) {
  const colors = palette(typeof stream.hasColors === 'function' && stream.hasColors());
  const inspectOptions = { colors: colors.white !== '', breakLength: Infinity };
  const stack = []; // started tests not yet reported, innermost first
  const reported = []; // headings printed for tests not yet ended
  const failed = [];
  const cwd = process.cwd();
  const indent = (nesting) => '  '.repeat(nesting);

  function formatError(error, pad) {
    if (!error) return '';
    const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
    let text;
    try {
      text = inspect(err, inspectOptions);
    } catch {
      text = inspect(err, { ...inspectOptions, customInspect: false });
    }
    return `\n${pad}  ${text.split(/\r?\n/).join(`\n${pad}  `)}\n`;
  }

  // line is a test's line; a test whose subtests were listed under its
  // heading (hasChildren) does not repeat their failures.
  function line(r, prefix = '', pad = '', hasChildren = false) {
    let color = r.passed ? colors.green : colors.red;
    let mark = r.passed ? marks.pass : marks.fail;
    const duration = r.details.duration_ms ? ` ${colors.gray}(${r.details.duration_ms}ms)${colors.white}` : '';
    let title = `${r.name}${duration}`;
    if (r.directive && r.directive.skip !== undefined) {
      const skip = r.directive.skip;
      title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
      color = colors.gray;
      mark = marks.skip;
    } else if (r.directive && r.directive.todo !== undefined) {
      const todo = r.directive.todo;
      title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
    }
    let error = r.passed || (hasChildren && r.details.error && r.details.error.failureType === 'subtestsFailed')
      ? '' : formatError(r.details.error, pad);
    if (hasChildren && error) error = `\n${error}`;
    return `${prefix}${pad}${color}${mark}${title}${colors.white}${error}`;
  }

  return {
    version() { return ''; },
    plan() { return ''; },
    start(nesting, name) {
      stack.unshift({ nesting, name });
      return '';
    },
    diagnostic(nesting, message) {
      return `${colors.blue}${indent(nesting)}${marks.diagnostic}${message}${colors.white}\n`;
    },
    result(nesting, number, passed, name, directive, details, location) {
      const r = { nesting, passed, name, directive, details, location };
      if (!passed && !(details.error && details.error.failureType === 'subtestsFailed')) failed.push(r);
      stack.shift();
      let prefix = '';
      while (stack.length > 0) {
        const parent = stack.pop();
        reported.unshift(parent);
        prefix += `${indent(parent.nesting)}${marks.heading}${parent.name}\n`;
      }
      let hasChildren = false;
      if (reported[0] && reported[0].nesting === nesting && reported[0].name === name) {
        reported.shift();
        hasChildren = true;
      }
      return `${line(r, prefix, indent(nesting), hasChildren)}\n`;
    },
    // end is the list of failing tests printed after the summary.
    end() {
      if (failed.length === 0) return '';
      const out = [`\n${colors.red}${marks.fail}failing tests:${colors.white}\n`];
      for (const r of failed) {
        if (r.location) {
          const m = /^(.*):(\d+):(\d+)$/.exec(r.location);
          out.push(m ? `test at ${path.relative(cwd, m[1])}:${m[2]}:${m[3]}` : `test at ${r.location}`);
        }
        out.push(line(r));
      }
      return out.join('\n');
    },
  };
}

module.exports = { createSpec };
