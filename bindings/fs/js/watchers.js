'use strict';
// fs.watch's FSWatcher over the binding's inotify watch.
const binding = internalBinding('fs');
const EventEmitter = require('events');
const { toPath } = require('internal/fs/utils');

// FSWatcher is what fs.watch returns: 'change' (eventType, filename),
// 'error' and 'close'.
class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  // start watches filename; a path that cannot be watched throws node's
  // error for syscall watch, with filename set.
  start(filename, persistent, recursive, encoding) {
    if (this._handle !== null) return;
    filename = toPath(filename, 'filename');
    const self = this;
    let handle;
    try {
      handle = binding.watch(filename, recursive === true, persistent === true, function onchange(eventType, name) {
        if (self._handle !== handle) return;
        if (typeof eventType !== 'string') {
          self._handle = null;
          handle.close();
          eventType.filename = filename;
          self.emit('error', eventType);
          return;
        }
        self.emit('change', eventType, encoding === 'buffer' ? name : name.toString(encoding || 'utf8'));
      });
    } catch (e) {
      if (e && e.syscall === 'watch') {
        // node's UVException lists errno, syscall, code, path, filename.
        const { code, path } = e;
        delete e.syscall;
        delete e.code;
        delete e.path;
        e.syscall = 'watch';
        e.code = code;
        e.path = path;
        e.filename = filename;
      }
      throw e;
    }
    this._handle = handle;
  }

  close() {
    if (this._handle === null) return;
    const handle = this._handle;
    this._handle = null;
    handle.close();
    process.nextTick(emitCloseNT, this);
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

function emitCloseNT(self) {
  self.emit('close');
}

module.exports = { FSWatcher };
