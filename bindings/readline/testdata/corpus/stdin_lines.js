// stdin: alpha\nbeta\r\ngamma\n\ndelta
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => console.log(++n, JSON.stringify(line)));
rl.on('close', () => console.log('close', n));
