// Awaiting 'close' after reading every line still sees it, as under node.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
const child = spawn('printf', ['x\\ny\\n']);
const lines = [];
for await (const l of readline.createInterface({ input: child.stdout })) lines.push(l);
console.log(lines, child.exitCode);
console.log('close', await new Promise((r) => child.on('close', r)));
