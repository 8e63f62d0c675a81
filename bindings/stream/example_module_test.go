package stream_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/bindings/stream"
	"github.com/jsproc/jsproc/runtime"
)

// A whole Go-backed module, as bindings/README.md shows it: require('shout')
// .open(text) returns a Readable stream over a Go reader. The bytes come
// through the I/O layer (a reader goroutine with credits, the loop's task
// queue), so pause/resume, pipe and async iteration just work.
var shoutJS = `
const { HandleDuplex } = require('internal/stream_base');
const native = internalBinding('shout');
exports.open = (text) => new HandleDuplex(native.open(String(text)), { writable: false });
`

func shoutBinding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	o := rt.VM().NewObject()
	o.Set("open", func(text string) *goja.Object {
		src := strings.NewReader(strings.ToUpper(text))
		return stream.NewHandle(rt, rwOnly{src}, stream.HandleOptions{Readable: true}).Object()
	})
	return o, nil
}

// rwOnly adapts a reader to the handle's io.ReadWriter; nothing writes.
type rwOnly struct{ *strings.Reader }

func (rwOnly) Write(p []byte) (int, error) { return 0, nil }

func TestWritingAModule(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout:  &out,
		Modules: append(nodestd.Modules(), runtime.JSModule("shout", shoutJS, shoutBinding)),
	})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), "main.js", `
		const s = require('shout').open('hello from go');
		s.setEncoding('utf8');
		(async () => { for await (const chunk of s) console.log(chunk); console.log('end'); })();
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d: %v\n%s", code, err, out.String())
	}
	if out.String() != "HELLO FROM GO\nend\n" {
		t.Fatalf("got %q", out.String())
	}
}
