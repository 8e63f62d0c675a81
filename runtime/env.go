package runtime

import (
	"strings"

	"github.com/dop251/goja"
)

// envMap is process.env: a runtime's own copy of the environment.
// Assignment coerces to string and delete removes, as in Node. Loop
// goroutine only.
type envMap struct {
	vm    *goja.Runtime
	keys  []string
	value map[string]string
	// allow, when set, decides which inherited variables the script may
	// see: one not allowed reads as unset everywhere (get, in, keys, the
	// environment children inherit). A variable the script set itself is
	// its own (own) and always visible.
	allow func(name string) bool
	own   map[string]bool
}

// visible reports whether the script may see key, which is in value.
func (e *envMap) visible(key string) bool {
	return e.allow == nil || e.own[key] || e.allow(key)
}

func newEnvMap(environ []string) *envMap {
	e := &envMap{value: make(map[string]string, len(environ))}
	for _, kv := range environ {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			continue
		}
		if _, dup := e.value[k]; !dup {
			e.keys = append(e.keys, k)
		}
		e.value[k] = v
	}
	return e
}

func (e *envMap) environ() []string {
	out := make([]string, 0, len(e.keys))
	for _, k := range e.keys {
		if !e.visible(k) {
			continue
		}
		out = append(out, k+"="+e.value[k])
	}
	return out
}

// envName is the name the environment sees: up to the first NUL.
func envName(key string) string {
	if i := strings.IndexByte(key, 0); i >= 0 {
		return key[:i]
	}
	return key
}

// Get implements goja.DynamicObject.
func (e *envMap) Get(key string) goja.Value {
	key = envName(key)
	if v, ok := e.value[key]; ok && e.visible(key) {
		return e.vm.ToValue(v)
	}
	return nil
}

// Set implements goja.DynamicObject. As in Node, whose setenv refuses them,
// a name that is empty or holds '=' is dropped without an error, and a name
// ends at its first NUL.
func (e *envMap) Set(key string, val goja.Value) bool {
	key = envName(key)
	if key == "" || strings.Contains(key, "=") {
		return true
	}
	if _, ok := e.value[key]; !ok {
		e.keys = append(e.keys, key)
	}
	e.value[key] = val.String()
	if e.allow != nil {
		if e.own == nil {
			e.own = map[string]bool{}
		}
		e.own[key] = true
	}
	return true
}

// Has implements goja.DynamicObject.
func (e *envMap) Has(key string) bool {
	key = envName(key)
	_, ok := e.value[key]
	return ok && e.visible(key)
}

// Delete implements goja.DynamicObject.
func (e *envMap) Delete(key string) bool {
	key = envName(key)
	if _, ok := e.value[key]; !ok {
		return true
	}
	delete(e.value, key)
	delete(e.own, key)
	for i, k := range e.keys {
		if k == key {
			e.keys = append(e.keys[:i], e.keys[i+1:]...)
			break
		}
	}
	return true
}

// Keys implements goja.DynamicObject.
func (e *envMap) Keys() []string {
	if e.allow == nil {
		return append([]string(nil), e.keys...)
	}
	out := make([]string, 0, len(e.keys))
	for _, k := range e.keys {
		if e.visible(k) {
			out = append(out, k)
		}
	}
	return out
}
