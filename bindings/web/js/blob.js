'use strict';
// Blob and File (the File API), as buffer exports and globals, with the
// blob: URLs of URL.createObjectURL and buffer.resolveObjectURL. A blob's
// bytes are copied once, when it is made, and shared by its slices' copies.

const errors = require('internal/errors');
const { makeNodeError, invalidArgType, invalidArgValue } = errors;

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function invalidThis(name) {
  return makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${name}`);
}

// privateMember is the error Node's File getters give a non-File.
function privateMember(name) {
  return new TypeError(`Cannot read private member #${name} from an object whose class did not declare it`);
}

function isBlob(v) {
  return v !== null && typeof v === 'object' && kBytes in v;
}

// normalType lowercases a type of printable ASCII and drops any other.
function normalType(type) {
  const t = `${type}`;
  return /^[\x20-\x7e]*$/.test(t) ? t.toLowerCase() : '';
}

function partBytes(part, endings) {
  if (isBlob(part)) return part[kBytes];
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  let s = `${part}`;
  if (endings === 'native') s = s.replace(/\r?\n/g, require('os').EOL);
  return Buffer.from(s, 'utf8');
}

function concat(list, total) {
  const out = new Uint8Array(total);
  let at = 0;
  for (const b of list) {
    out.set(b, at);
    at += b.byteLength;
  }
  return out;
}

function setSlots(b, bytes, type) {
  Object.defineProperty(b, kBytes, { value: bytes });
  Object.defineProperty(b, kType, { value: type });
}

function makeBlob(bytes, type) {
  const b = Object.create(Blob.prototype);
  setSlots(b, bytes, type);
  return b;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "sources" argument must be a sequence.' + errors.describeReceived(sources));
    }
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be a dictionary.' + errors.describeReceived(options));
    }
    const opts = options || {};
    let endings = opts.endings;
    if (endings === undefined) endings = 'transparent';
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') throw invalidArgValue('options.endings', endings);
    const list = [];
    let total = 0;
    for (const part of sources) {
      const b = partBytes(part, endings);
      list.push(b);
      total += b.byteLength;
    }
    setSlots(this, concat(list, total), opts.type === undefined ? '' : normalType(opts.type));
  }

  get type() {
    if (!isBlob(this)) throw invalidThis('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw invalidThis('Blob');
    return this[kBytes].byteLength;
  }

  slice(start = 0, end, contentType = '') {
    if (!isBlob(this)) throw invalidThis('Blob');
    const size = this[kBytes].byteLength;
    const clamp = (v, dflt) => {
      if (v === undefined) return dflt;
      v = Math.trunc(Number(v)) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const from = clamp(start, 0);
    const to = clamp(end, size);
    return makeBlob(this[kBytes].slice(from, Math.max(from, to)), normalType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
    return Promise.resolve(this[kBytes].slice().buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
    return Promise.resolve(Buffer.from(this[kBytes].buffer, this[kBytes].byteOffset, this[kBytes].byteLength).toString('utf8'));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  stream() {
    if (!isBlob(this)) throw invalidThis('Blob');
    const bytes = this[kBytes];
    const { ReadableStream } = require('stream/web');
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.byteLength > 0) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    const data = { size: this.size, type: this.type };
    if (this instanceof File) {
      data.name = this[kName];
      data.lastModified = this[kLastModified];
    }
    return `${this.constructor.name} ${inspect(data, opts)}`;
  }
}
for (const k of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, k, { enumerable: true });
}
Object.defineProperty(Blob.prototype, customInspect, { enumerable: false });
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified');
    }
    super(fileBits, options);
    const opts = options || {};
    Object.defineProperty(this, kName, { value: `${fileName}` });
    Object.defineProperty(this, kLastModified, { value: opts.lastModified === undefined ? Date.now() : Number(opts.lastModified) });
  }

  get name() {
    if (!(this instanceof File) || this[kName] === undefined) throw privateMember('name');
    return this[kName];
  }

  get lastModified() {
    if (!(this instanceof File) || this[kName] === undefined) throw privateMember('lastModified');
    return this[kLastModified];
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// cloneBlob is structuredClone's copy of a Blob or File: a Blob, as in Node.
function cloneBlob(b) {
  return makeBlob(b[kBytes], b[kType]);
}

const objectURLs = new Map();

// randomUUID makes a version 4 UUID naming an object URL.
function randomUUID() {
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(Math.random() * 256));
  hex[6] = (hex[6] & 0x0f) | 0x40;
  hex[8] = (hex[8] & 0x3f) | 0x80;
  const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function createObjectURL(obj) {
  if (!isBlob(obj)) throw invalidArgType('obj', 'Blob', obj);
  const id = randomUUID();
  objectURLs.set(id, obj);
  return `blob:nodedata:${id}`;
}

function parseObjectURL(url) {
  const m = /^blob:nodedata:([^?#]*)/.exec(url);
  return m ? m[1] : undefined;
}

function revokeObjectURL(url) {
  if (arguments.length === 0) {
    throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "url" argument must be specified');
  }
  const id = parseObjectURL(`${url}`);
  if (id !== undefined) objectURLs.delete(id);
}

function resolveObjectURL(url) {
  const id = parseObjectURL(`${url}`);
  if (id === undefined) return undefined;
  const b = objectURLs.get(id);
  return b === undefined ? undefined : makeBlob(b[kBytes], b[kType]);
}

module.exports = { Blob, File, isBlob, cloneBlob, createObjectURL, revokeObjectURL, resolveObjectURL };
