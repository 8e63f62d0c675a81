// A wrapped process.emit hears 'exit', as signal-exit relies on.
const orig = process.emit;
process.emit = function (ev, ...args) {
  if (ev === 'exit') console.log('wrapped emit saw exit', args);
  return orig.call(this, ev, ...args);
};
process.on('exit', (code) => console.log('exit listener', code));
process.exitCode = 3;
