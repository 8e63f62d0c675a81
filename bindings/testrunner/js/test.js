'use strict';
// node:test, run as node 20 runs a file that uses it directly (not under
// --test): the tests of the file form a tree under a root that starts once
// the main module has run, and the results are written to stdout as TAP
// version 13 (as node's spec reporter shows them on a terminal); a failing
// test sets process.exitCode to 1.

const { Test, Suite, current } = require('internal/test_runner/runner');
const { failure } = require('internal/test_runner/failure');
const { MockTracker } = require('internal/test_runner/mock');
const location = require('internal/test_runner/location');
const tap = require('internal/test_runner/tap');
const { createSpec } = require('internal/test_runner/spec');

let root = null;
let bootstrapped = null;
let started = false;

// harness is what the tree reports to: counts and the output queue.
const harness = {
  counters: { tests: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0 },
  queue: [],
  running: new Set(),
  flushing: false,
  started: false,

  // write queues the reporter's text for one event.
  write(kind, ...args) {
    this.begin();
    this.queue.push(this.reporter[kind](...args));
  },

  // begin starts the report (TAP's version line) if it has not started,
  // and schedules the write of what is queued. The report starts when the
  // first test does.
  begin() {
    if (!this.started) {
      this.started = true;
      // As node does, TAP for a pipe or file, spec for a terminal.
      this.reporter = process.stdout.isTTY ? createSpec(process.stdout) : tap;
      this.queue.push(this.reporter.version());
    }
    if (!this.flushing) {
      // Node's reporter stream delivers its text on a later turn of the
      // event loop: what runs in this turn's jobs and ticks prints first.
      this.flushing = true;
      this.flushTimer = setImmediate(() => this.flush());
    }
  },

  flush() {
    if (this.flushTimer) clearImmediate(this.flushTimer);
    this.flushTimer = null;
    this.flushing = false;
    const text = this.queue.join('');
    this.queue = [];
    if (text) process.stdout.write(text);
  },

  count(test) {
    const c = this.counters;
    if (test.nesting === 0) c.topLevel++;
    if (test.reportedType === 'suite') {
      c.suites++;
      return;
    }
    if (test.skipped) c.skipped++;
    else if (test.isTodo) c.todo++;
    else if (test.cancelled) c.cancelled++;
    else if (!test.passed) c.failed++;
    else c.passed++;
    c.tests++;
  },

  // finish reports the root: the plan, its diagnostics and the summary.
  finish(test) {
    if (this.finished) return;
    this.finished = true;
    const c = this.counters;
    this.write('plan', 0, c.topLevel);
    for (const d of test.diagnostics) this.write('diagnostic', 0, d);
    const lines = [`tests ${c.tests}`, `suites ${c.suites}`, `pass ${c.passed}`, `fail ${c.failed}`,
      `cancelled ${c.cancelled}`, `skipped ${c.skipped}`, `todo ${c.todo}`, `duration_ms ${test.duration()}`];
    for (const l of lines) this.write('diagnostic', 0, l);
    this.write('end');
    // The process is about to exit: the report is written now, not on a
    // turn of the loop that would emit 'beforeExit' again.
    this.flush();
    if (!test.passed && test.error !== null) process.exitCode = 1;
  },
};

// lastRunning is the test that started last of those still running: the
// one an uncaught error is blamed on when the error's async context does
// not say which test it came from.
function lastRunning() {
  let last;
  for (const t of harness.running) last = t;
  return last;
}

// uncaught fails the running test an uncaught error or rejection came
// from, or reports it as a file-level diagnostic once that test has ended.
// Before the tests start, the error is the main module's and is thrown on.
function uncaught(kind) {
  return (err) => {
    if (!started) throw err;
    const test = current.getStore() ?? lastRunning();
    if (test && test.parent !== null && !test.finished && test.endTime === null) {
      test.fail(failure(err, kind));
      test.abortSignal();
      return;
    }
    let msg;
    if (test && test.parent !== null) {
      const at = test.loc && location.relative(test.loc);
      const where = at ? ` at ${at}` : '';
      msg = `Error: Test "${test.name}"${where} generated asynchronous activity after the test ended. ` +
        `This activity created the error "${err}" and would have caused the test to fail, but instead triggered an ${kind} event.`;
    } else {
      msg = 'Error: A resource generated asynchronous activity after the test ended. ' +
        `This activity created the error "${err}" which triggered an ${kind} event, caught by the test runner.`;
    }
    root.diagnostics.push(msg);
    process.exitCode = 1;
  };
}

function getRoot() {
  if (root !== null) return root;
  root = new Test({ name: '<root>', harness });
  root.startTime = process.hrtime.bigint();
  let exiting = false;
  const onException = uncaught('uncaughtException');
  const onRejection = uncaught('unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  process.on('beforeExit', async () => {
    if (exiting) return;
    exiting = true;
    try {
      if (root.subtests.length === 0 && (root.hooks.before.length > 0 || root.hooks.after.length > 0)) {
        // A file with hooks and no tests still runs them, around the start
        // of the (empty) report.
        await root.runHook('before', root);
        harness.begin();
        await new Promise((resolve) => setImmediate(resolve));
      }
      await root.runHook('after', root);
    } catch (err) {
      root.fail(err);
    }
    root.postRun(failure('Promise resolution is still pending but the event loop has already resolved', 'cancelledByParent'));
    // From here on, errors are the process's own again.
    process.removeListener('uncaughtException', onException);
    process.removeListener('unhandledRejection', onRejection);
  });
  // Tests start once the main module and the jobs it queued have run.
  bootstrapped = new Promise((resolve) => process.nextTick(() => queueMicrotask(resolve)));
  bootstrapped.then(() => { started = true; });
  return root;
}

async function startSubtest(test) {
  await bootstrapped;
  await test.start();
}

function run(name, options, fn, overrides, Factory) {
  const parent = current.getStore() || getRoot();
  const test = parent.createSubtest(Factory, name, options, fn, { ...overrides, loc: location.caller() });
  if (parent instanceof Suite) return Promise.resolve();
  return startSubtest(test);
}

// runner makes test/it/describe/suite with their skip, todo and only forms.
function runner(name, Factory) {
  const fns = {
    [name](n, options, fn) { return run(n, options, fn, {}, Factory); },
  };
  const f = fns[name];
  f.skip = function skip(n, options, fn) { return run(n, options, fn, { skip: true }, Factory); };
  f.todo = function todo(n, options, fn) { return run(n, options, fn, { todo: true }, Factory); };
  f.only = function only(n, options, fn) { return run(n, options, fn, { only: true }, Factory); };
  return f;
}

function hook(kind) {
  const fns = {
    [kind](fn, options) {
      const parent = current.getStore() || getRoot();
      parent.createHook(kind, fn, options);
    },
  };
  return fns[kind];
}

const test = runner('test', Test);
const it = runner('it', Test);
const describe = runner('describe', Suite);
const suite = runner('suite', Suite);
let mock;

module.exports = test;
Object.assign(module.exports, {
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe,
  it,
  suite,
  test,
});
Object.defineProperty(module.exports, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    mock ??= new MockTracker();
    return mock;
  },
});
