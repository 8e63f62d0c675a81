'use strict';
// The async generator intrinsics goja lacks: %AsyncIteratorPrototype%,
// %AsyncGeneratorPrototype%, %AsyncGeneratorFunction.prototype% and
// AsyncGeneratorFunction. esbuild lowers every async generator function to
// a plain function returning an iterator of its own; the loader rewrites
// that code (asyncgen_rewrite.go) to mark each such function here and to
// hand each call's iterator to create, which returns the generator object
// node would: one inheriting the function's prototype.

const { defineProperty, setPrototypeOf, create: objectCreate } = Object;

// functions holds every marked function; states maps each generator object
// to esbuild's iterator driving it.
const functions = new WeakSet();
const states = new WeakMap();

function hidden(obj, key, value, writable) {
  defineProperty(obj, key, { value, writable, enumerable: false, configurable: true });
}

const AsyncIteratorPrototype = {};
hidden(AsyncIteratorPrototype, Symbol.asyncIterator, {
  [Symbol.asyncIterator]() {
    return this;
  },
}[Symbol.asyncIterator], true);

const AsyncGeneratorPrototype = objectCreate(AsyncIteratorPrototype);

function incompatible(method, receiver) {
  let shown;
  if (receiver !== null && (typeof receiver === 'object' || typeof receiver === 'function')) {
    const ctor = receiver.constructor;
    shown = `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
  } else {
    shown = String(receiver);
  }
  return new TypeError(`Method [AsyncGenerator].prototype.${method} called on incompatible receiver ${shown}`);
}

// Each method resumes the generator through esbuild's iterator, or rejects
// for a receiver that is not an async generator, as node does.
const methods = {
  next(value) {
    const it = states.get(this);
    return it === undefined ? Promise.reject(incompatible('next', this)) : it.next(value);
  },
  return(value) {
    const it = states.get(this);
    return it === undefined ? Promise.reject(incompatible('return', this)) : it.return(value);
  },
  throw(value) {
    const it = states.get(this);
    return it === undefined ? Promise.reject(incompatible('throw', this)) : it.throw(value);
  },
};

const AsyncGeneratorFunctionPrototype = objectCreate(Function.prototype);

function makeConstructor(compile) {
  // AsyncGeneratorFunction(...params, body) compiles like Function does,
  // in the global scope.
  const ctor = function AsyncGeneratorFunction(...args) {
    const body = args.length > 0 ? String(args[args.length - 1]) : '';
    const params = args.slice(0, -1).map(String).join(',');
    return compile(params, body);
  };
  setPrototypeOf(ctor, Function);
  defineProperty(ctor, 'length', { value: 1, writable: false, enumerable: false, configurable: true });
  defineProperty(ctor, 'prototype', { value: AsyncGeneratorFunctionPrototype, writable: false, enumerable: false, configurable: false });
  return ctor;
}

hidden(AsyncGeneratorPrototype, 'constructor', AsyncGeneratorFunctionPrototype, false);
for (const name of ['next', 'return', 'throw']) {
  hidden(AsyncGeneratorPrototype, name, methods[name], true);
}
hidden(AsyncGeneratorPrototype, Symbol.toStringTag, 'AsyncGenerator', false);
hidden(AsyncGeneratorFunctionPrototype, 'prototype', AsyncGeneratorPrototype, false);
hidden(AsyncGeneratorFunctionPrototype, Symbol.toStringTag, 'AsyncGeneratorFunction', false);

// mark makes fn, a lowered async generator function, one to scripts: its
// [[Prototype]], its own prototype object, and its name when given.
function mark(fn, name) {
  if (typeof fn !== 'function' || functions.has(fn)) return fn;
  functions.add(fn);
  setPrototypeOf(fn, AsyncGeneratorFunctionPrototype);
  defineProperty(fn, 'prototype', { value: objectCreate(AsyncGeneratorPrototype), writable: true, enumerable: false, configurable: false });
  if (name !== undefined) {
    defineProperty(fn, 'name', { value: name, writable: false, enumerable: false, configurable: true });
  }
  return fn;
}

// markMethod marks the method home[key], where a class defined it.
function markMethod(home, key) {
  const d = Object.getOwnPropertyDescriptor(home, key);
  if (d !== undefined && typeof d.value === 'function') mark(d.value);
}

// Computed method keys: key(k) converts a computed key as the object or
// class literal would, and remembers it for the name or the static block
// that marks the method next. Keys are taken in the order they were given
// for object literals (the value follows its key at once) and last first
// for classes (an inner class consumes its own keys before the outer class
// goes on); a class's entries carry its site, so that keys left by a class
// whose evaluation threw are skipped.
let lastKey;
const classKeys = [];

function toKey(k) {
  // A computed key is converted once, exactly as the literal would.
  return Reflect.ownKeys({ [k]: 0 })[0];
}

function keyName(k) {
  if (typeof k !== 'symbol') return k;
  return k.description === undefined ? '' : `[${k.description}]`;
}

function key(k) {
  lastKey = toKey(k);
  return lastKey;
}

function takeKey() {
  const k = lastKey;
  lastKey = undefined;
  return keyName(k);
}

function classKey(k, isStatic, site) {
  k = toKey(k);
  classKeys.push({ k, isStatic, site });
  return k;
}

function markClassKey(cls, site) {
  while (classKeys.length > 0) {
    const e = classKeys.pop();
    if (e.site === site) {
      markMethod(e.isStatic ? cls : cls.prototype, e.k);
      return;
    }
  }
}

// create returns the generator object for one call of fn (null when the
// function is not known), driven by esbuild's iterator it.
function create(fn, it) {
  let proto = fn === null ? undefined : fn.prototype;
  if (proto === null || (typeof proto !== 'object' && typeof proto !== 'function')) {
    proto = AsyncGeneratorPrototype;
  }
  const gen = objectCreate(proto);
  states.set(gen, it);
  return gen;
}

hidden(AsyncGeneratorFunctionPrototype, 'constructor', makeConstructor(internalBinding('async_generator').compile), false);

module.exports = {
  AsyncIteratorPrototype,
  AsyncGeneratorPrototype,
  AsyncGeneratorFunctionPrototype,
  mark,
  markMethod,
  key,
  takeKey,
  classKey,
  markClassKey,
  create,
  isFunction: (v) => functions.has(v),
  isGenerator: (v) => v !== null && typeof v === 'object' && states.has(v),
};
