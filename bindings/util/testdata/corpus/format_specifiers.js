// util.format's specifiers on numbers, bigints and odd inputs: %d, %i and
// %f coerce, %j survives a circular object, %c is consumed, unknown
// specifiers and a lone % stay as written.
const util = require('util');
const circ = { name: 'c' };
circ.self = circ;
const cases = [
  ['%d', '42'], ['%d', '0x10'], ['%d', ''], ['%d', {}], ['%d', -0], ['%d', 10n], ['%i', 42.99], ['%i', '-7.5x'],
  ['%i', 2n ** 70n], ['%f', '3.25abc'], ['%f', 1n], ['%f', -0], ['%j', circ], ['%j', undefined], ['%j', { toJSON() { return [1]; } }],
  ['%c', 'color: red'], ['%x', 1], ['%', 1], ['%s%', 'a'], ['%%%s', 'b'], ['a%sb%sc', 1], ['%s', null, 'extra', 3],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));
try { util.format('%j', { get boom() { throw new Error('getter threw'); } }); } catch (e) { console.log('threw:', e.message); }
console.log(util.format(1, 'two', { three: 3 }, [4]), util.format(), util.format('%s'));
