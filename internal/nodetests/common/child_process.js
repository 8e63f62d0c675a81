'use strict';
// Helpers for tests of child_process timeouts: a child that outlives its
// parent's timer, and what it prints when it is not killed in time.
const common = require('./');

const kExpiringChildRunTime = 20 * 1000;
const kExpiringParentTimer = 1;

function logAfterTime(time) {
  setTimeout(() => {
    console.log('child stdout');
    console.error('child stderr');
  }, time);
}

// cleanupStaleProcess only matters on Windows, where a killed cmd.exe can
// leave its child behind.
function cleanupStaleProcess() {}

module.exports = {
  cleanupStaleProcess,
  kExpiringChildRunTime,
  kExpiringParentTimer,
  logAfterTime,
  isWindows: common.isWindows,
};
