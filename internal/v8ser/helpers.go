package v8ser

import (
	"sync"

	"github.com/dop251/goja"
)

// helpersSource runs once per runtime and captures the built-ins the codec
// needs before a script can replace them, as V8 reads its objects'
// internals rather than their (patchable) methods.
const helpersSource = `(function () {
'use strict';
const { getOwnPropertyDescriptor, getPrototypeOf, defineProperty } = Object;
const call = Function.prototype.call;
const uncurry = (f) => call.bind(f);
const getter = (proto, name) => uncurry(getOwnPropertyDescriptor(proto, name).get);
const isPrototypeOf = uncurry(Object.prototype.isPrototypeOf);
const objectToString = Object.prototype.toString;
const fnToString = uncurry(Function.prototype.toString);
const TypedArray = getPrototypeOf(Uint8Array);
const taTag = getter(TypedArray.prototype, Symbol.toStringTag);
const taBuffer = getter(TypedArray.prototype, 'buffer');
const taOffset = getter(TypedArray.prototype, 'byteOffset');
const taLength = getter(TypedArray.prototype, 'byteLength');
const dvBuffer = getter(DataView.prototype, 'buffer');
const dvOffset = getter(DataView.prototype, 'byteOffset');
const dvLength = getter(DataView.prototype, 'byteLength');
const mapForEach = uncurry(Map.prototype.forEach);
const setForEach = uncurry(Set.prototype.forEach);
const mapSet = uncurry(Map.prototype.set);
const setAdd = uncurry(Set.prototype.add);
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const reSource = getter(RegExp.prototype, 'source');
const reFlags = [['global', 1], ['ignoreCase', 2], ['multiline', 4], ['sticky', 8], ['unicode', 16],
  ['dotAll', 32], ['hasIndices', 128], ['unicodeSets', 256]]
  .filter(([name]) => getOwnPropertyDescriptor(RegExp.prototype, name))
  .map(([name, bit]) => [getter(RegExp.prototype, name), bit]);
const flagLetters = [[1, 'g'], [2, 'i'], [4, 'm'], [8, 'y'], [16, 'u'], [32, 's'], [128, 'd'], [256, 'v']];
const numberValue = uncurry(Number.prototype.valueOf);
const stringValue = uncurry(String.prototype.valueOf);
const booleanValue = uncurry(Boolean.prototype.valueOf);
const bigintValue = uncurry(BigInt.prototype.valueOf);
const ObjectCtor = Object, DateCtor = Date, RegExpCtor = RegExp, MapCtor = Map, SetCtor = Set;
const errorProtos = { E: EvalError.prototype, R: RangeError.prototype, F: ReferenceError.prototype,
  S: SyntaxError.prototype, T: TypeError.prototype, U: URIError.prototype };
const ErrorCtor = Error;
const views = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView };
const objectProto = Object.prototype, toStringTag = Symbol.toStringTag;
const uncloneableTags = ['Generator', 'AsyncGenerator', 'Array Iterator', 'Map Iterator', 'Set Iterator',
  'String Iterator', 'RegExp String Iterator', 'WeakRef', 'FinalizationRegistry'];

function dataProperty(o, key) {
  for (let p = o; p !== null; p = getPrototypeOf(p)) {
    const d = getOwnPropertyDescriptor(p, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

return {
  mapEntries(m) { const out = []; mapForEach(m, (v, k) => { out.push(k, v); }); return out; },
  setValues(s) { const out = []; setForEach(s, (v) => { out.push(v); }); return out; },
  viewTag(v) { const t = taTag(v); return t === undefined ? 'DataView' : t; },
  viewInfo(v) {
    const t = taTag(v);
    if (t === undefined) return [dvBuffer(v), dvOffset(v), dvLength(v), 'DataView'];
    return [taBuffer(v), taOffset(v), taLength(v), t];
  },
  // classify names what a non-plain object is: DataView, WeakMap, WeakSet,
  // or '' for an ordinary object.
  classify(o) {
    if (isPrototypeOf(DataView.prototype, o)) { try { dvLength(o); return 'DataView'; } catch {} }
    if (isPrototypeOf(WeakMap.prototype, o)) { try { weakMapHas(o, objectProto); return 'WeakMap'; } catch {} }
    if (isPrototypeOf(WeakSet.prototype, o)) { try { weakSetHas(o, objectProto); return 'WeakSet'; } catch {} }
    // Generators and iterators have no side-effect-free brand check: their
    // built-in tag marks them.
    const tag = dataProperty(o, toStringTag);
    if (typeof tag === 'string' && uncloneableTags.includes(tag)) return tag;
    return '';
  },
  isDense(a, n) {
    for (let i = 0; i < n; i++) {
      const d = getOwnPropertyDescriptor(a, i);
      if (d === undefined || !('value' in d)) return false;
    }
    return true;
  },
  regexp(re) {
    let flags = 0;
    for (const [get, bit] of reFlags) if (get(re)) flags |= bit;
    return [reSource(re), flags];
  },
  errorParts(e) {
    const md = getOwnPropertyDescriptor(e, 'message');
    const cd = getOwnPropertyDescriptor(e, 'cause');
    const name = ` + "`${e.name}`" + `;
    const hasMessage = md !== undefined && 'value' in md;
    const message = hasMessage ? ` + "`${md.value}`" + ` : undefined;
    const stack = e.stack;
    const hasCause = cd !== undefined && 'value' in cd;
    return [name, hasMessage, message, typeof stack === 'string' ? stack : undefined, hasCause, hasCause ? cd.value : undefined];
  },
  // describe is V8's side-effect-free description of an object that
  // cannot be cloned.
  describe(o) {
    if (typeof o === 'function') { try { return fnToString(o); } catch { return '[object Function]'; } }
    if (dataProperty(o, 'toString') === objectToString) {
      const c = dataProperty(o, 'constructor');
      if (typeof c === 'function' && typeof c.name === 'string' && c.name !== '') return '#<' + c.name + '>';
    }
    const tag = dataProperty(o, toStringTag);
    const builtin = taTag(o);
    return '[object ' + (typeof tag === 'string' ? tag : builtin !== undefined ? builtin : 'Object') + ']';
  },
  unbox(o, kind) {
    switch (kind) {
      case 'Number': return numberValue(o);
      case 'String': return stringValue(o);
      case 'Boolean': return booleanValue(o);
      default: return bigintValue(o);
    }
  },
  box(v) { return ObjectCtor(v); },
  newDate(ms) { return new DateCtor(ms); },
  newRegExp(source, flags) {
    let f = '';
    for (const [bit, letter] of flagLetters) if (flags & bit) f += letter;
    return new RegExpCtor(source, f);
  },
  newMap() { return new MapCtor(); },
  mapSet(m, k, v) { mapSet(m, k, v); },
  newSet() { return new SetCtor(); },
  setAdd(s, v) { setAdd(s, v); },
  newError(proto) {
    const e = new ErrorCtor();
    if (proto !== '') Object.setPrototypeOf(e, errorProtos[proto]);
    delete e.stack;
    return e;
  },
  setHidden(o, k, v) { defineProperty(o, k, { value: v, writable: true, configurable: true, enumerable: false }); },
  newView(tag, buffer, offset, length) {
    const C = views[tag];
    if (tag === 'DataView') return new C(buffer, offset, length);
    return new C(buffer, offset, length / C.BYTES_PER_ELEMENT);
  },
  isCallable(v) { return typeof v === 'function'; },
  objectProto,
};
})`

