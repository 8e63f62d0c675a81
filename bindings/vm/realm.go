package vm

import (
	"errors"
	"strconv"

	"github.com/dop251/goja"
)

// realm is one goja runtime seen from Go: its own Reflect functions, which
// the cross-realm wrappers use to reach its objects with its semantics
// (getters, proxies, exceptions) intact. Only used on the loop goroutine.
type realm struct {
	vm *goja.Runtime
	// outer is set for the main runtime: after a call into it, a pending
	// interrupt (process.exit, a cancelled run) must end the caller too.
	outer bool
	probe goja.Callable

	get, set, has, deleteProperty, ownKeys   goja.Callable
	getOwnPropertyDescriptor, defineProperty goja.Callable
	getPrototypeOf, setPrototypeOf           goja.Callable
	isExtensible, preventExtensions          goja.Callable
	apply, construct                         goja.Callable
	isArray                                  goja.Callable
	// describe returns what a view of a Date, RegExp, Map or Set needs
	// (see view.go); build makes the view in the main realm.
	describe, build goja.Callable
	// promiseThen is Promise.prototype.then, called as then(promise, ...).
	promiseThen goja.Callable
}

func newRealm(vm *goja.Runtime, outer bool) (*realm, error) {
	r := &realm{vm: vm, outer: outer}
	// The functions are looked up in a fresh script so that a script's
	// own changes to Reflect do not reach them.
	v, err := vm.RunString(`(function () {
		const R = Reflect;
		` + viewHelpers + `
		return [R.get, R.set, R.has, R.deleteProperty, R.ownKeys, R.getOwnPropertyDescriptor,
			R.defineProperty, R.getPrototypeOf, R.setPrototypeOf, R.isExtensible, R.preventExtensions,
			R.apply, R.construct, Array.isArray, function () {}, describe, build,
			(p, f, r) => R.apply(Promise.prototype.then, p, [f, r])];
	})()`)
	if err != nil {
		return nil, err
	}
	list := v.(*goja.Object)
	dst := []*goja.Callable{&r.get, &r.set, &r.has, &r.deleteProperty, &r.ownKeys,
		&r.getOwnPropertyDescriptor, &r.defineProperty, &r.getPrototypeOf, &r.setPrototypeOf,
		&r.isExtensible, &r.preventExtensions, &r.apply, &r.construct, &r.isArray, &r.probe,
		&r.describe, &r.build, &r.promiseThen}
	for i, p := range dst {
		fn, ok := goja.AssertFunction(list.Get(strconv.Itoa(i)))
		if !ok {
			return nil, errors.New("vm: missing intrinsic")
		}
		*p = fn
	}
	return r, nil
}

// call runs fn of this realm. A JS exception comes back as err (a
// *goja.Exception holding this realm's value); an interrupt or a stack
// overflow is re-raised as a Go panic, so that it unwinds every realm.
func (r *realm) call(fn goja.Callable, args ...goja.Value) (goja.Value, *goja.Exception) {
	v, err := fn(goja.Undefined(), args...)
	return r.result(v, err)
}

// invoke is call for a function that may run arbitrary code (apply and
// construct): a call into the main runtime that ended in process.exit()
// leaves an interrupt pending there, which must end the calling context
// too.
func (r *realm) invoke(fn goja.Callable, args ...goja.Value) (goja.Value, *goja.Exception) {
	v, err := fn(goja.Undefined(), args...)
	if err == nil && r.outer {
		_, err = r.probe(goja.Undefined())
	}
	return r.result(v, err)
}

func (r *realm) result(v goja.Value, err error) (goja.Value, *goja.Exception) {
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			return nil, ex
		}
		panic(err)
	}
	return v, nil
}
