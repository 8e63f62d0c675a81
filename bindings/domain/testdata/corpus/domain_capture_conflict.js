// The domain module and process.setUncaughtExceptionCaptureCallback
// exclude each other.
process.setUncaughtExceptionCaptureCallback(() => {});
try {
  require('domain');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
process.setUncaughtExceptionCaptureCallback(null);
const domain = require('domain');
console.log('loaded', typeof domain.create, process.hasUncaughtExceptionCaptureCallback());
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const d = domain.create();
d.on('error', () => {});
d.enter();
console.log('capturing while entered', process.hasUncaughtExceptionCaptureCallback());
d.exit();
console.log('after exit', process.hasUncaughtExceptionCaptureCallback());
