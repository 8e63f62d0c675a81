'use strict';
// buffer: Node's Buffer. Instances are Uint8Arrays whose prototype is the
// one goja_nodejs's Go Buffer built (its Go read*/write* methods stay: they
// are fast and match Node); the constructor, the factories and everything
// string-related are here, over Go natives for encoding, search and fill.
const binding = internalBinding('buffer');
const natives = binding.natives;
const errors = require('internal/errors');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
let INSPECT_MAX_BYTES = 50;

const proto = binding.Buffer.prototype;

const ENC = { utf8: 1, utf16le: 2, latin1: 3, ascii: 4, base64: 5, base64url: 6, hex: 7 };

// normalizeEncoding returns Node's canonical name for enc, or undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
  }
  return undefined;
}

function unknownEncoding(enc) {
  return errors.makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + String(enc));
}

// encodingCode returns the natives' number for enc, throwing Node's error
// for an unknown one.
function encodingCode(enc) {
  const name = normalizeEncoding(enc);
  if (name === undefined) throw unknownEncoding(enc);
  return ENC[name];
}

function outOfBounds(name) {
  return errors.makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
    name ? '"' + name + '" is outside of buffer bounds' : 'Attempt to access memory outside buffer bounds');
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

// FastBuffer makes Buffer instances without Buffer()'s argument handling;
// it is also Buffer's species, so subarray/map/filter make Buffers.
function FastBuffer(a, b, c) {
  if (a === undefined) return Reflect.construct(Uint8Array, [], Buffer);
  return Reflect.construct(Uint8Array, arguments, Buffer);
}
FastBuffer.prototype = proto;

let warnedDeprecated = false;
// Buffer is Node's deprecated constructor: Buffer(size) allocates, any
// other argument goes to Buffer.from.
function Buffer(arg, encodingOrOffset, length) {
  if (!warnedDeprecated) {
    warnedDeprecated = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw errors.invalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = proto;
Object.defineProperty(proto, 'constructor', { value: Buffer, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
Buffer.poolSize = 8 * 1024;

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw outOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw outOfBounds('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(ab, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || obj.buffer instanceof ArrayBuffer) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function fromString(string, encoding) {
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    return natives.decode(string, ENC.utf8);
  }
  const code = encodingCode(encoding);
  if (string.length === 0) return new FastBuffer();
  return natives.decode(string, code);
}

const firstArgTypes = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
      return fromArrayBuffer(value, encodingOrOffset, length);
    }
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw errors.invalidArgType('first argument', firstArgTypes, value);
};

Buffer.of = function of(...items) {
  return new FastBuffer(items);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) throw errors.invalidArgType('view', 'TypedArray', view);
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      errors.validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      errors.validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return new FastBuffer(bytes);
};

function validateSize(size) {
  errors.validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) return fillImpl(buf, fill, 0, buf.length, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(enc) {
  return typeof enc === 'string' && enc.length !== 0 && normalizeEncoding(enc) !== undefined;
};

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer) return string.byteLength;
    throw errors.invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  switch (encoding === undefined ? 'utf8' : normalizeEncoding(encoding)) {
    case 'utf16le': return len * 2;
    case 'latin1': case 'ascii': return len;
    case 'hex': return len >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(string, len);
    default: return natives.byteLength(string, ENC.utf8);
  }
};

const listTypes = ['Buffer', 'Uint8Array'];

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw errors.invalidArgType('buf1', listTypes, buf1);
  if (!isUint8Array(buf2)) throw errors.invalidArgType('buf2', listTypes, buf2);
  if (buf1 === buf2) return 0;
  return natives.compare(buf1, buf2);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw errors.invalidArgType('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw errors.invalidArgType('list[' + i + ']', listTypes, list[i]);
      length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const out = new FastBuffer(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw errors.invalidArgType('list[' + i + ']', listTypes, buf);
    if (pos + buf.length > length) {
      if (pos < length) out.set(buf.subarray(0, length - pos), pos);
      pos = length;
      break;
    }
    out.set(buf, pos);
    pos += buf.length;
  }
  return out;
};

// ---- prototype -------------------------------------------------------------

function defineMethod(name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
}

defineMethod('toString', function toString(encoding, start, end) {
  if (arguments.length === 0) return natives.encode(this, ENC.utf8, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const code = encoding === undefined ? ENC.utf8 : encodingCode(encoding);
  return natives.encode(this, code, start, end);
});
defineMethod('toLocaleString', proto.toString);

defineMethod('equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw errors.invalidArgType('otherBuffer', listTypes, otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || natives.compare(this, otherBuffer) === 0;
});

defineMethod('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw errors.invalidArgType('target', listTypes, target);
  if (arguments.length === 1) return natives.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return natives.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
});

function searchIndex(buffer, val, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  byteOffset = Math.trunc(byteOffset);
  if (typeof val === 'number') return natives.indexOfByte(buffer, (val >>> 0) & 0xff, byteOffset, forward);
  let name = 'utf8';
  if (encoding !== undefined) name = normalizeEncoding(encoding);
  if (typeof val === 'string') {
    if (name === undefined) throw unknownEncoding(encoding);
    if (name === 'utf8' || name === 'utf16le') return natives.indexOf(buffer, val, byteOffset, name === 'utf16le', forward);
    return natives.indexOf(buffer, natives.decode(val, ENC[name]), byteOffset, false, forward);
  }
  if (isUint8Array(val)) return natives.indexOf(buffer, val, byteOffset, name === 'utf16le', forward);
  throw errors.invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

defineMethod('indexOf', function indexOf(val, byteOffset, encoding) {
  return searchIndex(this, val, byteOffset, encoding, true);
});
defineMethod('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
  return searchIndex(this, val, byteOffset, encoding, false);
});
defineMethod('includes', function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
});

