const os = require('os');
console.log(JSON.stringify(os.EOL), os.devNull, typeof os.constants, 'EOL' in os, Object.getOwnPropertyDescriptor(os, 'EOL').writable);
try { os.EOL = 'x'; } catch (e) { console.log('assign threw'); }
console.log(JSON.stringify(os.EOL));
console.log(os.endianness(), ['LE', 'BE'].includes(os.endianness()), os.availableParallelism() >= 1);
console.log(os.userInfo({ encoding: 'utf8' }).username === os.userInfo().username, typeof os.userInfo().uid, typeof os.userInfo().shell);
console.log(os.cpus().every((c) => typeof c.model === 'string' && Number.isInteger(c.speed) && ['user', 'nice', 'sys', 'idle', 'irq'].every((k) => typeof c.times[k] === 'number')));
console.log(require('node:os') === os, os.tmpdir() === (process.env.TMPDIR || '/tmp').replace(/(.)\/$/, '$1'));
