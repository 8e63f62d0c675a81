'use strict';
// Streams a command's output line by line as it arrives (splitting 'data'
// chunks on newlines), numbering the lines and counting words, and
// reports the command's exit status.
const { spawn } = require('child_process');

const cmd = process.argv[2] || 'for i in 1 2 3 4 5; do echo "line $i: $(seq -s " " 1 $i)"; sleep 0.02; done; echo "no newline at end" | tr -d "\\n"';
const child = spawn('sh', ['-c', cmd]);
child.stdout.setEncoding('utf8');

let pending = '';
let lines = 0;
let words = 0;
function emit(line) {
  lines++;
  words += line.split(/\s+/).filter(Boolean).length;
  console.log(String(lines).padStart(4) + '  ' + line);
}
child.stdout.on('data', (chunk) => {
  pending += chunk;
  let nl;
  while ((nl = pending.indexOf('\n')) !== -1) {
    emit(pending.slice(0, nl));
    pending = pending.slice(nl + 1);
  }
});
child.stdout.on('end', () => {
  if (pending) emit(pending);
});
child.on('close', (code, signal) => {
  console.log(`${lines} lines, ${words} words; exit ${signal || code}`);
});
