// The REPL's context has require, module and the core modules as lazy
// globals; with useGlobal they are the script's globals too.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ prompt: "> ", input, output, useGlobal: true });
r.on('exit', () => { console.log(out.split('\n')); console.log(typeof globalThis.require, typeof globalThis.module); });
input.write('require("path").sep\n');
input.write('typeof module\n');
input.write('module.id\n');
input.write('fs.existsSync("/")\n');
input.write('typeof __filename\n');
input.write('fs = 5; fs\n');
input.write('typeof os.platform\n');
input.end();
