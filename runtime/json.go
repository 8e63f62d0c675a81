package runtime

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dop251/goja"
)

// jsonParseDepth is the nesting past which JSON.parse builds the value
// without recursion: goja's parser recurses in Go once per level, which
// costs hundreds of bytes of Go stack a level (500 MB and seconds for a
// million levels), where V8 parses iteratively.
const jsonParseDepth = 1000

// jsonStringifyDepth is how many nested arrays or objects JSON.stringify
// serialises before throwing V8's RangeError, as many as node 20 does. Past it
// goja would recurse in Go and scan its cycle stack at every level, which
// is quadratic in the depth.
const jsonStringifyDepth = 4186

// wrapJSON replaces JSON.parse and JSON.stringify with versions whose time
// and memory stay bounded however deep the data is nested.
func (r *Runtime) wrapJSON() {
	vm := r.vm
	j := vm.Get("JSON").ToObject(vm)
	parse, _ := goja.AssertFunction(j.Get("parse"))
	stringify, _ := goja.AssertFunction(j.Get("stringify"))
	r.defineBuiltin(j, "parse", 2, func(call goja.FunctionCall) goja.Value {
		text := call.Argument(0).ToString()
		reviver := call.Argument(1)
		s := text.String()
		if jsonDepth(s) <= jsonParseDepth {
			v, err := parse(j, text, reviver)
			if err != nil {
				panic(r.nodeJSONError(err))
			}
			return v
		}
		if _, ok := goja.AssertFunction(reviver); ok {
			// V8 revives recursively and overflows at this depth too.
			panic(r.NodeError("RangeError", "", stackOverflowMessage))
		}
		return r.parseDeepJSON(s)
	})
	r.defineBuiltin(j, "stringify", 3, func(call goja.FunctionCall) goja.Value {
		value, replacer, space := call.Argument(0), call.Argument(1), call.Argument(2)
		if o, ok := replacer.(*goja.Object); ok && isArray(vm, o) {
			// A property list: goja's order of keys cannot be had through a
			// replacer function, so the depth goes unchecked.
			return r.Call(stringify, j, value, replacer, space)
		}
		return r.Call(stringify, j, value, r.depthReplacer(replacer), space)
	})
}

// defineBuiltin sets a native method on obj as built-ins are defined:
// writable, configurable, not enumerable, with Node's name and length.
func (r *Runtime) defineBuiltin(obj *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) {
	f := r.vm.ToValue(fn).ToObject(r.vm)
	_ = f.DefineDataProperty("name", r.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", r.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func isArray(vm *goja.Runtime, o *goja.Object) bool {
	isArr, _ := goja.AssertFunction(vm.Get("Array").ToObject(vm).Get("isArray"))
	v, err := isArr(goja.Undefined(), o)
	return err == nil && v.ToBoolean()
}

// jsonDepth returns the deepest nesting of brackets in s outside strings.
func jsonDepth(s string) int {
	depth, max := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '{':
			depth++
			if depth > max {
				max = depth
			}
		case ']', '}':
			depth--
		case '"':
			for i++; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		}
	}
	return max
}

// depthReplacer returns a replacer function for JSON.stringify that calls
// the script's replacer (when it is a function) and throws V8's RangeError
// once the value being serialised is nested deeper than jsonStringifyDepth.
// JSON.stringify calls a replacer for every value, depth first, with the
// object holding the value as this, so a stack of the objects being
// serialised gives the depth.
func (r *Runtime) depthReplacer(user goja.Value) goja.Value {
	userFn, _ := goja.AssertFunction(user)
	var stack []*goja.Object
	return r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		holder, _ := call.This.(*goja.Object)
		i := len(stack) - 1
		for i >= 0 && stack[i] != holder {
			i--
		}
		if i < 0 {
			stack = append(stack[:0], holder) // the root's wrapper
		} else {
			stack = stack[:i+1]
		}
		value := call.Argument(1)
		if userFn != nil {
			value = r.Call(userFn, call.This, call.Argument(0), value)
		}
		if o, ok := value.(*goja.Object); ok {
			if len(stack) > jsonStringifyDepth {
				panic(r.NodeError("RangeError", "", stackOverflowMessage))
			}
			stack = append(stack, o)
		}
		return value
	})
}

// jsonEndMessage is V8's message for JSON text that ends too soon.
const jsonEndMessage = "Unexpected end of JSON input"

// nodeJSONError gives goja's JSON.parse error for text that ends too soon
// V8's message; other errors pass as they are.
func (r *Runtime) nodeJSONError(err error) any {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		if o, ok := ex.Value().(*goja.Object); ok && o.Get("message").String() == jsonEndMessage+" (EOF)" {
			e := r.NodeError("SyntaxError", "", jsonEndMessage)
			return e
		}
	}
	return r.catchable(err)
}

// parseDeepJSON is goja's JSON.parse without the recursion: the same
// tokens from encoding/json, the same values and the same error messages
// (V8's for text that ends too soon), with the open arrays and objects on
// a heap stack.
func (r *Runtime) parseDeepJSON(s string) goja.Value {
	vm := r.vm
	d := json.NewDecoder(strings.NewReader(s))
	type open struct {
		obj   *goja.Object // an object being filled, or nil for an array
		items []goja.Value // an array's elements
		key   string       // the object's key awaiting its value
	}
	var stack []*open
	fail := func(err error) {
		if errors.Is(err, io.EOF) {
			panic(r.NodeError("SyntaxError", "", jsonEndMessage))
		}
		panic(r.NodeError("SyntaxError", "", err.Error()))
	}
	unexpected := func(tok json.Token) {
		fail(fmt.Errorf("unexpected token (%T): %v", tok, tok))
	}
	var result goja.Value
	for {
		tok, err := d.Token()
		if err != nil {
			fail(err)
		}
		top := (*open)(nil)
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		// In an object, a key (or the closing brace) comes first.
		if top != nil && top.obj != nil && top.key == "" {
			switch t := tok.(type) {
			case json.Delim:
				if t != '}' {
					unexpected(tok)
				}
			case string:
				top.key = "\x00" + t // marks "key read" even for ""
				continue
			default:
				unexpected(tok)
			}
		}
		var value goja.Value
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, &open{obj: vm.NewObject()})
				continue
			case '[':
				stack = append(stack, &open{})
				continue
			case ']':
				if top == nil || top.obj != nil {
					unexpected(tok)
				}
				value = vm.NewArray(anySlice(top.items)...)
			case '}':
				if top == nil || top.obj == nil {
					unexpected(tok)
				}
				value = top.obj
			}
			stack = stack[:len(stack)-1]
		case nil:
			value = goja.Null()
		case string, float64, bool:
			value = vm.ToValue(t)
		default:
			unexpected(tok)
		}
		if len(stack) == 0 {
			result = value
			break
		}
		top = stack[len(stack)-1]
		if top.obj != nil {
			_ = top.obj.DefineDataProperty(top.key[1:], value, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			top.key = ""
		} else {
			top.items = append(top.items, value)
		}
	}
	if tok, err := d.Token(); err != io.EOF {
		panic(r.NodeError("SyntaxError", "", fmt.Sprintf("Unexpected token at the end: %v", tok)))
	}
	return result
}

func anySlice(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}
