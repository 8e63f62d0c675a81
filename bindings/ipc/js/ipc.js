'use strict';
// The JS side of node's IPC channel. setupChannel(target, handle, ...)
// gives target (process in a forked child, or a ChildProcess in the parent)
// send(), disconnect(), connected and channel, and emits 'message',
// 'internalMessage' and 'disconnect' on it, as node does. `handle` is the
// Go channel (bindings/ipc/handle.go): write(text, token) -> bytes still
// queued (0: written at once), close(), ref(), unref(), and the callbacks
// onmessages(lines), onend(err), onwritedone(token, err) it calls.

const EventEmitter = require('events');
const { makeNodeError, invalidArgType } = require('internal/errors');

const INTERNAL_PREFIX = 'NODE_';
// send() returns false once this many bytes wait to be written, as node's
// `channel.writeQueueSize < 65536 * 2`.
const HIGH_WATER = 65536 * 2;

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > INTERNAL_PREFIX.length && message.cmd.startsWith(INTERNAL_PREFIX);
}

// Control is target.channel: node's reference counting of the channel
// handle (listeners and in-flight writes keep it ref'd unless ref() or
// unref() was called explicitly).
class Control extends EventEmitter {
  constructor(handle) {
    super();
    Object.defineProperty(this, '_ipc', { value: { handle, refs: 0, explicit: false } });
  }
  refCounted() {
    const s = this._ipc;
    if (++s.refs === 1 && !s.explicit) s.handle.ref();
  }
  unrefCounted() {
    const s = this._ipc;
    if (--s.refs === 0 && !s.explicit) {
      s.handle.unref();
      this.emit('unref');
    }
  }
  ref() {
    this._ipc.explicit = true;
    this._ipc.handle.ref();
  }
  unref() {
    this._ipc.explicit = true;
    this._ipc.handle.unref();
  }
  get fd() {
    return this._ipc.handle ? this._ipc.handle.fd : undefined;
  }
}
Object.defineProperty(Control.prototype, 'refCounted', { enumerable: false });
Object.defineProperty(Control.prototype, 'unrefCounted', { enumerable: false });

function channelClosed() {
  return makeNodeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
}

function describeMessageType(message) {
  // node words a function's name plainly, even when it is empty.
  if (typeof message === 'function') {
    return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "message" argument must be one of type string, object, number, or boolean. Received function ' + message.name);
  }
  return invalidArgType('message', ['string', 'object', 'number', 'boolean'], message);
}

function isHandleLike(h) {
  return h !== null && typeof h === 'object' && ('_handle' in h || typeof h.getConnections === 'function');
}

