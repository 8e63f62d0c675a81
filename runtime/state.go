package runtime

import "fmt"

// State returns the value a binding keeps for rt under key, creating it
// with init on first use; later calls with the same key return that same
// value, so a binding's per-runtime state (its children, its channels, its
// caches) is made once however often its module or internalBinding is
// loaded. init runs at most once per Runtime and key; to release what the
// value holds when the run ends, init registers a cleanup with
// Runtime.OnClose.
//
// key should be a value of a type the binding owns (an unexported empty
// struct type), as context keys are, so bindings cannot collide. Asking
// for a key with a different T than the value stored under it panics: it
// is a bug in the binding.
//
// Loop goroutine only (Module.Load, binding functions, Options.Setup,
// queued callbacks), like OnClose.
func State[T any](rt *Runtime, key any, init func() T) T {
	if v, ok := rt.state[key]; ok {
		t, ok := v.(T)
		if !ok {
			panic(fmt.Sprintf("jsproc: runtime.State: key %T holds %T, not %T", key, v, t))
		}
		return t
	}
	v := init()
	if rt.state == nil {
		rt.state = map[any]any{}
	}
	rt.state[key] = v
	return v
}
