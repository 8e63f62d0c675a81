// setUncaughtExceptionCaptureCallback takes uncaught exceptions instead of
// 'uncaughtException' listeners; the monitor still sees them.
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => process.hasUncaughtExceptionCaptureCallback());
t(() => process.setUncaughtExceptionCaptureCallback(5));
t(() => process.setUncaughtExceptionCaptureCallback('x'));
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e) => console.log('listener', e.message));
t(() => process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message)));
t(() => process.hasUncaughtExceptionCaptureCallback());
t(() => process.setUncaughtExceptionCaptureCallback(() => {}));
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => {
  t(() => process.setUncaughtExceptionCaptureCallback(null));
  t(() => process.hasUncaughtExceptionCaptureCallback());
  setTimeout(() => { throw new Error('second'); }, 1);
}, 10);
setTimeout(() => console.log('done'), 40);
