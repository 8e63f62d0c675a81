'use strict';
// Deep equality as Node's assert.deepEqual (loose) and deepStrictEqual /
// util.isDeepStrictEqual (strict) define it.
const types = require('internal/util/types');
const native = internalBinding('util');
const typedArrayLength = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get);

const kStrict = true;
const kLoose = false;
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const toTag = (o) => Object.prototype.toString.call(o);
const isIndex = (k) => /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 2 ** 32 - 1;

// ownNonIndexKeys lists own enumerable keys that are not array indices
// (symbols too when withSymbols).
function ownNonIndexKeys(o, withSymbols) {
  // A typed array's indices come first among its keys: they are skipped
  // in Go, not filtered one by one.
  const keys = types.isTypedArray(o) ?
    native.namesAfter(o, typedArrayLength(o)).filter((k) => isEnumerable(o, k)) :
    Object.keys(o).filter((k) => !isIndex(k));
  if (withSymbols) {
    for (const s of Object.getOwnPropertySymbols(o)) if (isEnumerable(o, s)) keys.push(s);
  }
  return keys;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function bytesOf(v) {
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function sameBytes(a, b) {
  return a.byteLength === b.byteLength && native.sameBytes(a, b);
}

function sameLooseFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  if (types.isNumberObject(a)) return types.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (types.isStringObject(a)) return types.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (types.isBooleanObject(a)) return types.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (types.isBigIntObject(a)) return types.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  if (types.isSymbolObject(a)) return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  return false;
}

function isError(v) {
  return types.isNativeError(v) || v instanceof Error;
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = toTag(a);
  if (tag !== toTag(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const ka = ownNonIndexKeys(a, strict);
    const kb = ownNonIndexKeys(b, strict);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, ka);
  } else if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, kNoIterator);
  } else if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      if (!sameLooseFloats(a, b)) return false;
    } else if (!ArrayBuffer.isView(b) || !sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const ka = ownNonIndexKeys(a, strict);
    const kb = ownNonIndexKeys(b, strict);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, ka);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (Array.isArray(b) || ArrayBuffer.isView(b) || types.isSet(b) || types.isMap(b) || types.isDate(b) ||
    types.isRegExp(b) || types.isAnyArrayBuffer(b) || types.isBoxedPrimitive(b) || isError(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function keyCheck(a, b, strict, memos, iterationType, aKeys) {
  const explicitKeys = aKeys !== undefined;
  if (!explicitKeys) {
    aKeys = Object.keys(a);
    if (aKeys.length !== Object.keys(b).length) return false;
  }
  for (const k of aKeys) {
    if (!isEnumerable(b, k)) return false;
  }
  if (strict && !explicitKeys) {
    const symA = Object.getOwnPropertySymbols(a);
    if (symA.length !== 0) {
      let count = 0;
      for (const s of symA) {
        if (isEnumerable(a, s)) {
          if (!isEnumerable(b, s)) return false;
          aKeys.push(s);
          count++;
        } else if (isEnumerable(b, s)) {
          return false;
        }
      }
      const symB = Object.getOwnPropertySymbols(b);
      if (symA.length !== symB.length && symB.filter((s) => isEnumerable(b, s)).length !== count) return false;
    } else {
      const symB = Object.getOwnPropertySymbols(b);
      if (symB.length !== 0 && symB.filter((s) => isEnumerable(b, s)).length !== 0) return false;
    }
  }
  if (aKeys.length === 0 &&
    (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const ma = memos.a.get(a);
    if (ma !== undefined) {
      const mb = memos.b.get(b);
      if (mb !== undefined) return ma === mb;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const eq = objEquiv(a, b, strict, aKeys, memos, iterationType);
  memos.a.delete(a);
  memos.b.delete(b);
  return eq;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        const ka = Object.keys(a);
        for (; i < ka.length; i++) {
          const k = ka[i];
          if (!hasOwn(b, k) || !innerDeepEqual(a[k], b[k], strict, memos)) return false;
        }
        return ka.length === Object.keys(b).length;
      }
    }
  }
  for (const k of keys) {
    if (!innerDeepEqual(a[k], b[k], strict, memos)) return false;
  }
  return true;
}

// looseMatchHint says whether a primitive could loosely equal another
// value: null (maybe, look), or true/false outright.
function looseMatchHint(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
    // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseMatchHint(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseMatchHint(prim);
  if (alt != null) return alt;
  const curB = b.get(alt);
  if ((curB === undefined && !b.has(alt)) || !innerDeepEqual(item, curB, kLoose, memos)) return false;
  return !a.has(alt) && innerDeepEqual(item, curB, kLoose, memos);
}

function setHasEqualElement(set, v, strict, memos) {
  for (const v2 of set) {
    if (innerDeepEqual(v, v2, strict, memos)) {
      set.delete(v2);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let set = null;
  for (const v of a) {
    if (typeof v === 'object' && v !== null) {
      if (set === null) set = new Set();
      set.add(v);
    } else if (!b.has(v)) {
      if (strict) return false;
      if (!setMightHaveLoosePrim(a, b, v)) return false;
      if (set === null) set = new Set();
      set.add(v);
    }
  }
  if (set !== null) {
    for (const v of b) {
      if (typeof v === 'object' && v !== null) {
        if (!setHasEqualElement(set, v, strict, memos)) return false;
      } else if (!strict && !a.has(v) && !setHasEqualElement(set, v, strict, memos)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key, item, strict, memos) {
  for (const k2 of set) {
    if (innerDeepEqual(key, k2, strict, memos) && innerDeepEqual(item, map.get(k2), strict, memos)) {
      set.delete(k2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let set = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) set = new Set();
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memos)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }
  if (set !== null) {
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, strict, memos)) return false;
      } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, kLoose, memos)) &&
        !mapHasEqualEntry(set, a, key, item, kLoose, memos)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

module.exports = {
  isDeepEqual: (a, b) => innerDeepEqual(a, b, kLoose),
  isDeepStrictEqual: (a, b) => innerDeepEqual(a, b, kStrict),
};
