'use strict';
const common = require('../common');
const fixtures = require('../common/fixtures');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');

setTimeout(common.mustCall(() => {}), 1);
const twice = common.mustCall((x) => x * 2, 2);
assert.strictEqual(twice(1) + twice(2), 6);
const atLeast = common.mustCallAtLeast(() => {}, 1);
atLeast(); atLeast();
fs.readFile(fixtures.path('hello.txt'), 'utf8', common.mustSucceed((data) => {
  assert.strictEqual(data, 'hello\n');
}));
tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('a.txt'), 'x');
assert.strictEqual(fs.readFileSync(tmpdir.resolve('a.txt'), 'utf8'), 'x');
process.nextTick(common.expectsError({ code: 'ERR_X', name: 'TypeError' }),
                 Object.assign(new TypeError('boom'), { code: 'ERR_X' }));
assert.strictEqual(typeof common.isWindows, 'boolean');
assert.strictEqual(common.invalidArgTypeHelper(5), ' Received type number (5)');
