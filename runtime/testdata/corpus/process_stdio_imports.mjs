// The stdio streams are named exports of node:process, as the readline
// examples import them.
import { stdin as input, stdout as output, stderr } from 'node:process';
import * as ns from 'node:process';
console.log(typeof input.on, output === process.stdout, stderr === process.stderr);
console.log(['stdin', 'stdout', 'stderr'].every((k) => Object.keys(process).includes(k) && k in ns));
output.write('written\n');
