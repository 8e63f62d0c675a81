// stderr: report frames
// An object inheriting from Error.prototype, its stack from
// Error.captureStackTrace, is no native error: node reports it as a thrown
// value, util.inspect's way.
function LegacyError(message) {
  this.message = message;
  Error.captureStackTrace(this, LegacyError);
}
LegacyError.prototype = Object.create(Error.prototype);
LegacyError.prototype.name = 'LegacyError';
function fail() {
  throw new LegacyError('old style');
}
fail();
