'use strict';
// internal/test_runner/failure: node's ERR_TEST_FAILURE, the error a test
// fails with: its cause is the user's error (or a message) and its
// failureType says how the test failed ('testCodeFailure', 'hookFailed',
// 'testTimeoutFailure', 'cancelledByParent', 'subtestsFailed', ...).

// failure makes the error; its message is the cause's, and it carries no
// stack (node's reports show the cause's).
function failure(cause, failureType) {
  const msg = cause !== null && typeof cause === 'object' && 'message' in cause ? cause.message : String(cause);
  const err = new Error(msg);
  Object.defineProperty(err, 'stack', { value: undefined, writable: true, configurable: true, enumerable: false });
  err.failureType = failureType;
  err.cause = cause;
  err.code = 'ERR_TEST_FAILURE';
  return err;
}

// isFailure reports whether err was made by failure.
function isFailure(err) {
  return err !== null && typeof err === 'object' && err.code === 'ERR_TEST_FAILURE' && 'failureType' in err;
}

module.exports = { failure, isFailure };
