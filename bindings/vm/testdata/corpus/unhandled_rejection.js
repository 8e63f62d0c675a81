// A promise rejected in a context with no handler ends the process as one of
// the main context does; one handled in time does not.
const vm = require('vm');
vm.runInNewContext('Promise.reject(new Error("handled")).catch(() => {})');
vm.runInNewContext('const p = Promise.reject(new Error("handled soon")); Promise.resolve().then(() => p.catch(() => {}))');
process.on('exit', (code) => console.log('exit code', code));
setTimeout(() => {
  console.log('still running');
  vm.runInNewContext('Promise.reject(new TypeError("lost")); 5');
}, 10);