var helpersProgram struct {
	once sync.Once
	prg  *goja.Program
	err  error
}

// helpers are one runtime's captured built-ins.
type helpers struct {
	vm                               *goja.Runtime
	mapEntries, setValues, viewInfo  goja.Callable
	classify, isDense, regexp        goja.Callable
	errorParts, describe, unbox, box goja.Callable
	newDate, newRegExp, newMap       goja.Callable
	mapSet, newSet, setAdd, newError goja.Callable
	setHidden, newView, viewTag      goja.Callable
	objectProto                      *goja.Object
}

// Codec makes Encoders and Decoders for one runtime, with the built-ins
// it captured when it was made (New), as V8 reads objects' internals and
// not their patchable methods.
type Codec struct{ h *helpers }

// New captures vm's built-ins. Call it on the goroutine that runs vm,
// before scripts could have replaced them if that matters.
func New(vm *goja.Runtime) (*Codec, error) {
	helpersProgram.once.Do(func() {
		helpersProgram.prg, helpersProgram.err = goja.Compile("node:internal/v8ser", helpersSource, true)
	})
	if helpersProgram.err != nil {
		return nil, helpersProgram.err
	}
	fv, err := vm.RunProgram(helpersProgram.prg)
	if err != nil {
		return nil, err
	}
	f, _ := goja.AssertFunction(fv)
	ov, err := f(goja.Undefined())
	if err != nil {
		return nil, err
	}
	o := ov.ToObject(vm)
	fn := func(name string) goja.Callable {
		c, _ := goja.AssertFunction(o.Get(name))
		return c
	}
	h := &helpers{
		vm: vm, mapEntries: fn("mapEntries"), setValues: fn("setValues"), viewInfo: fn("viewInfo"),
		classify: fn("classify"), isDense: fn("isDense"), regexp: fn("regexp"), errorParts: fn("errorParts"),
		describe: fn("describe"), unbox: fn("unbox"), box: fn("box"), newDate: fn("newDate"),
		newRegExp: fn("newRegExp"), newMap: fn("newMap"), mapSet: fn("mapSet"), newSet: fn("newSet"),
		setAdd: fn("setAdd"), newError: fn("newError"), setHidden: fn("setHidden"), newView: fn("newView"),
		viewTag: fn("viewTag"), objectProto: o.Get("objectProto").ToObject(vm),
	}
	return &Codec{h: h}, nil
}

// call runs a helper and panics with its exception, as goja does for a
// JS exception inside a Go function called from JS.
func (h *helpers) call(f goja.Callable, args ...goja.Value) goja.Value {
	v, err := f(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}

// callErr runs a helper and returns its exception.
func (h *helpers) callErr(f goja.Callable, args ...goja.Value) (goja.Value, error) {
	return f(goja.Undefined(), args...)
}
