// Rejections reach the callback as its error; a falsy reason is wrapped in
// ERR_FALSY_VALUE_REJECTION with the reason kept; a bad callback throws.
const { callbackify } = require('util');
for (const reason of [null, undefined, 0, '', false, new Error('real'), 'text']) {
  callbackify(() => Promise.reject(reason))((err, v) => {
    console.log(typeof reason, err instanceof Error, err && err.code, err && err.message, err && 'reason' in err ? err.reason : '-', v);
  });
}
for (const bad of [undefined, 1, 'x', {}]) {
  try { callbackify(async () => 1)(bad); } catch (e) { console.log(e.code, e.message); }
}
try { callbackify('nope'); } catch (e) { console.log(e.code, e.message); }
