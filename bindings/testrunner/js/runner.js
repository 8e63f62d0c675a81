'use strict';
// internal/test_runner/runner: Test, Suite and TestHook, the tree node:test
// runs. A test runs its function, then its subtests (as many at once as its
// concurrency allows); results are reported in declaration order as soon as
// every earlier sibling has been, through the harness's report queue.

const { AsyncLocalStorage } = require('async_hooks');
const { invalidArgType, outOfRange, validateAbortSignal, validateInteger, abortError } = require('internal/errors');
const { TestContext, SuiteContext } = require('internal/test_runner/context');
const { failure, isFailure } = require('internal/test_runner/failure');
const location = require('internal/test_runner/location');

const current = new AsyncLocalStorage();

const now = () => process.hrtime.bigint();

function noop() {}

// stopAfter returns a promise rejected with a timeout failure after ms
// (never, for Infinity) or resolved by stop (when the test is cancelled),
// and clear, which clears its timer.
function stopAfter(ms) {
  let timer;
  let stop;
  const promise = new Promise((resolve, reject) => {
    stop = resolve;
    if (ms !== Infinity) {
      timer = setTimeout(() => reject(failure(`test timed out after ${ms}ms`, 'testTimeoutFailure')), ms);
      timer.unref();
    }
  });
  return { promise, stop, clear: () => clearTimeout(timer) };
}

// callbackDone makes the `done` of a callback-style test: the promise
// settles on the first call; a second call fails the test.
function callbackDone(test) {
  let calls = 0;
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  const done = (err) => {
    calls++;
    if (calls > 1) {
      test.fail(failure('callback invoked multiple times', 'multipleCallbackInvocations'));
      return;
    }
    if (err) reject(err);
    else resolve();
  };
  return { promise, done };
}

// race and all settle as Promise.race and Promise.all do, a few jobs
// later: each input is followed through a promise of its own and the
// result handed on through another, as node's runner does, so that a
// test's steps interleave with its subtests' as they do in node.
function follow(values) {
  return values.map((v) => new Promise((resolve, reject) => Promise.resolve(v).then(resolve, reject)));
}

function race(values) {
  return new Promise((resolve, reject) => Promise.race(follow(values)).then(resolve, reject));
}

function all(values) {
  return new Promise((resolve, reject) => Promise.all(follow(values)).then(resolve, reject));
}

function isPromise(v) { return v !== null && typeof v === 'object' && typeof v.then === 'function'; }

class Test {
  constructor(opts) {
    const { parent = null, fn = noop, skip, todo, only, timeout, concurrency, signal, loc, harness } = opts;
    let { name } = opts;
    if (typeof name !== 'string' || name === '') name = fn.name || '<anonymous>';
    this.name = name;
    this.parent = parent;
    this.fn = typeof fn === 'function' ? fn : noop;
    if (skip !== undefined && skip !== false) this.fn = noop;
    this.loc = loc;
    this.harness = parent ? parent.harness : harness;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.root = parent ? parent.root : this;
    this.concurrency = parent ? parent.concurrency : 1;
    this.timeout = parent ? parent.timeout : Infinity;
    if (concurrency !== undefined && concurrency !== null) {
      if (typeof concurrency === 'number') {
        validateInteger(concurrency, 'options.concurrency', 1, 4294967295);
        this.concurrency = concurrency;
      } else if (typeof concurrency === 'boolean') {
        this.concurrency = concurrency ? Infinity : 1;
      } else {
        throw invalidArgType('options.concurrency', ['boolean', 'number'], concurrency);
      }
    }
    if (timeout !== undefined && timeout !== null && timeout !== Infinity) {
      if (typeof timeout !== 'number') throw invalidArgType('options.timeout', 'number', timeout);
      if (!(timeout >= 0 && timeout <= 2147483647)) {
        throw outOfRange('options.timeout', '>= 0 && <= 2147483647', timeout);
      }
      this.timeout = timeout;
    } else if (timeout === Infinity) {
      this.timeout = Infinity;
    }
    if (signal !== undefined && signal !== null) validateAbortSignal(signal, 'options.signal');
    this.outerSignal = signal ?? null;
    if (parent && parent.skipped) this.skipped = true;
    this.skipped = this.skipped || (skip !== undefined && skip !== false);
    this.isTodo = todo !== undefined && todo !== false;
    this.message = this.skipped ? skip : (this.isTodo ? todo : undefined);
    if (this.skipped && typeof skip !== 'string') this.message = undefined;
    if (this.isTodo && !this.skipped && typeof todo !== 'string') this.message = undefined;
    this.only = !!only;
    this.controller = null; // t.signal's, made when first asked for
    this.stopped = false; // t.signal is aborted, or is to be once made
    this.stop = null; // stopAfter's, while the test's function runs
    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.ready = new Map();
    this.waitingOn = 1;
    this.childNumber = parent ? parent.subtests.length + 1 : 0;
    this.diagnostics = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.error = null;
    this.passed = false;
    this.cancelled = false;
    this.finished = false;
    this.reportedStart = false;
    this.startTime = null;
    this.endTime = null;
    this.plan = null;
    this.mock = null;
    this.ctx = null;
    if (this.outerSignal) this.outerSignal.addEventListener('abort', () => this.aborted(), { once: true });
    if (this.only && parent) {
      this.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    }
  }

