// util.types of lowered async generators against node's answers, with
// plain, async and generator functions beside them.
const { types } = require('util');
async function* ag() {}
const cases = {
  'async generator': ag,
  'async generator object': ag(),
  'method': { async *m() {} }.m,
  'class method': class { static async *s() {} }.s,
  'plain function': function () {},
  'async function': async function () {},
  'generator': function* () {},
  'generator object': (function* () {})(),
  'arrow': () => {},
  'fake': Object.setPrototypeOf(function () {}, Object.getPrototypeOf(ag)),
  'object': {},
};
for (const [name, v] of Object.entries(cases)) {
  console.log(name.padEnd(24), types.isAsyncFunction(v), types.isGeneratorFunction(v), types.isGeneratorObject(v));
}
