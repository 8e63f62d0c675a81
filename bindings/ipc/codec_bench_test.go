package ipc

import (
	"testing"

	"github.com/dop251/goja"
)

// The codec benchmarks compare the Go encoder and decoder with goja's
// JSON.stringify and JSON.parse on a typical small message and a larger
// one, which is what decides that messages are coded in Go.
var benchMessages = map[string]string{
	"small": `{"i":12345,"kind":"ping"}`,
	"large": `{"id":7,"name":"build","tags":["a","b","c"],"env":{"PATH":"/usr/bin:/bin","HOME":"/root"},"items":[{"n":1,"ok":true},{"n":2,"ok":false},{"n":3.5,"ok":null}],"text":"h\u00e9llo \"world\"\n"}`,
}

func BenchmarkDecode(b *testing.B) {
	for name, msg := range benchMessages {
		vm := goja.New()
		parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
		arg := vm.ToValue(msg)
		b.Run(name+"/go", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, ok := decodeJSON(vm, msg); !ok {
					b.Fatal("refused")
				}
			}
		})
		b.Run(name+"/JSON.parse", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := parse(goja.Undefined(), arg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEncode(b *testing.B) {
	for name, msg := range benchMessages {
		vm := goja.New()
		j := vm.Get("JSON").ToObject(vm)
		parse, _ := goja.AssertFunction(j.Get("parse"))
		stringify, _ := goja.AssertFunction(j.Get("stringify"))
		v, err := parse(goja.Undefined(), vm.ToValue(msg))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name+"/go", func(b *testing.B) {
			var buf []byte
			for i := 0; i < b.N; i++ {
				var ok bool
				if buf, ok = encodeJSON(vm, buf[:0], v); !ok {
					b.Fatal("refused")
				}
			}
		})
		b.Run(name+"/JSON.stringify", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := stringify(goja.Undefined(), v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
