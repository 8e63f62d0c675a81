package runtime

import (
	"reflect"
	"testing"

	"github.com/dop251/goja"
)

func TestCompileSourceModule(t *testing.T) {
	src := `import def, { x as y } from "dep" with { type: "json", b: "2" };
export * from "star";
export const c = 1;
export let l = y + 1, m;
export var v = 2;
export class K {}
export function f() { return v; }
const hidden = 3;
export { hidden as shown };
export default def;
const [p, { q }] = [1, { q: 2 }];
export { p, q };
`
	m, err := CompileSourceModule("/x/m.mjs", src)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"dep", "star"}; !reflect.DeepEqual(m.Requests, want) {
		t.Errorf("Requests = %v, want %v", m.Requests, want)
	}
	if want := []string{"c", "l", "m", "K", "default", "shown"}; !reflect.DeepEqual(m.Lexical, want) {
		t.Errorf("Lexical = %v, want %v", m.Lexical, want)
	}
	if want := map[string]map[string]string{"dep": {"type": "json", "b": "2"}}; !reflect.DeepEqual(m.Attributes, want) {
		t.Errorf("Attributes = %v, want %v", m.Attributes, want)
	}
	if !reflect.DeepEqual(m.Stars, []string{"star"}) || m.Async {
		t.Errorf("Stars = %v, Async = %v", m.Stars, m.Async)
	}

	// Calling the code declares the bindings and hands over the getters;
	// only the body function it returns runs the body.
	vm := goja.New()
	fnv, err := vm.RunString(m.Code)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	depNS, _ := vm.RunString(`({ default: "D", x: 41 })`)
	var getters *goja.Object
	dep := func(spec string) goja.Value {
		if spec == "dep" {
			return depNS
		}
		return vm.NewObject()
	}
	ns := func(g *goja.Object) { getters = g }
	bodyv, err := fn(goja.Undefined(), vm.ToValue(dep), goja.Undefined(), goja.Undefined(), vm.ToValue(ns), goja.Undefined())
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		g, _ := goja.AssertFunction(getters.Get(name))
		v, err := g(goja.Undefined())
		if err != nil {
			t.Fatal(err)
		}
		return v.String()
	}
	if got := read("v"); got != "undefined" {
		t.Errorf("v before the body = %s", got)
	}
	if got := read("f"); got == "undefined" {
		t.Error("f is not hoisted")
	}
	body, _ := goja.AssertFunction(bodyv)
	if _, err := body(goja.Undefined()); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"v": "2", "l": "42", "default": "D", "shown": "3", "p": "1", "q": "2"} {
		if got := read(name); got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
}

func TestCompileSourceModuleAsync(t *testing.T) {
	m, err := CompileSourceModule("/x/a.mjs", "export let v = 1; await null; v = 2;")
	if err != nil {
		t.Fatal(err)
	}
	if !m.Async {
		t.Fatal("not Async")
	}
	if _, err := goja.Compile("a", m.Code, false); err != nil {
		t.Fatal(err)
	}
	if _, err := CompileSourceModule("/x/b.mjs", "export {"); err == nil {
		t.Fatal("no syntax error")
	} else if _, ok := err.(*ModuleSyntaxError); !ok {
		t.Fatalf("error %T, want *ModuleSyntaxError", err)
	}
}
