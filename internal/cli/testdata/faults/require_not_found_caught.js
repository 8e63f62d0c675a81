// A caught MODULE_NOT_FOUND carries node's message and properties.
try {
  require('no-such-package-anywhere');
} catch (e) {
  console.log(e.code, JSON.stringify(e.message), e.requireStack.length, Object.keys(e));
}
