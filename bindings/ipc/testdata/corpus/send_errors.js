'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
function attempt(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
attempt('undefined', () => child.send(undefined));
attempt('function', () => child.send(function named() {}));
attempt('arrow', () => child.send(() => {}));
attempt('symbol', () => child.send(Symbol('s')));
attempt('bigint', () => child.send(10n));
attempt('string handle', () => child.send('m', 'handle'));
attempt('object handle', () => child.send('m', {}));
attempt('number options', () => child.send('m', undefined, 5));
attempt('string options', () => child.send('m', null, 'opts'));
attempt('ok', () => child.send('fine', null, {}));
child.once('message', (m) => {
  console.log('echo', m);
  child.disconnect();
  child.on('error', (e) => console.log('error event', e.code, e.message));
  attempt('after disconnect', () => child.send('late'));
  attempt('after disconnect cb', () => child.send('late', (e) => console.log('callback', e.code, e.message)));
  attempt('disconnect again', () => child.disconnect());
  process.nextTick(() => console.log('tick after'));
});
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code) => console.log('exit', code));
