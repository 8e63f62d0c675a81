package vm

import (
	"strconv"
	"weak"

	"github.com/dop251/goja"
)

// handler holds the traps of one wrapper: obj is the original, in realm
// from; the wrapper lives in realm to.
type handler struct {
	m        *membrane
	obj      *goja.Object
	from, to *realm
	// self is the wrapper, held weakly: the set of wrappers holds handlers.
	self weak.Pointer[goja.Object]
}

// receiver converts the receiver of a get or set: the wrapper itself is
// the original; an object inheriting from the wrapper is handed over as
// itself, so that accessors see the object they were reached from.
func (h *handler) receiver(r goja.Value) goja.Value {
	if h.isSelf(r) {
		return h.obj
	}
	return h.in(r)
}

// in converts a value of the wrapper's realm for the original's.
func (h *handler) in(v goja.Value) goja.Value { return h.m.convert(v, h.to, h.from) }

// out converts a value of the original's realm for the wrapper's.
func (h *handler) out(v goja.Value) goja.Value { return h.m.convert(v, h.from, h.to) }

// call runs a Reflect function of the original's realm; its exception is
// thrown in the wrapper's realm, as a value of that realm.
func (h *handler) call(fn goja.Callable, args ...goja.Value) goja.Value {
	v, ex := h.from.call(fn, args...)
	if ex != nil {
		panic(h.out(ex.Value()))
	}
	return v
}

func (h *handler) key(k string) goja.Value { return h.from.vm.ToValue(k) }

// get reads through goja's own [[Get]] when the wrapper itself is the
// receiver (the common case, and the fast one), else through
// Reflect.get with the receiver converted.
func (h *handler) get(_ *goja.Object, k string, r goja.Value) goja.Value {
	if h.isSelf(r) {
		return h.fastGet(func() goja.Value { return h.obj.Get(k) })
	}
	return h.out(h.call(h.from.get, h.obj, h.key(k), h.receiver(r)))
}

func (h *handler) getSym(_ *goja.Object, k *goja.Symbol, r goja.Value) goja.Value {
	if h.isSelf(r) {
		return h.fastGet(func() goja.Value { return h.obj.GetSymbol(k) })
	}
	return h.out(h.call(h.from.get, h.obj, k, h.receiver(r)))
}

func (h *handler) fastGet(get func() goja.Value) goja.Value {
	var v goja.Value
	if ex := h.from.vm.Try(func() { v = get() }); ex != nil {
		panic(h.out(ex.Value()))
	}
	return h.out(v)
}

// isSelf reports whether r, a receiver, is the wrapper itself.
func (h *handler) isSelf(r goja.Value) bool {
	self := h.self.Value()
	return r == nil || self != nil && r == goja.Value(self)
}

func (h *handler) set(_ *goja.Object, k string, v, r goja.Value) bool {
	return h.call(h.from.set, h.obj, h.key(k), h.in(v), h.receiver(r)).ToBoolean()
}

func (h *handler) setSym(_ *goja.Object, k *goja.Symbol, v, r goja.Value) bool {
	return h.call(h.from.set, h.obj, k, h.in(v), h.receiver(r)).ToBoolean()
}

func (h *handler) has(_ *goja.Object, k string) bool {
	return h.call(h.from.has, h.obj, h.key(k)).ToBoolean()
}

func (h *handler) hasSym(_ *goja.Object, k *goja.Symbol) bool {
	return h.call(h.from.has, h.obj, k).ToBoolean()
}

func (h *handler) deleteProperty(_ *goja.Object, k string) bool {
	return h.call(h.from.deleteProperty, h.obj, h.key(k)).ToBoolean()
}

func (h *handler) deletePropertySym(_ *goja.Object, k *goja.Symbol) bool {
	return h.call(h.from.deleteProperty, h.obj, k).ToBoolean()
}

func (h *handler) ownKeys(target *goja.Object) *goja.Object {
	h.syncIfSealed(target)
	return copyKeys(h.call(h.from.ownKeys, h.obj), h.to.vm)
}

