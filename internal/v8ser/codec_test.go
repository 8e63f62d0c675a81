package v8ser

import (
	"encoding/hex"
	"testing"

	"github.com/dop251/goja"
)

// TestEncodeGolden checks bytes node 20's v8.Serializer writes (views as
// V8's own, not node's host objects).
func TestEncodeGolden(t *testing.T) {
	vm := goja.New()
	c, err := New(vm)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ src, hex string }{
		{`({b:1, 2:3, 1:4, a:'x'})`, "ff0f6f490249084904490622016249022201612201787b04"},
		{`[1.5, 2]`, "ff0f41024e000000000000f83f4e0000000000000040240002"},
		{`[1,,3]`, "ff0f61034900490249044906400203"},
		{`({ab:'\u1234'})`, "ff0f6f2202616200630234127b01"},
		{`new Uint8Array([5,6]).subarray(1)`, "ff0f420205065642010100"},
		{`(() => { const o = {}; o.self = o; o.arr = [o]; return o; })()`, "ff0f6f220473656c665e00220361727241015e002400017b02"},
		{`-1n`, "ff0f5a110100000000000000"},
	}
	for _, tc := range cases {
		v, err := vm.RunString(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.Encode(v)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		if got := hex.EncodeToString(b); got != tc.hex {
			t.Errorf("%s: got %s, want %s", tc.src, got, tc.hex)
		}
		back, err := c.Decode(b)
		if err != nil {
			t.Fatalf("%s: decode: %v", tc.src, err)
		}
		again, err := c.Encode(back)
		if err != nil || hex.EncodeToString(again) != tc.hex {
			t.Errorf("%s: round trip gave %x, %v", tc.src, again, err)
		}
	}
}

// TestCloneErrors checks V8's messages for values it cannot clone.
func TestCloneErrors(t *testing.T) {
	vm := goja.New()
	c, _ := New(vm)
	for src, want := range map[string]string{
		`() => {}`:          "() => {} could not be cloned.",
		`Symbol('x')`:       "Symbol(x) could not be cloned.",
		`new WeakMap()`:     "#<WeakMap> could not be cloned.",
		`new Proxy({}, {})`: "#<Object> could not be cloned.",
	} {
		v, _ := vm.RunString(src)
		_, err := c.Encode(v)
		if ce, ok := err.(*CloneError); !ok || ce.Message != want {
			t.Errorf("%s: got %v, want %q", src, err, want)
		}
	}
}

// TestDecodeMalformed checks that bad input is an error, never a panic.
func TestDecodeMalformed(t *testing.T) {
	vm := goja.New()
	c, _ := New(vm)
	for _, h := range []string{"", "ff", "ff10", "ff0f", "ff0f6f", "ff0f5e05", "ff0f4205", "ff0f22ffffffff0f", "ff0f41ffffffff0f", "ff0f5a11", "ff0f72ff"} {
		b, _ := hex.DecodeString(h)
		if _, err := c.Decode(b); err == nil {
			t.Errorf("%s: decoded without error", h)
		}
	}
}
