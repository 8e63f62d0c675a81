'use strict';
// child_process.fork: node's argument rules (normalizeFork), then spawn
// with an 'ipc' stdio entry, which opens the channel.
const { normalizeFork } = require('internal/child_process/ipc');

function fork(childProcess, modulePath, args, options) {
  const r = normalizeFork(modulePath, args, options);
  return childProcess.spawn(r.file, r.args, r.options);
}

module.exports = { fork };
