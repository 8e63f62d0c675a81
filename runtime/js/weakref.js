'use strict';
// WeakRef and FinalizationRegistry, which goja lacks. The binding holds
// targets through Go weak pointers, so a target is collected exactly when
// nothing in the script reaches it; a registry's cleanup callbacks run as
// loop tasks once Go's collector has found a target dead, and never keep
// the process alive.

const { makeWeak, watch, canBeHeldWeakly } = internalBinding('weakref');
const { defineProperty, getPrototypeOf } = Object;

// refs maps each WeakRef to its deref function; registries maps each
// FinalizationRegistry to its cells.
const refs = new WeakMap();
const registries = new WeakMap();

function receiver(v) {
  if ((v !== null && typeof v === 'object') || typeof v === 'function') {
    const proto = getPrototypeOf(v);
    const ctor = proto && proto.constructor;
    return `#<${(ctor && ctor.name) || 'Object'}>`;
  }
  return typeof v === 'symbol' ? v.toString() : String(v);
}

function incompatible(method, v) {
  return new TypeError(`Method ${method} called on incompatible receiver ${receiver(v)}`);
}

function method(proto, name, fn) {
  defineProperty(proto, name, { value: fn, writable: true, enumerable: false, configurable: true });
}

function tag(proto, name) {
  defineProperty(proto, Symbol.toStringTag, { value: name, writable: false, enumerable: false, configurable: true });
}

function WeakRef(target) {
  if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
  if (!canBeHeldWeakly(target)) throw new TypeError('WeakRef: invalid target');
  refs.set(this, makeWeak(target));
}
method(WeakRef.prototype, 'deref', {
  deref() {
    const deref = (this !== null && typeof this === 'object') ? refs.get(this) : undefined;
    if (deref === undefined) throw incompatible('WeakRef.prototype.deref', this);
    return deref();
  },
}.deref);
tag(WeakRef.prototype, 'WeakRef');

function invalidToken(token) {
  return new TypeError(`Invalid unregisterToken ('${typeof token === 'symbol' ? token.toString() : String(token)}')`);
}

function FinalizationRegistry(cleanup) {
  if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
  if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
  const cells = new Map();
  // notify is what the binding calls, through a weak pointer, when a
  // target died: once the registry itself is gone, nothing runs.
  const notify = (id) => {
    const cell = cells.get(id);
    if (cell === undefined) return;
    cells.delete(id);
    cleanup.call(undefined, cell.held);
  };
  registries.set(this, { cells, notify });
}

function registryState(method, v) {
  const st = (v !== null && typeof v === 'object') ? registries.get(v) : undefined;
  if (st === undefined) throw incompatible(method, v);
  return st;
}

const registryMethods = {
  register(target, heldValue, unregisterToken = undefined) {
    const st = registryState('FinalizationRegistry.prototype.register', this);
    if (!canBeHeldWeakly(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
    if (target === heldValue) {
      throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
    }
    if (unregisterToken !== undefined && !canBeHeldWeakly(unregisterToken)) throw invalidToken(unregisterToken);
    st.cells.set(watch(target, st.notify), { held: heldValue, token: unregisterToken });
  },
  unregister(unregisterToken) {
    const st = registryState('FinalizationRegistry.prototype.unregister', this);
    if (!canBeHeldWeakly(unregisterToken)) throw invalidToken(unregisterToken);
    let removed = false;
    for (const [id, cell] of st.cells) {
      if (cell.token === unregisterToken) {
        st.cells.delete(id);
        removed = true;
      }
    }
    return removed;
  },
};
method(FinalizationRegistry.prototype, 'register', registryMethods.register);
method(FinalizationRegistry.prototype, 'unregister', registryMethods.unregister);
tag(FinalizationRegistry.prototype, 'FinalizationRegistry');

module.exports = { WeakRef, FinalizationRegistry };
