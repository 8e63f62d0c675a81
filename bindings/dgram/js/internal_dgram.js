'use strict';
// What dgram shares with child_process's handle passing: the key of a
// socket's state, its native handle (whose descriptor is sent) and a
// handle bound to a received descriptor.
const native = internalBinding('dgram');

const kState = Symbol('state symbol');

// handleOf returns a dgram.Socket's native handle, or null once it is
// closed.
function handleOf(socket) {
  return socket[kState].handle;
}

// adoptHandle makes a bound native handle of a received descriptor fd
// (taking it over), or returns a negative errno.
function adoptHandle(fd) {
  return native.adopt(fd);
}

module.exports = { kState, handleOf, adoptHandle };
