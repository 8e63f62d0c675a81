package stream_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/bindings/stream"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

// handleModule serves require('test_handle').open(): a HandleDuplex over
// the local end of a socket pair whose other end the test holds.
func handleModule(t *testing.T, remote chan<- *os.File) runtime.Module {
	return runtime.Module{Name: "test_handle", Load: func(rt *runtime.Runtime, module *goja.Object) error {
		exports := module.Get("exports").ToObject(rt.VM())
		return exports.Set("open", func() goja.Value {
			local, peer, err := streamio.SocketPair("test")
			if err != nil {
				t.Fatal(err)
			}
			remote <- peer
			h := stream.NewHandle(rt, local, stream.HandleOptions{
				Readable: true, Writable: true,
				End: func() error { return streamio.CloseWrite(local) },
			})
			base := rt.RequireCore("internal/stream_base").ToObject(rt.VM())
			ctor, _ := goja.AssertConstructor(base.Get("HandleDuplex"))
			s, err := ctor(nil, h.Object(), rt.VM().ToValue(map[string]any{"allowHalfOpen": true}))
			if err != nil {
				panic(err)
			}
			return s
		})
	}}
}

func runScript(t *testing.T, src string, peer func(f *os.File)) string {
	t.Helper()
	remote := make(chan *os.File, 1)
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout:  &out,
		Stderr:  &out,
		Modules: append(nodestd.Modules(), handleModule(t, remote)),
	})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		select {
		case f := <-remote:
			peer(f)
			f.Close()
		case <-time.After(10 * time.Second):
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "handle_test.js", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
	<-done
	return out.String()
}

// TestHandleDuplexEcho: the script reads what the peer sends, answers in
// upper case and ends; backpressure and the half-close reach the peer.
func TestHandleDuplexEcho(t *testing.T) {
	big := strings.Repeat("abcdefgh", 1<<17) // 1 MiB
	var reply []byte
	out := runScript(t, `
		const s = require('test_handle').open();
		let n = 0;
		s.setEncoding('utf8');
		s.on('data', (d) => { n += d.length; s.write(d.toUpperCase()); });
		s.on('end', () => { console.log('read', n); s.end('!'); });
		s.on('finish', () => console.log('finish'));
		s.on('close', () => console.log('close'));
	`, func(f *os.File) {
		go func() {
			f.Write([]byte(big))
			streamio.CloseWrite(f)
		}()
		reply, _ = io.ReadAll(f)
	})
	if want := "read 1048576\nfinish\nclose\n"; out != want {
		t.Fatalf("script said %q, want %q", out, want)
	}
	if string(reply) != strings.ToUpper(big)+"!" {
		t.Fatalf("peer got %d bytes", len(reply))
	}
}

// TestHandleDuplexPeerGone: writing after the peer closed fails with
// EPIPE through 'error', and the loop ends.
func TestHandleDuplexPeerGone(t *testing.T) {
	out := runScript(t, `
		const s = require('test_handle').open();
		s.on('error', (e) => console.log('error', e.code, e.syscall));
		s.on('close', () => console.log('close'));
		setTimeout(() => { s.write('x'); s.write('y'); }, 50);
	`, func(f *os.File) {})
	if !strings.Contains(out, "error EPIPE write\n") && !strings.Contains(out, "error ECONNRESET") {
		t.Fatalf("script said %q", out)
	}
}

// TestHandleDuplexUnref: an unref'd stream that waits for data does not
// hold the loop.
func TestHandleDuplexUnref(t *testing.T) {
	out := runScript(t, `
		const s = require('test_handle').open();
		s.on('data', () => {});
		s.unref();
		console.log('done');
	`, func(f *os.File) {})
	if out != "done\n" {
		t.Fatalf("script said %q", out)
	}
}