function fillImpl(buf, value, offset, end, encoding) {
  let code = ENC.utf8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const name = normalizeEncoding(encoding);
    if (name === undefined) {
      errors.validateString(encoding, 'encoding');
      throw unknownEncoding(encoding);
    }
    code = ENC[name];
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (name === 'utf8') {
        const c = value.charCodeAt(0);
        if (c < 128) value = c;
      } else if (name === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw outOfBounds();
    Uint8Array.prototype.fill.call(buf, value & 255, offset, end);
    return buf;
  }
  if (typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(buf, Number(value), offset, end);
    return buf;
  }
  if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    Uint8Array.prototype.fill.call(buf, Number(value) & 255, offset, end);
    return buf;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof Uint8Array)) {
    value = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  const res = natives.fill(buf, value, offset, end, code);
  if (res < 0) {
    if (res === -1) throw errors.invalidArgValue('value', value);
    throw outOfBounds();
  }
  return buf;
}

defineMethod('fill', function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
});

defineMethod('write', function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  if (offset === undefined) return natives.writeString(this, string, 0, this.length, ENC.utf8);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const code = !encoding ? ENC.utf8 : encodingCode(encoding);
  return natives.writeString(this, string, offset, length, code);
});

defineMethod('toJSON', function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
});

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

defineMethod('slice', function slice(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
});

defineMethod('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw errors.invalidArgType('target', listTypes, target);
  const toInt = (n) => {
    n = +n;
    if (Number.isNaN(n)) return 0;
    return Math.trunc(n);
  };
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInt(targetStart);
    if (targetStart < 0) throw errors.outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInt(sourceStart);
    if (sourceStart < 0 || sourceStart > this.length) throw errors.outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInt(sourceEnd);
    if (sourceEnd < 0) throw errors.outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  if (nb > this.length - sourceStart) nb = this.length - sourceStart;
  Uint8Array.prototype.set.call(target, new Uint8Array(this.buffer, this.byteOffset + sourceStart, nb), targetStart);
  return nb;
});

function swap(buf, size) {
  const len = buf.length;
  if (len % size !== 0) {
    throw errors.makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + size * 8 + '-bits');
  }
  for (let i = 0; i < len; i += size) {
    for (let j = 0, k = size - 1; j < k; j++, k--) {
      const t = buf[i + j];
      buf[i + j] = buf[i + k];
      buf[i + k] = t;
    }
  }
  return buf;
}
defineMethod('swap16', function swap16() { return swap(this, 2); });
defineMethod('swap32', function swap32() { return swap(this, 4); });
defineMethod('swap64', function swap64() { return swap(this, 8); });

// The encoding-specific slice/write methods Node's Buffer also has.
for (const name of Object.keys(ENC)) {
  const jsName = name === 'utf16le' ? 'ucs2' : name;
  const code = ENC[name];
  defineMethod(jsName + 'Slice', function (start = 0, end = this.length) {
    return natives.encode(this, code, start, end);
  });
  defineMethod(jsName + 'Write', function (string, offset = 0, length = this.length - offset) {
    if (offset < 0 || offset > this.length) throw outOfBounds('offset');
    return natives.writeString(this, string, offset, length, code);
  });
}

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

const customInspect = Symbol.for('nodejs.util.inspect.custom');
Object.defineProperty(proto, customInspect, {
  writable: true, configurable: true, enumerable: false,
  value: function inspect(recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const shown = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = natives.encode(this, ENC.hex, 0, shown).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    if (ctx) {
      const extra = { __proto__: null };
      let any = false;
      const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
      for (const key of keys) {
        if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
        extra[key] = this[key];
        any = true;
      }
      if (any) {
        const { inspect } = require('internal/inspect');
        if (this.length !== 0) str += ', ';
        str += inspect(extra, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return '<' + this.constructor.name + ' ' + str + '>';
  },
});
delete proto.inspect;

// ---- module ------------------------------------------------------------------

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
SlowBuffer.prototype = proto;
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw errors.invalidArgType('source', listTypes, source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  const supported = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!supported.includes(from) || !supported.includes(to)) {
    const e = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    e.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    e.errno = 1;
    throw e;
  }
  let s = natives.encode(source, ENC[from], 0, source.length);
  if (to === 'latin1' || to === 'ascii') s = s.replace(/[^\u0000-\u00ff]/gu, '?');
  return natives.decode(s, ENC[to]);
}

// lazyWeb is internal/web's function name, loaded on first call: the
// buffer module's atob and btoa, which are also the globals.
function lazyWeb(name) {
  const f = function (...args) { return require('internal/web')[name](...args); };
  Object.defineProperty(f, 'name', { value: name });
  Object.defineProperty(f, 'length', { value: 1 });
  return f;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8(input) {
    if (!ArrayBuffer.isView(input) && !(input instanceof ArrayBuffer)) {
      throw errors.invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    }
    return natives.isUtf8(input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
  },
  isAscii(input) {
    if (!ArrayBuffer.isView(input) && !(input instanceof ArrayBuffer)) {
      throw errors.invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    }
    return natives.isAscii(input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
  },
  kMaxLength,
  kStringMaxLength,
  btoa: lazyWeb('btoa'),
  atob: lazyWeb('atob'),
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true, configurable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    errors.validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
// Blob, File and resolveObjectURL come from internal/blob (bindings/web).
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true, configurable: true,
    get() { return require('internal/blob')[name]; },
  });
}
