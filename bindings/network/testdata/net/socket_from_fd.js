'use strict';
// new net.Socket({fd}) takes over a stream socket the process already has
// (here the socketpair a parent gave as fd 3) and rejects other kinds of
// descriptor with ERR_INVALID_FD_TYPE, after checking the number.
const net = require('net');
const fs = require('fs');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  const s = new net.Socket({ fd: 3 });
  console.log('child socket', s.pending, s.connecting, s.readyState);
  s.setEncoding('utf8');
  s.on('data', (d) => s.write('echo: ' + d));
  s.on('end', () => { console.log('child saw end'); s.end(); });
  s.on('close', () => console.log('child socket closed'));
  return;
}

function attempt(label, make) {
  try {
    const s = make();
    console.log(label, 'made', s.readyState);
    s.destroy();
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}
attempt('negative', () => new net.Socket({ fd: -1 }));
attempt('string', () => new net.Socket({ fd: 'x' }));
attempt('fraction', () => new net.Socket({ fd: 1.5 }));
attempt('closed', () => new net.Socket({ fd: 999 }));
attempt('number argument', () => new net.Socket(998));
const file = fs.openSync(__filename, 'r');
attempt('file', () => new net.Socket({ fd: file }));
fs.closeSync(file);
const devnull = fs.openSync('/dev/null', 'r');
attempt('character device', () => new net.Socket({ fd: devnull }));
fs.closeSync(devnull);

const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
let out = '';
child.stdout.on('data', (d) => { out += d; });
const pipe = child.stdio[3];
let got = '';
pipe.setEncoding('utf8');
pipe.on('data', (d) => {
  got += d;
  if (got === 'echo: hello') pipe.end();
});
pipe.write('hello');
child.on('close', (code, signal) => {
  console.log('parent got', JSON.stringify(got));
  process.stdout.write(out);
  console.log('child closed', code, signal);
});
