'use strict';
// util.types: brand checks that scripts cannot fool with Symbol.toStringTag,
// by calling a builtin that only accepts the real thing or asking goja.
const native = internalBinding('util');

function accepts(fn, v, ...args) {
  try {
    fn.call(v, ...args);
    return true;
  } catch {
    return false;
  }
}

function getter(proto, name) {
  return Object.getOwnPropertyDescriptor(proto, name).get;
}

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = getter(TypedArray.prototype, Symbol.toStringTag);
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function' ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dvByteLength = getter(DataView.prototype, 'byteLength');
const mapHas = Map.prototype.has;
const setHas = Set.prototype.has;
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const dateGetTime = Date.prototype.getTime;
const fnToString = Function.prototype.toString;
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const GeneratorPrototype = Object.getPrototypeOf(GeneratorFunctionPrototype.prototype);
const MapIteratorPrototype = Object.getPrototypeOf(new Map().keys());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().values());
const objectToString = Object.prototype.toString;

// Async generators are lowered to plain functions; the host's intrinsics
// know which functions and objects are theirs.
let asyncGen;
const lowered = () => asyncGen || (asyncGen = require('internal/async_generator'));

const isObjectLike = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
const tagOf = (v) => (ArrayBuffer.isView(v) ? typedArrayTag.call(v) : undefined);

function protoChainHas(v, proto) {
  for (let p = Object.getPrototypeOf(v); p !== null; p = Object.getPrototypeOf(p)) {
    if (p === proto) return true;
  }
  return false;
}

const types = {
  isExternal: () => false,
  isDate: (v) => isObjectLike(v) && accepts(dateGetTime, v),
  isArgumentsObject: (v) => isObjectLike(v) && native.className(v) === 'Arguments',
  isBigIntObject: (v) => isObjectLike(v) && accepts(BigInt.prototype.valueOf, v),
  isBooleanObject: (v) => isObjectLike(v) && accepts(Boolean.prototype.valueOf, v),
  isNumberObject: (v) => isObjectLike(v) && accepts(Number.prototype.valueOf, v),
  isStringObject: (v) => isObjectLike(v) && accepts(String.prototype.valueOf, v),
  isSymbolObject: (v) => isObjectLike(v) && accepts(Symbol.prototype.valueOf, v),
  isNativeError: (v) => isObjectLike(v) && native.className(v) === 'Error',
  isRegExp: (v) => isObjectLike(v) && native.className(v) === 'RegExp',
  isAsyncFunction: (v) => typeof v === 'function' && (native.className(v) === 'AsyncFunction' || /^async\b/.test(fnToString.call(v)) || lowered().isFunction(v)),
  isGeneratorFunction: (v) => typeof v === 'function' && (protoChainHas(v, GeneratorFunctionPrototype) || lowered().isFunction(v)),
  isGeneratorObject: (v) => isObjectLike(v) && ((protoChainHas(v, GeneratorPrototype) && objectToString.call(v) === '[object Generator]') || lowered().isGenerator(v)),
  isPromise: (v) => native.isPromise(v),
  isMap: (v) => isObjectLike(v) && accepts(mapHas, v, undefined),
  isSet: (v) => isObjectLike(v) && accepts(setHas, v, undefined),
  isMapIterator: (v) => isObjectLike(v) && protoChainHas(v, MapIteratorPrototype) && objectToString.call(v) === '[object Map Iterator]',
  isSetIterator: (v) => isObjectLike(v) && protoChainHas(v, SetIteratorPrototype) && objectToString.call(v) === '[object Set Iterator]',
  isWeakMap: (v) => isObjectLike(v) && accepts(weakMapHas, v, {}),
  isWeakSet: (v) => isObjectLike(v) && accepts(weakSetHas, v, {}),
  // goja's ArrayBuffer getters accept a SharedArrayBuffer, node's do not.
  isArrayBuffer: (v) => isObjectLike(v) && accepts(abByteLength, v) && !types.isSharedArrayBuffer(v),
  isDataView: (v) => isObjectLike(v) && accepts(dvByteLength, v),
  isSharedArrayBuffer: (v) => sabByteLength !== undefined && isObjectLike(v) && accepts(sabByteLength, v),
  isProxy: (v) => native.isProxy(v),
  isModuleNamespaceObject: (v) => isObjectLike(v) && Object.getPrototypeOf(v) === null && v[Symbol.toStringTag] === 'Module' && Object.isSealed(v),
  isAnyArrayBuffer: (v) => isObjectLike(v) && accepts(abByteLength, v),
  isBoxedPrimitive: (v) => types.isNumberObject(v) || types.isStringObject(v) || types.isBooleanObject(v) ||
    types.isBigIntObject(v) || types.isSymbolObject(v),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => tagOf(v) !== undefined,
  isUint8Array: (v) => tagOf(v) === 'Uint8Array',
  isUint8ClampedArray: (v) => tagOf(v) === 'Uint8ClampedArray',
  isUint16Array: (v) => tagOf(v) === 'Uint16Array',
  isUint32Array: (v) => tagOf(v) === 'Uint32Array',
  isInt8Array: (v) => tagOf(v) === 'Int8Array',
  isInt16Array: (v) => tagOf(v) === 'Int16Array',
  isInt32Array: (v) => tagOf(v) === 'Int32Array',
  isFloat32Array: (v) => tagOf(v) === 'Float32Array',
  isFloat64Array: (v) => tagOf(v) === 'Float64Array',
  isBigInt64Array: (v) => tagOf(v) === 'BigInt64Array',
  isBigUint64Array: (v) => tagOf(v) === 'BigUint64Array',
  isKeyObject: () => false,
  isCryptoKey: () => false,
};

// Named like Node's, so that inspect shows [Function: isDate].
for (const k of Object.keys(types)) {
  Object.defineProperty(types[k], 'name', { value: k, configurable: true });
}

module.exports = types;
