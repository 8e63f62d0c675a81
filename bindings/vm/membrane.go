package vm

import (
	"reflect"
	goruntime "runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// membrane carries values between two realms (the main runtime and a
// context's). Primitives cross as they are (goja's primitives and symbols
// belong to no runtime); an object crosses as a proxy of the other realm
// whose traps reach the original through its own realm's Reflect, so no
// goja object is ever used by a runtime other than its own. Each object
// has at most one live wrapper, and a wrapper crossing back is its
// original again, so identity holds both ways.
//
// The caches hold wrappers weakly: an object and its wrapper go when
// neither is reachable, whatever the context's life.
type membrane struct {
	mu sync.Mutex // the caches; cleanups run on the collector's goroutine
	// wrappers maps an original to its wrapper, originals a wrapper to
	// its original.
	wrappers  map[weak.Pointer[goja.Object]]weak.Pointer[goja.Object]
	originals map[weak.Pointer[goja.Object]]*goja.Object
	// seen records the wrappers made in the main realm, which the
	// inspector must read through their traps.
	seen *wrapperSet
}

func newMembrane(seen *wrapperSet) *membrane {
	return &membrane{
		wrappers:  map[weak.Pointer[goja.Object]]weak.Pointer[goja.Object]{},
		originals: map[weak.Pointer[goja.Object]]*goja.Object{},
		seen:      seen,
	}
}

// pair makes inner stand for outer and outer for inner: a contextified
// object and its context's global object cross as each other.
func (m *membrane) pair(outer, inner *goja.Object) {
	m.mu.Lock()
	m.wrappers[weak.Make(outer)] = weak.Make(inner)
	m.originals[weak.Make(inner)] = outer
	m.mu.Unlock()
}

// wrapperSet is a weak set of the main realm's wrappers, of every
// context, with what each stands for.
type wrapperSet struct {
	mu  sync.Mutex
	set map[weak.Pointer[goja.Object]]*handler
}

func (s *wrapperSet) add(obj *goja.Object, h *handler) {
	k := weak.Make(obj)
	s.mu.Lock()
	s.set[k] = h
	s.mu.Unlock()
	sp := weak.Make(s)
	goruntime.AddCleanup(obj, func(k weak.Pointer[goja.Object]) {
		if s := sp.Value(); s != nil {
			s.mu.Lock()
			delete(s.set, k)
			s.mu.Unlock()
		}
	}, k)
}

// of returns the handler of a wrapper of the set, or nil.
func (s *wrapperSet) of(obj *goja.Object) *handler {
	s.mu.Lock()
	h := s.set[weak.Make(obj)]
	s.mu.Unlock()
	return h
}

// convert returns v, a value of realm from, as a value of realm to.
func (m *membrane) convert(v goja.Value, from, to *realm) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	key := weak.Make(obj)
	m.mu.Lock()
	if orig, ok := m.originals[key]; ok {
		m.mu.Unlock()
		return orig
	}
	if w, ok := m.wrappers[key]; ok {
		if p := w.Value(); p != nil {
			m.mu.Unlock()
			return p
		}
	}
	m.mu.Unlock()
	var p *goja.Object
	if to.outer && obj.ExportType() == promiseType {
		p = m.adopt(obj, from, to)
	} else {
		p = m.wrap(obj, from, to)
	}
	pkey := weak.Make(p)
	m.mu.Lock()
	m.wrappers[key] = pkey
	m.originals[pkey] = obj
	m.mu.Unlock()
	mp := weak.Make(m)
	goruntime.AddCleanup(obj, func(k weak.Pointer[goja.Object]) {
		if m := mp.Value(); m != nil {
			m.mu.Lock()
			if w, ok := m.wrappers[k]; ok && w.Value() == nil {
				delete(m.wrappers, k)
			}
			m.mu.Unlock()
		}
	}, key)
	goruntime.AddCleanup(p, func(k weak.Pointer[goja.Object]) {
		if m := mp.Value(); m != nil {
			m.mu.Lock()
			delete(m.originals, k)
			m.mu.Unlock()
		}
	}, pkey)
	return p
}

var promiseType = reflect.TypeOf((*goja.Promise)(nil))

// adopt makes the main realm's stand-in for a context's promise: a
// promise of the main realm that settles as it does. Its reactions then
// run in the main realm's microtask queue, in node's order: reactions
// registered through a proxy would run in the context's queue, which
// goja drains as soon as the call into the context returns.
func (m *membrane) adopt(obj *goja.Object, from, to *realm) *goja.Object {
	p, resolve, reject := to.vm.NewPromise()
	settle := func(f func(any) error) goja.Value {
		return from.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if err := f(m.convert(call.Argument(0), from, to)); err != nil {
				panic(err)
			}
			return goja.Undefined()
		})
	}
	if _, ex := from.call(from.promiseThen, obj, settle(resolve), settle(reject)); ex != nil {
		_ = reject(m.convert(ex.Value(), from, to))
	}
	return to.vm.ToValue(p).(*goja.Object)
}

// wrap makes the proxy of realm to that stands for obj of realm from. Its
// target is a stand-in of the same kind (function, constructor, array or
// object), so that typeof, calls, new and Array.isArray answer as for obj;
// the traps do the rest.
func (m *membrane) wrap(obj *goja.Object, from, to *realm) *goja.Object {
	var target *goja.Object
	if _, isFn := goja.AssertFunction(obj); isFn {
		if _, isCtor := goja.AssertConstructor(obj); isCtor {
			target = to.vm.ToValue(func(goja.ConstructorCall) *goja.Object { return nil }).(*goja.Object)
		} else {
			target = to.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }).(*goja.Object)
		}
	} else if isArr, ex := from.call(from.isArray, obj); ex == nil && isArr.ToBoolean() {
		target = to.vm.NewArray()
	} else {
		target = to.vm.NewObject()
	}
	h := &handler{m: m, obj: obj, from: from, to: to}
	p := to.vm.NewProxy(target, &goja.ProxyTrapConfig{
		Get:                         h.get,
		GetSym:                      h.getSym,
		Set:                         h.set,
		SetSym:                      h.setSym,
		Has:                         h.has,
		HasSym:                      h.hasSym,
		DeleteProperty:              h.deleteProperty,
		DeletePropertySym:           h.deletePropertySym,
		OwnKeys:                     h.ownKeys,
		GetOwnPropertyDescriptor:    h.getOwnPropertyDescriptor,
		GetOwnPropertyDescriptorSym: h.getOwnPropertyDescriptorSym,
		DefineProperty:              h.defineProperty,
		DefinePropertySym:           h.definePropertySym,
		GetPrototypeOf:              h.getPrototypeOf,
		SetPrototypeOf:              h.setPrototypeOf,
		IsExtensible:                h.isExtensible,
		PreventExtensions:           h.preventExtensions,
		Apply:                       h.apply,
		Construct:                   h.construct,
	})
	w := to.vm.ToValue(p).(*goja.Object)
	h.self = weak.Make(w)
	if to.outer {
		m.seen.add(w, h)
	}
	return w
}
