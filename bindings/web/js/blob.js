'use strict';
// Blob and File (the File API), as buffer exports and globals, with the
// blob: URLs of URL.createObjectURL and buffer.resolveObjectURL. A blob
// holds its parts' bytes, copied once when it is made and shared with its
// slices and the blobs made from it; stream() gives one chunk per part, as
// Node's does.

const errors = require('internal/errors');
const { makeNodeError, invalidArgType, invalidArgValue } = errors;

const kParts = Symbol('kParts');
const kSize = Symbol('kSize');
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
  return v !== null && typeof v === 'object' && kParts in v;
}

// normalType lowercases a type of printable ASCII and drops any other.
function normalType(type) {
  const t = `${type}`;
  return /^[\x20-\x7e]*$/.test(t) ? t.toLowerCase() : '';
}

function partBytes(part, endings) {
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

function setSlots(b, parts, type) {
  let size = 0;
  for (const p of parts) size += p.byteLength;
  Object.defineProperty(b, kParts, { value: parts });
  Object.defineProperty(b, kSize, { value: size });
  Object.defineProperty(b, kType, { value: type });
}

function makeBlob(parts, type) {
  const b = Object.create(Blob.prototype);
  setSlots(b, parts, type);
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
    const parts = [];
    for (const part of sources) {
      if (isBlob(part)) {
        parts.push(...part[kParts]);
        continue;
      }
      const b = partBytes(part, endings);
      if (b.byteLength > 0) parts.push(b);
    }
    setSlots(this, parts, opts.type === undefined ? '' : normalType(opts.type));
  }

  get type() {
    if (!isBlob(this)) throw invalidThis('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw invalidThis('Blob');
    return this[kSize];
  }

  slice(start = 0, end, contentType = '') {
    if (!isBlob(this)) throw invalidThis('Blob');
    const size = this[kSize];
    const clamp = (v, dflt) => {
      if (v === undefined) return dflt;
      v = Math.trunc(Number(v)) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const from = clamp(start, 0);
    const to = clamp(end, size);
    const parts = [];
    let at = 0;
    for (const p of this[kParts]) {
      const end = at + p.byteLength;
      const lo = Math.max(from, at);
      const hi = Math.min(to, end);
      if (hi > lo) parts.push(p.subarray(lo - at, hi - at));
      at = end;
    }
    return makeBlob(parts, normalType(contentType));
  }

  // arrayBuffer settles after as many promise jobs as Node's reader takes
  // (one for the first part, two for each further one), so that it settles
  // at the same point among a script's other promise jobs.
  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
    const parts = this[kParts];
    const size = this[kSize];
    return new Promise((resolve) => {
      let hops = parts.length === 0 ? 0 : 2 * parts.length - 1;
      const readNext = () => {
        if (hops === 0) {
          resolve(concat(parts, size).buffer);
          return;
        }
        hops--;
        queueMicrotask(readNext);
      };
      readNext();
    });
  }

  async text() {
    if (!isBlob(this)) throw invalidThis('Blob');
    const bytes = new Uint8Array(await this.arrayBuffer());
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }

  bytes() {
    if (!isBlob(this)) throw invalidThis('Blob');
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    if (!isBlob(this)) throw invalidThis('Blob');
    const parts = this[kParts];
    let next = 0;
    const { ReadableStream } = require('stream/web');
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        // A copy: enqueueing moves the chunk's buffer, and the blob's
        // parts (a Buffer's slice shares them) must stay.
        if (next < parts.length) controller.enqueue(new Uint8Array(parts[next++]));
        if (next === parts.length) controller.close();
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
  return makeBlob(b[kParts], b[kType]);
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
  return b === undefined ? undefined : makeBlob(b[kParts], b[kType]);
}

module.exports = { Blob, File, isBlob, cloneBlob, createObjectURL, revokeObjectURL, resolveObjectURL };
