'use strict';
// Shared by the corpus: run f and print its result or its error's shape.
module.exports = function show(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','));
  }
};
