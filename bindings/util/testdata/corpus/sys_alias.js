// sys is util under its deprecated name; requiring it warns once.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const sys = require('sys');
console.log(sys === require('util'), require('node:sys') === sys, typeof sys.inspect);
setTimeout(() => console.log('done'), 5);
