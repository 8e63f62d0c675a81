'use strict';
// internal/test_runner/context: TestContext, the `t` a test's function
// receives, and SuiteContext, what a describe() function receives.

const { validateInteger } = require('internal/errors');
const { MockTracker } = require('internal/test_runner/mock');
const { failure } = require('internal/test_runner/failure');
const location = require('internal/test_runner/location');

const assertMethods = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
  'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'rejects',
  'strictEqual', 'throws', 'ok'];

// assertions is t.assert: node:assert's methods, each counted against the
// test's plan.
function assertions(test) {
  const assert = require('assert');
  const out = {};
  for (const m of assertMethods) {
    out[m] = (...args) => {
      if (test.plan !== null) test.plan.actual++;
      return assert[m](...args);
    };
  }
  return out;
}

/** TestContext is the first argument of a test's function. */
class TestContext {
  #test;
  constructor(test) { this.#test = test; }
  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName(); }
  get error() { return this.#test.error; }
  get passed() { return this.#test.passed; }
  diagnostic(message) { this.#test.diagnostics.push(message); }
  plan(count) {
    if (this.#test.plan !== null) {
      throw failure('cannot set plan more than once', 'testCodeFailure');
    }
    validateInteger(count, 'count', 0, 4294967295);
    this.#test.plan = { expected: count, actual: 0 };
  }
  get assert() { return assertions(this.#test); }
  get mock() {
    this.#test.mock ??= new MockTracker();
    return this.#test.mock;
  }
  runOnly(value) { this.#test.runOnly = !!value; }
  skip(message) {
    this.#test.skipped = true;
    this.#test.message = message;
  }
  todo(message) {
    this.#test.isTodo = true;
    this.#test.message = message;
  }
  test(name, options, fn) {
    // A subtest counts towards its parent's plan.
    if (this.#test.plan !== null) this.#test.plan.actual++;
    return this.#test.subtest(name, options, fn, location.caller());
  }
  before(fn, options) { this.#test.createHook('before', fn, options); }
  after(fn, options) { this.#test.createHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.createHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.createHook('afterEach', fn, options); }
}

/** SuiteContext is the argument of a describe() function. */
class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName(); }
}

module.exports = { TestContext, SuiteContext };
