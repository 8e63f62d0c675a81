package ipc

import (
	"testing"

	"github.com/dop251/goja"
)

// TestEncodeMatchesJSONStringify checks the Go encoder against
// JSON.stringify, and that it refuses what it must leave to it.
func TestEncodeMatchesJSONStringify(t *testing.T) {
	vm := goja.New()
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	plain := []string{
		`0`, `-0`, `1.5`, `-12`, `1e21`, `1e-7`, `123456789012345680000`, `NaN`, `-Infinity`, `2**53+2`,
		`""`, `"a\"b\\c/d\b\f\n\r\t\u0001\u001f\u007f"`, `"héllo ☃ 😀 \u2028"`, `true`, `null`,
		`[]`, `({})`, `[1, "x", null, [true, {}], undefined, Symbol('s')]`,
		`({a: 1, b: {c: [1, 2, {d: "e"}]}, u: undefined, s: Symbol('x'), n: null})`,
		`({2: "b", 1: "a", z: 0, "k\"": 1})`, `new Map([[1, 2]])`, `new Uint8Array([1, 2])`, `Object.create(null)`, `[,1,,]`,
		`({get g() { return 5; }, i: 1})`, `Object.defineProperty({a: 1}, 'h', {value: 2, enumerable: false})`,
		`({[Symbol('k')]: 1, v: 2})`, `({cmd: "NODE_HANDLE", msg: {i: 1}})`,
	}
	for _, src := range plain {
		v, err := vm.RunString(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		want, err := stringify(goja.Undefined(), v)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := encodeJSON(vm, nil, v)
		if !ok {
			t.Errorf("%s: encoder refused plain data", src)
			continue
		}
		if string(got) != want.String()+"\n" {
			t.Errorf("%s: got %q, want %q", src, got, want.String())
		}
	}
	refused := []string{
		`undefined`, `(function f() {})`, `Symbol('x')`, `10n`, `({toJSON() { return 1; }})`, `new Date(0)`,
		`new Number(1)`, `"\ud800"`, `new Proxy({}, {})`, `({f() {}})`, `[function () {}]`,
		`(() => { const a = {}; a.a = a; return a; })()`, `({d: new Date(0)})`,
	}
	for _, src := range refused {
		v, err := vm.RunString(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got, ok := encodeJSON(vm, nil, v); ok {
			t.Errorf("%s: encoder accepted it as %q", src, got)
		}
	}
}
