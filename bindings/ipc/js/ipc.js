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
const handles = require('internal/child_process/handles');

// A handle the receiver did not get is sent again this many times, then
// given up with a warning, as node does.
const MAX_HANDLE_RETRANSMISSIONS = 3;

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
    // pending: messages that came while nothing listened for 'message'.
    Object.defineProperty(this, '_ipc', { value: { handle, refs: 0, explicit: false, pending: [] } });
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

function setupChannel(target, handle, serialization, isChild) {
  if (serialization !== undefined && serialization !== 'json' && serialization !== 'advanced') {
    throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      "IPC serialization '" + serialization + "' is not supported by jsproc; use 'json' or 'advanced'");
  }
  const control = new Control(handle);
  target.channel = control;
  target._channel = control;
  target.connected = true;
  target._handleQueue = null;
  target._pendingMessage = null;

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
      // The descriptor of a NODE_HANDLE message came with its bytes.
      const received = message.cmd === 'NODE_HANDLE' ? receiveHandle(message) : undefined;
      target.emit('internalMessage', message, received);
    } else {
      emitMessage(message, undefined);
    }
  }
  // A message nobody listens for waits until a 'message' listener comes,
  // as in node.
  function emitMessage(message, received) {
    if (target.listenerCount('message')) target.emit('message', message, received);
    else control._ipc.pending.push([message, received]);
  }

  function receiveHandle(message) {
    const fd = handle.takeFd();
    if (fd < 0) return undefined;
    return handles.adopt(message.type, fd, handle.closeFd);
  }
  // A message that came with a handle is emitted on a later tick, once the
  // handle is ready, as in node.
  function handleMessage(message, received, internal) {
    if (!target.channel) return;
    process.nextTick(() => {
      if (internal) target.emit('internalMessage', message, received);
      else emitMessage(message, received);
    });
  }
  // EOF from the peer disconnects. For a ChildProcess it is also one of
  // the closes 'close' waits for (only this way: a channel the parent
  // disconnected itself never counts, as in node).
  handle.onend = function onend() {
    if (target.connected || target.channel) disconnect();
    if (!isChild && typeof target._closesNeeded === 'number') {
      require('child_process')._internal.maybeClose(target);
    }
  };
  handle.onwritedone = function onwritedone(token, err) {
    control.unrefCounted();
    if (typeof token === 'function') token(err);
    else if (err) target.emit('error', err);
  };

  // node's handle passing: the receiver of a NODE_HANDLE answers ACK (or
  // NACK when no descriptor came) and emits the message with the handle;
  // the sender holds later messages until the answer, and sends a handle
  // that was not received again.
  target.on('internalMessage', handleInternal);
  // Any new listener may be the first for 'message': the messages that
  // waited for one are emitted on the next tick.
  target.on('newListener', function () {
    process.nextTick(() => {
      const ipc = control._ipc;
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = ipc.pending;
      const { length } = messages;
      if (!length) return;
      for (let i = 0; i < length; i++) target.emit('message', messages[i][0], messages[i][1]);
      ipc.pending = [];
    });
  });

  function handleInternal(message, received) {
    if (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK') {
      const pending = target._pendingMessage;
      if (pending) {
        if (message.cmd === 'NODE_HANDLE_ACK') {
          closePendingHandle();
        } else if (pending.retransmissions++ === MAX_HANDLE_RETRANSMISSIONS) {
          closePendingHandle();
          process.emitWarning('Handle did not reach the receiving process correctly', 'SentHandleNotReceivedWarning');
        }
      }
      if (!Array.isArray(target._handleQueue)) return;
      const queue = target._handleQueue;
      target._handleQueue = null;
      if (target._pendingMessage) resendPending();
      for (let i = 0; i < queue.length; i++) {
        const args = queue[i];
        target._send(args.message, args.handle, args.options, args.callback);
      }
      // A disconnect asked for while handles were in flight.
      if (!target.connected && target.channel && !target._handleQueue) disconnect();
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    if (!received) {
      target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
      return;
    }
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    handles.conversion[message.type].got(message, received, (h) => {
      handleMessage(message.msg, h, isInternal(message.msg));
    }, target);
  }

  function closePendingHandle() {
    handle.closeFd(target._pendingMessage.fd);
    target._pendingMessage = null;
  }

  // resendPending sends the handle the receiver did not get once more.
  function resendPending() {
    const p = target._pendingMessage;
    target._handleQueue = [];
    const queued = handle.send(p.message, p.callback, p.fd, false);
    if (typeof queued !== 'number') {
      closePendingHandle();
      if (!p.options.swallowErrors) reportSendError(queued, p.callback);
    } else if (queued !== 0) {
      control.refCounted();
    }
  }

  function reportSendError(ex, callback) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => target.emit('error', ex));
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
    if (typeof options === 'boolean') options = { swallowErrors: options };
    else if (options === undefined || options === null) options = {};
    let conv;
    let fd;
    if (sendHandle) {
      message = { cmd: 'NODE_HANDLE', type: handles.typeOf(sendHandle), msg: message };
      // One handle at a time: the rest wait for the receiver's answer.
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle: sendHandle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      conv = handles.conversion[message.type];
      const nativeHandle = conv.send(message, sendHandle, options, this);
      if (nativeHandle) fd = nativeHandle.dupFd();
      if (nativeHandle && !(fd >= 0) && conv.keeps(options)) nativeHandle.close();
      if (!(fd >= 0)) {
        // Nothing to send with it: the message goes alone.
        fd = undefined;
        conv = undefined;
        message = message.msg;
      } else if (conv.keeps(options)) {
        nativeHandle.close(); // the duplicate goes, and is kept until the ACK
      }
    } else if (this._handleQueue && !(message && (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
      // Queued anyway, so that messages keep their order.
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }
    const keep = conv !== undefined && conv.keeps(options);
    // send serializes as JSON.stringify (throwing what it throws) and
    // returns the bytes still queued, or the write's error.
    let queued;
    try {
      queued = handle.send(message, callback, fd, fd !== undefined && !keep);
    } catch (e) {
      // The message could not be serialized: the descriptor goes nowhere.
      if (fd !== undefined) handle.closeFd(fd);
      throw e;
    }
    if (typeof queued !== 'number') {
      if (keep) handle.closeFd(fd);
      if (!options.swallowErrors) reportSendError(queued, callback);
      // node reports the failure asynchronously and still answers by the
      // size of the write queue.
      return handle.pending() < HIGH_WATER;
    }
    if (fd !== undefined) {
      if (!this._handleQueue) this._handleQueue = [];
      if (keep) this._pendingMessage = { callback, message, handle: sendHandle, options, retransmissions: 0, fd };
    }
    if (queued === 0) {
      if (typeof callback === 'function') process.nextTick(callback, null);
    } else {
      control.refCounted();
    }
    return queued < HIGH_WATER;
  };

  function disconnect() {
    if (target._pendingMessage) closePendingHandle();
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
    // With handles in flight, the disconnect waits for the receiver's
    // answer; no new message goes meanwhile.
    if (this._handleQueue) {
      this.connected = false;
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

// The 'advanced' serialization writes each ArrayBufferView as node's
// DefaultSerializer does: its type index (10 for a Buffer) and its bytes.
// viewBytes and makeView are the Go channel's (bindings/ipc/advanced.go).
const viewIndex = {
  '[object Int8Array]': 0, '[object Uint8Array]': 1, '[object Uint8ClampedArray]': 2,
  '[object Int16Array]': 3, '[object Uint16Array]': 4, '[object Int32Array]': 5,
  '[object Uint32Array]': 6, '[object Float32Array]': 7, '[object Float64Array]': 8,
  '[object DataView]': 9, '[object BigInt64Array]': 11, '[object BigUint64Array]': 12,
};
const objectToString = Object.prototype.toString;
let viewTypes;

function viewBytes(view) {
  const { Buffer } = require('buffer');
  let i = 10;
  if (view.constructor !== Buffer) {
    i = viewIndex[objectToString.call(view)];
    if (i === undefined) throw new Error(`Unserializable host object: ${require('util').inspect(view)}`);
  }
  return [i, new Uint8Array(view.buffer, view.byteOffset, view.byteLength)];
}

function makeView(index, arrayBuffer) {
  if (viewTypes === undefined) {
    viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
      Uint32Array, Float32Array, Float64Array, DataView, require('buffer').Buffer, BigInt64Array, BigUint64Array];
  }
  const ctor = viewTypes[index];
  const n = arrayBuffer.byteLength;
  if (index === 10) return ctor.from(arrayBuffer, 0, n);
  if (index === 9) return new DataView(arrayBuffer, 0, n);
  if (n % ctor.BYTES_PER_ELEMENT !== 0) throw new RangeError('Unable to deserialize cloned data.');
  return new ctor(arrayBuffer, 0, n / ctor.BYTES_PER_ELEMENT);
}

module.exports = { setupChannel, Control, isInternal, viewBytes, makeView };

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
  if (options != null && (typeof options !== 'object' || Array.isArray(options))) throw invalidArgType('options', 'object', options);
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
