// node:process as a module is the global process, named exports included.
import proc, { argv, env, cwd, nextTick, hrtime, memoryUsage } from 'node:process';
import * as ns from 'process';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(proc === process, argv === process.argv, env === process.env);
console.log(cwd === process.cwd, nextTick === process.nextTick, hrtime === process.hrtime);
console.log(typeof memoryUsage, ns.default === process, ns.pid === process.pid);
console.log(require('process') === process, require('node:process') === process);
