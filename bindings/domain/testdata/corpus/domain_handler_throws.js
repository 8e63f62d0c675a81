// The outermost domain's handler throwing ends the process like an
// uncaught exception ('exit' listeners still run).
const domain = require('domain');
const d = domain.create();
process.stderr.write = () => true;
process.on('exit', (code) => console.log('exit', code, process.domain));
d.on('error', (e) => {
  console.log('handler', e.message);
  throw new Error('handler failed');
});
d.run(() => setTimeout(() => { throw new Error('first'); }, 1));
