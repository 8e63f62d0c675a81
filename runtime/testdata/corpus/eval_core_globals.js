// Code run with -e and -p sees the core modules as globals, required on
// first read; assigning one replaces it. A script file does not.
const { execFileSync } = require('child_process');
const run = (...args) => execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
console.log('file', typeof fs, typeof child_process);
console.log(run('-e', "console.log(typeof fs, typeof child_process, typeof zlib, fs === require('fs'), path.join('a', 'b'))"));
console.log(run('-p', "typeof os.cpus + ' ' + Object.keys(globalThis).includes('fs')"));
console.log(run('-e', "const d = Object.getOwnPropertyDescriptor(globalThis, 'util'); console.log(typeof d.get, d.set.name, d.enumerable, d.configurable)"));
console.log(run('-e', "fs = 1; console.log(fs, Object.getOwnPropertyDescriptor(globalThis, 'fs').writable)"));
console.log(run('-e', "console.log(crypto === require('crypto'), process === require('process'), typeof module, typeof exports)"));
