'use strict';
// Countdown calls its callback (which must be called) once dec() has been
// called `limit` times.
const assert = require('assert');
const common = require('./');

class Countdown {
  #left;
  #done;
  constructor(limit, cb) {
    assert.strictEqual(typeof limit, 'number');
    assert.strictEqual(typeof cb, 'function');
    this.#left = limit;
    this.#done = common.mustCall(cb);
  }
  dec() {
    assert(this.#left > 0, 'Countdown expired');
    if (--this.#left === 0) this.#done();
    return this.#left;
  }
  get remaining() { return this.#left; }
}

module.exports = Countdown;
