const { spawn, ChildProcess } = require('child_process');
const EventEmitter = require('events');
const c = spawn('true');
console.log(c instanceof ChildProcess, c instanceof EventEmitter, typeof c.pid, c.connected, c.exitCode, c.signalCode, c.killed);
console.log(c.stdio.length, c.stdio[0] === c.stdin, c.stdio[1] === c.stdout, c.stdio[2] === c.stderr);
console.log(typeof c.stdout.setEncoding, typeof c.stdin.write, c.stdout.readable, c.stdin.writable);
console.log(typeof c.ref, typeof c.unref, typeof c.kill);
c.on('exit', () => console.log('exit', c.exitCode, c.signalCode, c.pid > 0));
