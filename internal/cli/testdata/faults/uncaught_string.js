// stderr: report
// A thrown string is reported as itself with node's --trace-uncaught hint.
console.log('start');
setTimeout(() => {
  throw 'plain string';
}, 1);
