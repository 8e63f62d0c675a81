'use strict';
// Node's v8 module: the structured-clone serializer (V8's wire format,
// written and read in Go) and heap statistics from the Go runtime.

const { Buffer } = require('buffer');
const { makeNodeError, invalidArgType, validateString } = require('internal/errors');
const native = internalBinding('v8');

const isSharedArrayBuffer = (v) => require('util').types.isSharedArrayBuffer(v);
const kHandle = Symbol('kHandle');
const kDeHandle = Symbol('kDeHandle');

function constructCallRequired(name) {
  return makeNodeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', `Class constructor ${name} cannot be invoked without 'new'`);
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function handleOf(self, key, name) {
  const h = self != null ? self[key] : undefined;
  if (h === undefined) throw new TypeError('Illegal invocation');
  return h;
}

function define(proto, methods) {
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
  }
}

function Serializer() {
  if (new.target === undefined) throw constructCallRequired('Serializer');
  Object.defineProperty(this, kHandle, { value: native.newSerializer(this) });
}

define(Serializer.prototype, {
  writeHeader() { handleOf(this, kHandle).writeHeader(); },
  writeValue(value) {
    const message = handleOf(this, kHandle).writeValue(value);
    if (message !== null) throw Function.prototype.call.call(this._getDataCloneError, this, message);
    return true;
  },
  releaseBuffer() { return Buffer.from(handleOf(this, kHandle).releaseBuffer()); },
  transferArrayBuffer(id, arrayBuffer) {
    const h = handleOf(this, kHandle);
    if (!(arrayBuffer instanceof ArrayBuffer)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer');
    }
    h.transferArrayBuffer(id >>> 0, arrayBuffer);
  },
  writeUint32(value) { handleOf(this, kHandle).writeUint32(value >>> 0); },
  writeUint64(hi, lo) { handleOf(this, kHandle).writeUint64(hi >>> 0, lo >>> 0); },
  writeDouble(value) { handleOf(this, kHandle).writeDouble(+value); },
  writeRawBytes(source) {
    const h = handleOf(this, kHandle);
    if (!ArrayBuffer.isView(source)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    h.writeRawBytes(bytesOf(source));
  },
  _setTreatArrayBufferViewsAsHostObjects(value) { handleOf(this, kHandle).setViewsAsHostObjects(!!value); },
});
Serializer.prototype._getDataCloneError = Error;

function Deserializer(buffer) {
  if (new.target === undefined) throw constructCallRequired('Deserializer');
  if (!ArrayBuffer.isView(buffer)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
  }
  Object.defineProperty(this, kDeHandle, { value: native.newDeserializer(this, bytesOf(buffer)) });
  this.buffer = buffer;
}

define(Deserializer.prototype, {
  readHeader() {
    const message = handleOf(this, kDeHandle).readHeader();
    if (message !== null) throw new Error(message);
    return true;
  },
  readValue() {
    const r = handleOf(this, kDeHandle).readValue();
    if (typeof r === 'string') throw new Error(r);
    if (r.length > 1) throw new TypeError(r[1]);
    return r[0];
  },
  getWireFormatVersion() { return handleOf(this, kDeHandle).version(); },
  transferArrayBuffer(id, arrayBuffer) {
    const h = handleOf(this, kDeHandle);
    if (!(arrayBuffer instanceof ArrayBuffer) && !isSharedArrayBuffer(arrayBuffer)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    h.transferArrayBuffer(id >>> 0, arrayBuffer);
  },
  readUint32() {
    const v = handleOf(this, kDeHandle).readUint32();
    if (v === null) throw new Error('ReadUint32() failed');
    return v;
  },
  readUint64() {
    const v = handleOf(this, kDeHandle).readUint64();
    if (v === null) throw new Error('ReadUint64() failed');
    return v;
  },
  readDouble() {
    const v = handleOf(this, kDeHandle).readDouble();
    if (v === null) throw new Error('ReadDouble() failed');
    return v;
  },
  _readRawBytes(length) {
    const v = handleOf(this, kDeHandle).readRawBytes(length >>> 0);
    if (v === null) throw new Error('ReadRawBytes() failed');
    return v;
  },
});
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

const viewIndex = {
  '[object Int8Array]': 0, '[object Uint8Array]': 1, '[object Uint8ClampedArray]': 2,
  '[object Int16Array]': 3, '[object Uint16Array]': 4, '[object Int32Array]': 5,
  '[object Uint32Array]': 6, '[object Float32Array]': 7, '[object Float64Array]': 8,
  '[object DataView]': 9, '[object BigInt64Array]': 11, '[object BigUint64Array]': 12,
};
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
const objectToString = Object.prototype.toString;

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10;
    if (abView.constructor !== Buffer) {
      i = viewIndex[objectToString.call(abView)];
      if (i === undefined) {
        throw new this._getDataCloneError(`Unserializable host object: ${require('util').inspect(abView)}`);
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = viewTypes[typeIndex];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const BYTES_PER_ELEMENT = ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (ctor === Buffer) return Buffer.from(this.buffer.buffer, offset, byteLength);
    if (offset % BYTES_PER_ELEMENT === 0) {
      return new ctor(this.buffer.buffer, offset, byteLength / BYTES_PER_ELEMENT);
    }
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(bytesOf(this.buffer).subarray(byteOffset, byteOffset + byteLength));
    return new ctor(copy.buffer, copy.byteOffset, byteLength / BYTES_PER_ELEMENT);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

function getHeapStatistics() {
  const s = native.heapStatistics();
  return {
    total_heap_size: s.total_heap_size,
    total_heap_size_executable: s.total_heap_size_executable,
    total_physical_size: s.total_physical_size,
    total_available_size: s.total_available_size,
    used_heap_size: s.used_heap_size,
    heap_size_limit: s.heap_size_limit,
    malloced_memory: s.malloced_memory,
    peak_malloced_memory: s.peak_malloced_memory,
    does_zap_garbage: s.does_zap_garbage,
    number_of_native_contexts: s.number_of_native_contexts,
    number_of_detached_contexts: s.number_of_detached_contexts,
    total_global_handles_size: s.total_global_handles_size,
    used_global_handles_size: s.used_global_handles_size,
    external_memory: s.external_memory,
  };
}

function getHeapSpaceStatistics() {
  return native.heapSpaces().map((s) => ({
    space_name: s.space_name,
    space_size: s.space_size,
    space_used_size: s.space_used_size,
    space_available_size: s.space_available_size,
    physical_space_size: s.physical_space_size,
  }));
}

// There is no code heap: the engine interprets. The keys are node's.
function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// setFlagsFromString checks its argument as node does; there are no V8
// flags to set.
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function cachedDataVersionTag() {
  return native.cachedDataVersionTag();
}

function notBuildingSnapshot() {
  throw makeNodeError(Error, 'ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot');
}

// startupSnapshot: jsproc never builds a startup snapshot, so these behave
// as node's do in an ordinary run.
const startupSnapshot = {
  addSerializeCallback: notBuildingSnapshot,
  addDeserializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
  isBuildingSnapshot() { return 0; },
};

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  serialize,
  startupSnapshot,
};
