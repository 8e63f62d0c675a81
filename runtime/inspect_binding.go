package runtime

import (
	"reflect"

	"github.com/dop251/goja"
)

var (
	proxyType   = reflect.TypeOf(goja.Proxy{})
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
)

// inspectBinding gives the vendored util.inspect what V8 gives Node's: the
// state of a promise and the target and handler of a proxy, which scripts
// cannot observe themselves.
func inspectBinding(r *Runtime, _ string) (goja.Value, error) {
	o := r.vm.NewObject()
	// promiseDetails(p) returns [state, result]: 0 pending, 1 fulfilled,
	// 2 rejected.
	o.Set("promiseDetails", func(v goja.Value) goja.Value {
		p := PromiseOf(v)
		if p == nil {
			return goja.Undefined()
		}
		res := p.Result()
		if res == nil {
			res = goja.Undefined()
		}
		return r.vm.NewArray(int(p.State()), res)
	})
	// proxyDetails(p, full) returns undefined for a non-proxy, else
	// [target, handler] (full) or the target.
	o.Set("proxyDetails", func(v goja.Value, full goja.Value) goja.Value {
		p, ok := ProxyOf(v)
		if view, mine := r.proxyView(v); ok && mine {
			// A binding's stand-in: util.inspect shows its view, or reads
			// it through its traps as any object.
			if view == nil || goja.IsUndefined(full) || full.ToBoolean() {
				return goja.Undefined()
			}
			return view
		}
		if !ok || r.loader.isNamespace(v) {
			// Module namespaces are proxies inside, exotic objects to scripts.
			return goja.Undefined()
		}
		target, handler := goja.Value(goja.Null()), goja.Value(goja.Null())
		if t := p.Target(); t != nil {
			target = t
		}
		if h := p.Handler(); h != nil {
			handler = h
		}
		if goja.IsUndefined(full) || full.ToBoolean() {
			return r.vm.NewArray(target, handler)
		}
		return target
	})
	// nodeStack(stack) is an error's stack in node's layout (Runtime.nodeStack).
	o.Set("nodeStack", r.nodeStack)
	o.Set("isAsyncGeneratorFunction", r.isAsyncGenFunction)
	o.Set("className", func(v goja.Value) string {
		if obj, ok := v.(*goja.Object); ok {
			return obj.ClassName()
		}
		return ""
	})
	return o, nil
}

// PromiseOf returns the promise v is, or nil when v is not a promise.
func PromiseOf(v goja.Value) *goja.Promise {
	obj, ok := v.(*goja.Object)
	if !ok || obj.ExportType() != promiseType {
		return nil
	}
	p, _ := obj.Export().(*goja.Promise)
	return p
}

// ProxyOf returns the proxy v is; ok is false when v is not a proxy.
func ProxyOf(v goja.Value) (p goja.Proxy, ok bool) {
	obj, isObj := v.(*goja.Object)
	if !isObj || obj.ExportType() != proxyType {
		return p, false
	}
	p, ok = obj.Export().(goja.Proxy)
	return p, ok
}

// AddProxyViews registers view, which recognizes proxies that stand for
// objects of another kind (the vm module's objects of another context):
// for such a proxy it returns ok and what util.inspect shows in its place
// (an object of this runtime that looks the same), or nil for inspect to
// read the proxy through its traps as any object. Only on the loop
// goroutine.
func (r *Runtime) AddProxyViews(view func(*goja.Object) (v goja.Value, ok bool)) {
	r.proxyViews = append(r.proxyViews, view)
}

func (r *Runtime) proxyView(v goja.Value) (goja.Value, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	for _, view := range r.proxyViews {
		if out, ok := view(obj); ok {
			return out, true
		}
	}
	return nil, false
}