  get signal() {
    if (this.controller === null) {
      this.controller = new AbortController();
      if (this.stopped) this.controller.abort();
    }
    return this.controller.signal;
  }

  // abortSignal aborts t.signal and stops waiting on the test's function.
  abortSignal() {
    this.stopped = true;
    if (this.controller !== null) this.controller.abort();
    if (this.stop !== null) this.stop.stop();
  }

  fullName() {
    const names = [];
    for (let t = this; t && t.parent; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  context() {
    this.ctx ??= new TestContext(this);
    return this.ctx;
  }

  // subtest declares and starts a subtest (t.test).
  subtest(name, options, fn, loc) {
    return this.createSubtest(Test, name, options, fn, { loc }).start();
  }

  createSubtest(Factory, name, options, fn, overrides) {
    if (typeof name === 'function') {
      fn = name;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
    } else if (typeof options === 'function') {
      fn = options;
    }
    if (options === null || typeof options !== 'object') options = {};
    const test = new Factory({ ...options, fn, name, parent: this, ...overrides });
    if (this.finished) {
      test.startTime = now();
      test.fail(failure('test could not be started because its parent finished', 'parentAlreadyFinished'));
    }
    this.subtests.push(test);
    return test;
  }

  createHook(kind, fn, options) {
    if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
    const hook = new TestHook(kind, fn, options, this);
    this.hooks[kind].push(hook);
    return hook;
  }

  // hooksFor returns the beforeEach or afterEach hooks that run around this
  // test's subtests: those of its ancestors too, outermost first before and
  // innermost first after.
  hooksFor(kind) {
    const chain = [];
    for (let t = this; t; t = t.parent) chain.push(t.hooks[kind]);
    if (kind === 'beforeEach') chain.reverse();
    return chain.flat();
  }

  // hasHooks reports whether hooksFor(kind) has any.
  hasHooks(kind) {
    for (let t = this; t; t = t.parent) if (t.hooks[kind].length > 0) return true;
    return false;
  }

  async runHook(kind, test) {
    const hooks = kind === 'beforeEach' || kind === 'afterEach' ? this.hooksFor(kind) : this.hooks[kind];
    for (const hook of hooks) {
      try {
        await hook.runFor(test);
      } catch (err) {
        throw isFailure(err) && err.failureType === 'hookFailed' ? err : failure(err, 'hookFailed');
      }
    }
  }

  fail(err) {
    if (this.error !== null) return;
    this.endTime = now();
    this.passed = false;
    this.error = err;
  }

  pass() {
    if (this.error !== null) return;
    this.endTime = now();
    this.passed = true;
  }

  cancel(err) {
    if (this.endTime !== null || this.error !== null) return;
    this.fail(err || failure('test did not finish before its parent and was cancelled', 'cancelledByParent'));
    this.cancelled = true;
    this.abortSignal();
  }

  // aborted cancels the test when the signal of its options aborts: its
  // error is the signal's reason.
  aborted() {
    const error = this.outerSignal.reason ?? abortError();
    if (error !== null && typeof error === 'object') error.failureType = 'testAborted';
    this.cancel(error);
  }

  // shouldAbort reports whether the test must not run (any further).
  shouldAbort() {
    if (this.stopped) return true;
    if (this.outerSignal && this.outerSignal.aborted) {
      this.aborted();
      return true;
    }
    return false;
  }

  start() {
    this.harness.begin();
    if (this.parent.active >= this.parent.concurrency) {
      return new Promise((resolve) => this.parent.pending.push({ test: this, resolve }));
    }
    return this.run();
  }

  async processPending() {
    while (this.pending.length > 0 && this.active < this.concurrency) {
      const { test, resolve } = this.pending.shift();
      await test.run();
      resolve();
    }
  }

  invoke(args) {
    return current.run(this, () => Reflect.apply(this.fn, this.fnThis(), args));
  }

  fnThis() { return this.context(); }

  async run() {
    this.parent.active++;
    this.startTime = now();
    this.harness.running.add(this);
    const ctx = this.context();
    const parent = this.parent;
    let afterEachDone = false;
    const afterEach = async () => {
      if (afterEachDone || this.skipped) return;
      afterEachDone = true;
      if (parent.hasHooks('afterEach')) await parent.runHook('afterEach', this);
    };
    const after = async () => {
      if (this.hooks.after.length > 0) await this.runHook('after', this);
    };
    let stop;
    try {
      if (parent.hooks.before.length > 0) await parent.runHook('before', parent);
      if (!this.skipped && parent.hasHooks('beforeEach')) await parent.runHook('beforeEach', this);
      if (this.shouldAbort()) {
        // Cancelled before it could run.
      } else if (this.skipped) {
        this.pass();
      } else if (this.error === null) {
        stop = stopAfter(this.timeout);
        this.stop = stop;
        if (this.fn.length >= 2) {
          const { promise, done } = callbackDone(this);
          const ret = this.invoke([ctx, done]);
          if (isPromise(ret)) {
            this.fail(failure('passed a callback but also returned a Promise', 'callbackAndPromisePresent'));
            await race([ret, stop.promise]);
          } else {
            await race([promise, stop.promise]);
          }
        } else {
          await race([Promise.resolve(this.invoke([ctx])), stop.promise]);
        }
        if (!this.shouldAbort()) {
          this.checkPlan();
          this.pass();
        }
      }
      await afterEach();
      await after();
    } catch (err) {
      if (isFailure(err)) {
        if (err.failureType === 'testTimeoutFailure') this.cancel(err);
        else this.fail(err);
      } else {
        this.fail(failure(err, 'testCodeFailure'));
      }
      try { await afterEach(); } catch { /* the test has failed already */ }
      try { await after(); } catch { /* the test has failed already */ }
    } finally {
      if (stop) stop.clear();
      this.stop = null;
      this.abortSignal();
      this.harness.running.delete(this);
    }
    await this.rootAfter();
    this.postRun();
  }

  // rootAfter runs the file's after() hooks once its last top-level test
  // has run, so that they can release what keeps the process alive.
  async rootAfter() {
    const root = this.root;
    if (this.parent === root && root.active === 1 && root.pending.length === 0 && root.hooks.after.length > 0) {
      try { await root.runHook('after', root); } catch (err) { root.fail(err); }
    }
  }

  checkPlan() {
    const plan = this.plan;
    if (plan !== null && plan.actual !== plan.expected) {
      throw failure(`plan expected ${plan.expected} assertions but received ${plan.actual}`, 'testCodeFailure');
    }
  }

  postRun(pendingError) {
    if (this.endTime === null || this.endTime < this.startTime) this.endTime = now();
    this.startTime ??= this.endTime;
    this.pending = [];
    let failed = 0;
    for (const sub of this.subtests) {
      if (!sub.finished) {
        sub.cancel(pendingError);
        sub.postRun(pendingError);
      }
      if (!sub.passed && !sub.isTodo) failed++;
    }
    if ((this.passed || this.parent === null) && failed > 0) {
      this.fail(failure(`${failed} subtest${failed > 1 ? 's' : ''} failed`, 'subtestsFailed'));
    }
    if (this.mock) this.mock.reset();
    if (this.parent !== null) {
      if (this.posted) return;
      this.posted = true;
      this.parent.active--;
      this.parent.ready.set(this.childNumber, this);
      this.parent.processReady(false);
      this.parent.processPending();
    } else {
      this.harness.finish(this);
    }
  }

  clearToSend() {
    return this.parent === null || (this.parent.waitingOn === this.childNumber && this.parent.clearToSend());
  }

  processReady(canSend) {
    while (this.ready.has(this.waitingOn)) {
      canSend ||= this.clearToSend();
      if (!canSend) return;
      const sub = this.ready.get(this.waitingOn);
      this.ready.delete(this.waitingOn);
      sub.finalize();
    }
  }

  finalize() {
    this.processReady(true);
    this.report();
    this.parent.waitingOn++;
    this.finished = true;
  }

  reportStarted() {
    if (this.reportedStart || this.parent === null) return;
    this.reportedStart = true;
    this.parent.reportStarted();
    this.harness.write('start', this.nesting, this.name);
  }

  report() {
    this.harness.count(this);
    if (this.subtests.length > 0) this.harness.write('plan', this.subtests[0].nesting, this.subtests.length);
    else this.reportStarted();
    let directive;
    if (this.skipped) directive = { skip: this.message ?? true };
    else if (this.isTodo) directive = { todo: this.message ?? true };
    const details = { duration_ms: this.duration(), type: this.reportedType, error: this.error };
    this.harness.write('result', this.nesting, this.childNumber, this.passed, this.name, directive, details,
      !this.passed && this.loc ? location.format(this.loc) : undefined);
    for (const d of this.diagnostics) this.harness.write('diagnostic', this.nesting, d);
  }

  duration() {
    return Number((this.endTime ?? now()) - (this.startTime ?? now())) / 1e6;
  }
}

/** TestHook is a before/after/beforeEach/afterEach function. */
class TestHook {
  constructor(kind, fn, options, owner) {
    this.kind = kind;
    this.fn = fn;
    this.owner = owner;
    this.ran = false;
    const timeout = options && options.timeout;
    this.timeout = timeout ?? Infinity;
  }

  async runFor(test) {
    if (this.kind === 'before' || this.kind === 'after') {
      if (this.ran) return;
      this.ran = true;
    }
    const ctx = test instanceof Suite || test.parent === null ? test.suiteContext() : test.context();
    const stop = stopAfter(this.timeout);
    try {
      const run = (args) => current.run(test, () => Reflect.apply(this.fn, ctx, args));
      if (this.fn.length >= 2) {
        const { promise, done } = callbackDone(test);
        run([ctx, done]);
        await race([promise, stop.promise]);
      } else {
        await race([Promise.resolve(run([ctx])), stop.promise]);
      }
    } finally {
      stop.clear();
    }
  }
}

/** Suite is a describe() block: its function declares its subtests. */
class Suite extends Test {
  constructor(opts) {
    super(opts);
    this.reportedType = 'suite';
    try {
      const ret = current.run(this, () => Reflect.apply(this.fn, this.suiteContext(), [this.suiteContext()]));
      this.built = Promise.resolve(ret).then(noop, (err) => this.fail(failure(err, 'testCodeFailure')));
    } catch (err) {
      this.fail(failure(err, 'testCodeFailure'));
      this.built = Promise.resolve();
    }
    this.fn = noop;
  }

  suiteContext() {
    this.sctx ??= new SuiteContext(this);
    return this.sctx;
  }

  async run() {
    this.parent.active++;
    let stop;
    try {
      await this.built;
      this.startTime = now();
      if (this.error !== null || this.shouldAbort()) {
        this.subtests = [];
        await this.rootAfter();
        this.postRun();
        return;
      }
      if (this.parent.hooks.before.length > 0) await this.parent.runHook('before', this.parent);
      await this.runHook('before', this);
      stop = stopAfter(this.timeout);
      this.stop = stop;
      const subtests = this.skipped ? [] : this.subtests;
      await race([all(subtests.map((t) => t.start())), stop.promise]);
      await this.runHook('after', this);
      this.pass();
    } catch (err) {
      this.fail(isFailure(err) ? err : failure(err, 'testCodeFailure'));
    } finally {
      if (stop) stop.clear();
      this.stop = null;
    }
    await this.rootAfter();
    this.postRun();
  }
}

Test.prototype.suiteContext = Suite.prototype.suiteContext;

module.exports = { Test, Suite, current };
