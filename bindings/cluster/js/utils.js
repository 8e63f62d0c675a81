'use strict';
// The cluster's own messages between primary and worker: internal IPC
// messages { cmd: 'NODE_CLUSTER', act, seq, ... }. A message may ask for
// an answer: the answer carries ack: <seq of the question> and goes to the
// callback registered for that seq instead of the usual handler.

const callbacks = new Map();
let seq = 0;

// sendHelper sends message (and handle, when given) on proc's channel;
// cb, when given, gets the answer. It returns false when the channel is
// gone.
function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  const full = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(full, handle);
}

// internal returns an 'internalMessage' listener that passes the cluster's
// messages to cb (with worker as this), or an answer to the callback that
// waits for it.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    fn.call(worker, message, handle);
  };
}

module.exports = { sendHelper, internal };
