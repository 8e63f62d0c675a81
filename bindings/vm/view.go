package vm

import (
	"strconv"

	"github.com/dop251/goja"
)

// Views: through a proxy, util.inspect cannot look inside a Date, RegExp,
// Map, Set or error of another context (it asks for internal slots), nor
// tell a class, async or generator function from a plain one (it reads
// their source or class). So it shows a view instead: an object of the
// main realm of the same kind and contents, made afresh for each look.
// Other objects it reads through their traps.

// viewHelpers defines, in every realm, describe (the contents of an
// object of that realm) and build (a view from contents). The built-ins
// they use are taken before any script runs.
const viewHelpers = `
		const dateGetTime = Date.prototype.getTime;
		const reSource = R.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
		const reFlags = R.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
		const mapEntries = Map.prototype.entries;
		const setValues = Set.prototype.values;
		const arrayFrom = Array.from;
		const DateCtor = Date, RegExpCtor = RegExp, MapCtor = Map, SetCtor = Set, ErrorCtor = Error;
		const mapHas = Map.prototype.has, setHas = Set.prototype.has;
		function branded(fn, o) {
			try { R.apply(fn, o, []); return true; } catch { return false; }
		}
		const fnToString = Function.prototype.toString;
		const AsyncFunctionProto = R.getPrototypeOf(async function () {});
		const GeneratorFunctionProto = R.getPrototypeOf(function* () {});
		function describe(o) {
			if (typeof o === 'function') {
				let text = '';
				try { text = R.apply(fnToString, o, []); } catch {}
				if (/^class\b/.test(text)) return ['class', o.name];
				const p = R.getPrototypeOf(o);
				if (p === AsyncFunctionProto) return ['async', o.name];
				if (p === GeneratorFunctionProto) return ['generator', o.name];
				return undefined;
			}
			if (branded(dateGetTime, o)) return ['Date', R.apply(dateGetTime, o, [])];
			if (branded(reSource, o)) return ['RegExp', [R.apply(reSource, o, []), R.apply(reFlags, o, [])]];
			if (branded(mapHas, o)) return ['Map', arrayFrom(R.apply(mapEntries, o, []))];
			if (branded(setHas, o)) return ['Set', arrayFrom(R.apply(setValues, o, []))];
		}
		function build(cls, data, proto) {
			let v;
			switch (cls) {
			case 'Date': v = new DateCtor(data); break;
			case 'RegExp': v = new RegExpCtor(data[0], data[1]); break;
			case 'Map': v = new MapCtor(arrayFrom(data, (e) => [e[0], e[1]])); break;
			case 'Set': v = new SetCtor(arrayFrom(data)); break;
			case 'class': v = class {}; break;
			case 'async': v = async function () {}; break;
			case 'generator': v = function* () {}; break;
			default:
				v = new ErrorCtor();
				for (const k of R.ownKeys(v)) R.deleteProperty(v, k);
			}
			if (typeof v === 'function') R.defineProperty(v, 'name', { value: data, configurable: true });
			if (cls === 'Error') R.setPrototypeOf(v, proto);
			return v;
		}`

// view is the main realm's view of a wrapper: ok for the wrappers of
// this binding, v nil for those inspect reads through their traps.
func (b *binding) view(obj *goja.Object) (goja.Value, bool) {
	if b.namespaces.has(obj) {
		// A module namespace: read through its traps.
		return nil, true
	}
	h := b.wrappers.of(obj)
	if h == nil {
		return nil, false
	}
	if h.obj.ClassName() == "Error" {
		return b.errorView(h), true
	}
	d, ex := h.from.call(h.from.describe, h.obj)
	desc, ok := d.(*goja.Object)
	if ex != nil || !ok {
		return nil, true
	}
	// A Date, RegExp, Map or Set: a copy of the main realm's class (its
	// methods need the internal slots a proxy cannot have).
	v, ex := b.outer.call(b.outer.build, desc.Get("0"), h.out(desc.Get("1")), goja.Null())
	if ex != nil {
		return nil, true
	}
	if _, isFn := goja.AssertFunction(h.obj); isFn {
		// A class, async or generator function: its own properties as
		// well (the static ones inspect lists).
		if !b.copyOwn(h, v.(*goja.Object), "length", "name", "prototype") {
			return nil, true
		}
	}
	return v, true
}

// copyOwn copies the original's own properties onto its view, less skip;
// false when reading them fails.
func (b *binding) copyOwn(h *handler, v *goja.Object, skip ...string) bool {
	keys, ex := h.from.call(h.from.ownKeys, h.obj)
	if ex != nil {
		return false
	}
	ko := keys.(*goja.Object)
	n := int(ko.Get("length").ToInteger())
next:
	for i := 0; i < n; i++ {
		k := ko.Get(strconv.Itoa(i))
		if _, isSym := k.(*goja.Symbol); !isSym {
			for _, s := range skip {
				if k.String() == s {
					continue next
				}
			}
		}
		d, ex := h.from.call(h.from.getOwnPropertyDescriptor, h.obj, k)
		if ex != nil {
			return false
		}
		if desc := h.toDescriptor(d); !desc.Empty() {
			b.outer.call(b.outer.defineProperty, v, k, descriptorObject(b.outer.vm, desc))
		}
	}
	return true
}

// errorView is an error of the main realm with the original's prototype
// (so its class name) and own properties (stack, message, code...), or nil
// when reading them fails (a throwing getter, say).
func (b *binding) errorView(h *handler) goja.Value {
	proto, ex := h.from.call(h.from.getPrototypeOf, h.obj)
	if ex != nil {
		return nil
	}
	v, ex := b.outer.call(b.outer.build, b.outer.vm.ToValue("Error"), goja.Undefined(), h.out(proto))
	if ex != nil || !b.copyOwn(h, v.(*goja.Object)) {
		return nil
	}
	return v
}

// mainError gives an error view the prototype of the main realm's error
// class of the same name (Error for others), so that the main realm's
// checks (instanceof Error) take it for an error, as node's unhandled
// rejection report does with a context's error.
func (b *binding) mainError(v *goja.Object) *goja.Object {
	if v.ClassName() != "Error" {
		return v
	}
	g := b.rt.VM().GlobalObject()
	ctor, _ := g.Get("Error").(*goja.Object)
	if name := v.Get("name"); name != nil {
		switch n := name.String(); n {
		case "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError":
			if c, ok := g.Get(n).(*goja.Object); ok {
				ctor = c
			}
		}
	}
	if ctor != nil {
		if proto, ok := ctor.Get("prototype").(*goja.Object); ok {
			_ = v.SetPrototype(proto)
		}
	}
	return v
}