func (h *handler) getOwnPropertyDescriptor(target *goja.Object, k string) goja.PropertyDescriptor {
	return h.descriptor(target, h.key(k))
}

func (h *handler) getOwnPropertyDescriptorSym(target *goja.Object, k *goja.Symbol) goja.PropertyDescriptor {
	return h.descriptor(target, k)
}

// descriptor reads the original's own property k. A property that cannot
// change (not configurable) is copied onto the target as well, as the
// proxy invariants require.
func (h *handler) descriptor(target *goja.Object, k goja.Value) goja.PropertyDescriptor {
	d := h.call(h.from.getOwnPropertyDescriptor, h.obj, k)
	desc := h.toDescriptor(d)
	if !desc.Empty() && desc.Configurable == goja.FLAG_FALSE {
		mirror(h.to, target, k, desc)
	}
	return desc
}

// mirror defines a fixed property on a proxy's target, as the proxy
// invariants require of one the trap reports. goja's check of a fixed
// accessor refuses the very getter and setter the target holds (it
// tests them the wrong way round), so the target gets stand-ins: its
// accessors are never called, the traps answer every access.
func mirror(r *realm, target *goja.Object, k goja.Value, desc goja.PropertyDescriptor) {
	standIn := func(v goja.Value) goja.Value {
		if v == nil || goja.IsUndefined(v) {
			return v
		}
		return r.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	desc.Getter = standIn(desc.Getter)
	desc.Setter = standIn(desc.Setter)
	r.call(r.defineProperty, target, k, descriptorObject(r.vm, desc))
}

// toDescriptor converts a descriptor object of the original's realm.
func (h *handler) toDescriptor(d goja.Value) goja.PropertyDescriptor {
	return descriptorFrom(d, h.out)
}

// descriptorFrom reads a descriptor object as Reflect returns it (or
// undefined), converting its values with conv.
func descriptorFrom(d goja.Value, conv func(goja.Value) goja.Value) goja.PropertyDescriptor {
	var desc goja.PropertyDescriptor
	o, ok := d.(*goja.Object)
	if !ok {
		return desc
	}
	flag := func(name string) goja.Flag {
		v := o.Get(name)
		if v == nil {
			return goja.FLAG_NOT_SET
		}
		if v.ToBoolean() {
			return goja.FLAG_TRUE
		}
		return goja.FLAG_FALSE
	}
	if v := o.Get("get"); v != nil {
		desc.Getter = conv(v)
	}
	if v := o.Get("set"); v != nil {
		desc.Setter = conv(v)
	}
	if v := o.Get("value"); v != nil {
		desc.Value = conv(v)
	}
	desc.Writable = flag("writable")
	desc.Enumerable = flag("enumerable")
	desc.Configurable = flag("configurable")
	return desc
}

// descriptorObject renders desc, whose values belong to vm, as the object
// Reflect.defineProperty takes.
func descriptorObject(vm *goja.Runtime, desc goja.PropertyDescriptor) *goja.Object {
	o := vm.NewObject()
	if desc.Value != nil {
		o.Set("value", desc.Value)
	}
	if desc.Getter != nil {
		o.Set("get", desc.Getter)
	}
	if desc.Setter != nil {
		o.Set("set", desc.Setter)
	}
	for name, f := range map[string]goja.Flag{"writable": desc.Writable, "enumerable": desc.Enumerable, "configurable": desc.Configurable} {
		if f != goja.FLAG_NOT_SET {
			o.Set(name, f == goja.FLAG_TRUE)
		}
	}
	return o
}

func (h *handler) defineProperty(target *goja.Object, k string, desc goja.PropertyDescriptor) bool {
	return h.define(target, h.key(k), desc)
}

func (h *handler) definePropertySym(target *goja.Object, k *goja.Symbol, desc goja.PropertyDescriptor) bool {
	return h.define(target, k, desc)
}

func (h *handler) define(target *goja.Object, k goja.Value, desc goja.PropertyDescriptor) bool {
	in := desc
	if in.Value != nil {
		in.Value = h.in(in.Value)
	}
	if in.Getter != nil {
		in.Getter = h.in(in.Getter)
	}
	if in.Setter != nil {
		in.Setter = h.in(in.Setter)
	}
	ok := h.call(h.from.defineProperty, h.obj, k, descriptorObject(h.from.vm, in)).ToBoolean()
	if ok && desc.Configurable == goja.FLAG_FALSE {
		h.descriptor(target, k)
	}
	return ok
}

func (h *handler) getPrototypeOf(target *goja.Object) *goja.Object {
	h.syncIfSealed(target)
	p, _ := h.out(h.call(h.from.getPrototypeOf, h.obj)).(*goja.Object)
	return p
}

func (h *handler) setPrototypeOf(_ *goja.Object, proto *goja.Object) bool {
	var p goja.Value = goja.Null()
	if proto != nil {
		p = h.in(proto)
	}
	return h.call(h.from.setPrototypeOf, h.obj, p).ToBoolean()
}

func (h *handler) isExtensible(target *goja.Object) bool {
	return !h.syncIfSealed(target)
}

func (h *handler) preventExtensions(target *goja.Object) bool {
	ok := h.call(h.from.preventExtensions, h.obj).ToBoolean()
	h.syncIfSealed(target)
	return ok
}

// syncIfSealed reports whether the original is not extensible, and then
// makes the target its copy (own properties, prototype, not extensible),
// as the proxy invariants require of a non-extensible target.
func (h *handler) syncIfSealed(target *goja.Object) bool {
	if h.call(h.from.isExtensible, h.obj).ToBoolean() {
		return false
	}
	if ext, ex := h.to.call(h.to.isExtensible, target); ex != nil || !ext.ToBoolean() {
		return true
	}
	keys := h.call(h.from.ownKeys, h.obj).(*goja.Object)
	n := int(keys.Get("length").ToInteger())
	for i := 0; i < n; i++ {
		k := keys.Get(strconv.Itoa(i))
		desc := h.toDescriptor(h.call(h.from.getOwnPropertyDescriptor, h.obj, k))
		if !desc.Empty() {
			mirror(h.to, target, k, desc)
		}
	}
	p := h.out(h.call(h.from.getPrototypeOf, h.obj))
	h.to.call(h.to.setPrototypeOf, target, p)
	h.to.call(h.to.preventExtensions, target)
	return true
}

func (h *handler) apply(_ *goja.Object, this goja.Value, args []goja.Value) goja.Value {
	return h.out(h.invoke(h.from.apply, h.obj, h.in(this), h.argList(args)))
}

func (h *handler) invoke(fn goja.Callable, args ...goja.Value) goja.Value {
	v, ex := h.from.invoke(fn, args...)
	if ex != nil {
		panic(h.out(ex.Value()))
	}
	return v
}

func (h *handler) construct(_ *goja.Object, args []goja.Value, newTarget *goja.Object) *goja.Object {
	nt := h.in(newTarget)
	o, _ := h.out(h.invoke(h.from.construct, h.obj, h.argList(args), nt)).(*goja.Object)
	return o
}

// argList converts args into an array of the original's realm.
func (h *handler) argList(args []goja.Value) *goja.Object {
	conv := make([]any, len(args))
	for i, a := range args {
		conv[i] = h.in(a)
	}
	return h.from.vm.NewArray(conv...)
}

// copyKeys copies an array of property keys (strings and symbols) into vm.
func copyKeys(keys goja.Value, vm *goja.Runtime) *goja.Object {
	o := keys.(*goja.Object)
	n := int(o.Get("length").ToInteger())
	out := make([]any, n)
	for i := 0; i < n; i++ {
		out[i] = o.Get(strconv.Itoa(i))
	}
	return vm.NewArray(out...)
}