function setupChannel(target, handle, serialization, isChild) {
  if (serialization !== undefined && serialization !== 'json') {
    throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      "IPC serialization '" + serialization + "' is not supported by jsproc; use 'json'");
  }
  const control = new Control(handle);
  target.channel = control;
  target._channel = control;
  target.connected = true;

  // onmessages gets a batch of decoded messages. node emits each on its
  // own process.nextTick; emitting them in order here is the same, since
  // nothing can run between those ticks, except when a listener throws:
  // then the rest go on ticks, as they would in node.
  handle.onmessages = function onmessages(messages) {
    let i = 0;
    try {
      for (; i < messages.length; i++) deliver(messages[i]);
    } catch (e) {
      for (i++; i < messages.length; i++) process.nextTick(deliver, messages[i]);
      throw e;
    }
  };
  // Messages already read are still emitted after a disconnect, as in node.
  function deliver(message) {
    if (isInternal(message)) {
      handleInternal(message);
      target.emit('internalMessage', message, undefined);
    } else {
      target.emit('message', message, undefined);
    }
  }
  // EOF from the peer disconnects. For a ChildProcess it is also one of
  // the closes 'close' waits for (only this way: a channel the parent
  // disconnected itself never counts, as in node).
  handle.onend = function onend() {
    if (target.connected) disconnect();
    if (!isChild && typeof target._closesNeeded === 'number') {
      require('child_process')._internal.maybeClose(target);
    }
  };
  handle.onwritedone = function onwritedone(token, err) {
    control.unrefCounted();
    if (typeof token === 'function') token(err);
    else if (err) target.emit('error', err);
  };

  // A peer that sends a handle (NODE_HANDLE) expects an ACK; jsproc cannot
  // adopt descriptors (the reader closes them), so it answers NACK as node
  // does when the descriptor did not arrive, and the sender gives up after
  // its retries with a SentHandleTransmitWarning.
  function handleInternal(message) {
    if (message.cmd === 'NODE_HANDLE' && target.connected) {
      try {
        handle.write(JSON.stringify({ cmd: 'NODE_HANDLE_NACK' }), undefined);
      } catch (e) { /* the channel is closing */ }
    }
  }

  target.send = function send(message, sendHandle, options, callback) {
    if (typeof sendHandle === 'function') {
      callback = sendHandle;
      sendHandle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw invalidArgType('options', 'object', options);
    }
    if (this.connected) return this._send(message, sendHandle, options, callback);
    const ex = channelClosed();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, sendHandle, options, callback) {
    if (message === undefined) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    const type = typeof message;
    if (type !== 'string' && type !== 'object' && type !== 'number' && type !== 'boolean') {
      throw describeMessageType(message);
    }
    if (sendHandle) {
      if (isHandleLike(sendHandle)) {
        throw makeNodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent: jsproc does not pass handles over IPC');
      }
      throw makeNodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
    }
    // send serializes as JSON.stringify (throwing what it throws) and
    // returns the bytes still queued, or the write's error.
    const queued = handle.send(message, callback);
    if (typeof queued !== 'number') {
      const ex = queued;
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else if (!(options && options.swallowErrors)) process.nextTick(() => this.emit('error', ex));
      // node reports the failure asynchronously and still answers by the
      // size of the write queue.
      return handle.pending() < HIGH_WATER;
    }
    if (queued === 0) {
      if (typeof callback === 'function') process.nextTick(callback, null);
    } else {
      control.refCounted();
    }
    return queued < HIGH_WATER;
  };

  function disconnect() {
    target.connected = false;
    target.channel = null;
    target._channel = null;
    handle.close();
    process.nextTick(() => target.emit('disconnect'));
  }

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', makeNodeError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    disconnect();
  };
  target._disconnect = disconnect;

  if (isChild) {
    target.on('newListener', (name) => {
      if (name === 'message' || name === 'disconnect') control.refCounted();
    });
    target.on('removeListener', (name) => {
      if (name === 'message' || name === 'disconnect') control.unrefCounted();
    });
  }
  return control;
}

module.exports = { setupChannel, Control, isInternal };

// ---- fork() argument handling ------------------------------------------------
// normalizeFork turns fork(modulePath[, args][, options]) into the
// spawn(file, args, options) call node makes: process.execPath (or
// options.execPath) running execArgv + modulePath + args, with an 'ipc'
// entry in stdio. Errors are node's, thrown synchronously.
function normalizeFork(modulePath, args, options) {
  if (modulePath !== null && typeof modulePath === 'object' && typeof modulePath.href === 'string' && modulePath.protocol === 'file:') {
    modulePath = decodeURIComponent(modulePath.pathname);
  }
  if (typeof modulePath !== 'string') throw invalidArgType('modulePath', ['string', 'Buffer', 'URL'], modulePath);
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw invalidArgType('args', 'Array', args);
  }
  if (options != null && typeof options !== 'object') throw invalidArgType('options', 'object', options);
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  noNullBytes(options.execPath, 'options.execPath');
  const execArgv = options.execArgv || process.execArgv;
  if (!Array.isArray(execArgv)) throw invalidArgType('options.execArgv', 'Array', execArgv);
  for (let i = 0; i < execArgv.length; i++) noNullBytes(execArgv[i], 'options.execArgv[' + i + ']');
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw makeNodeError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
  }
  return { file: options.execPath, args, options };
}

function noNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw require('internal/errors').invalidArgValue(name, value, 'must be a string without null bytes');
  }
}

function stdioStringToArray(stdio, channel) {
  const out = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': out.push(stdio, stdio, stdio); break;
    case 'inherit': out.push(0, 1, 2); break;
    default: throw require('internal/errors').invalidArgValue('stdio', stdio);
  }
  if (channel) out.push(channel);
  return out;
}

// validateSerialization checks spawn's options.serialization as node does.
function validateSerialization(serialization) {
  if (serialization !== undefined && serialization !== 'json' && serialization !== 'advanced') {
    throw require('internal/errors').invalidArgValue('options.serialization', serialization,
      "must be one of: undefined, 'json', 'advanced'");
  }
}

module.exports.normalizeFork = normalizeFork;
module.exports.validateSerialization = validateSerialization;
