package ipc

import (
	"testing"

	"github.com/dop251/goja"
)

// TestDecodeMatchesJSONParse checks the Go decoder against JSON.parse.
func TestDecodeMatchesJSONParse(t *testing.T) {
	vm := goja.New()
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	show := func(v goja.Value) string {
		s, err := stringify(goja.Undefined(), v)
		if err != nil {
			t.Fatal(err)
		}
		return s.String()
	}
	cases := []string{
		`0`, `-0`, `1`, `-12`, `3.25`, `1e3`, `-1.5E-7`, `123456789012345678901234567890`,
		`9007199254740993`, `""`, `"a\"b\\c\/d\b\f\n\r\t"`, `"\u00e9\u2603\ud83d\ude00"`, `"héllo ☃ 😀"`,
		`true`, `false`, `null`, `[]`, `{}`, ` [1, "x", null, [true, {}]] `,
		`{"a":1,"b":{"c":[1,2,{"d":"e"}]},"a":2}`, `{"__proto__":{"x":1},"y":2}`, `{"2":"b","1":"a","z":0}`,
		`{"cmd":"NODE_HANDLE","msg":{"i":1}}`,
	}
	for _, c := range cases {
		want, err := parse(goja.Undefined(), vm.ToValue(c))
		if err != nil {
			t.Fatalf("%s: JSON.parse: %v", c, err)
		}
		got, ok := decodeJSON(vm, c)
		if !ok {
			t.Errorf("%s: decoder refused valid JSON", c)
			continue
		}
		if show(got) != show(want) {
			t.Errorf("%s: got %s, want %s", c, show(got), show(want))
		}
		if c == `-0` && !got.SameAs(want) {
			t.Errorf("-0 lost its sign")
		}
		if c == `{"__proto__":{"x":1},"y":2}` {
			if o := got.ToObject(vm); o.Prototype() != vm.NewObject().Prototype() {
				t.Errorf("__proto__ key changed the prototype")
			}
		}
	}
	for _, bad := range []string{``, `{`, `[1,]`, `{"a" 1}`, `01`, `1.`, `.5`, `+1`, `"abc`, "\"a\x01\"", `tru`, `{"a":1}x`, `[1 2]`, `'a'`, `NaN`} {
		if _, ok := decodeJSON(vm, bad); ok {
			t.Errorf("%q: decoder accepted invalid JSON", bad)
		}
	}
	// V8 reads an overflowing number as Infinity (goja's JSON.parse refuses it).
	if v, ok := decodeJSON(vm, `[1e400,-1e400]`); !ok || show(v) != "[null,null]" || v.ToObject(vm).Get("0").ToFloat() <= 1e308 {
		t.Errorf("1e400 should decode to Infinity")
	}
	// A lone surrogate is left to JSON.parse.
	if _, ok := decodeJSON(vm, `"\ud800"`); ok {
		t.Errorf("lone surrogate should fall back to JSON.parse")
	}
}
