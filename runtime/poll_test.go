package runtime_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	jsruntime "github.com/jsproc/jsproc/runtime"
)

// polledModule is 'polled': open(peer, onData, onEnd) reads one end of a
// socket pair with a streamio reader that the loop serves itself; the
// other end is the test's. peer 'echo' has a goroutine write back all it
// reads; 'idle' leaves the other end to the script's peerWrite and
// closePeer. A peer named with '-drains' has the reader stop at a short
// read (ShortReadDrains).
func polledModule(t *testing.T) jsruntime.Module {
	return jsruntime.Module{Name: "polled", Load: func(rt *jsruntime.Runtime, module *goja.Object) error {
		vm := rt.VM()
		exports := vm.NewObject()
		exports.Set("open", func(peer string, onData, onEnd goja.Callable) *goja.Object {
			drains := strings.HasSuffix(peer, "-drains")
			peer = strings.TrimSuffix(peer, "-drains")
			local, remote, err := streamio.SocketPair("polled")
			if err != nil {
				panic(vm.NewGoError(err))
			}
			t.Cleanup(func() {
				local.Close()
				remote.Close()
			})
			if peer == "echo" {
				go func() {
					buf := make([]byte, 4096)
					for {
						n, err := remote.Read(buf)
						if err != nil {
							return
						}
						if _, err := remote.Write(buf[:n]); err != nil {
							return
						}
					}
				}()
			}
			q := rt.Loop().NewTaskQueue()
			sources := streamio.NewSources(q, 1, nil)
			r := streamio.StartReader(local, q, sources, streamio.ReaderOptions{OnLoop: true, ShortReadDrains: drains}, func(b []byte) {
				rt.Call(onData, goja.Undefined(), vm.ToValue(string(b)))
			}, func(err error) {
				msg := "EOF"
				if err != io.EOF {
					msg = err.Error()
				}
				rt.Call(onEnd, goja.Undefined(), vm.ToValue(msg))
			})
			o := vm.NewObject()
			o.Set("onLoop", r.OnLoop())
			o.Set("send", func(s string) {
				if _, err := local.Write([]byte(s)); err != nil {
					panic(vm.NewGoError(err))
				}
			})
			o.Set("peerWrite", func(s string) { _, _ = remote.Write([]byte(s)) })
			o.Set("peerWriteLater", func(s string, ms int) {
				time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { _, _ = remote.Write([]byte(s)) })
			})
			// The peer's end shuts for writing: a read blocked on it (the
			// echo's) would keep a closed descriptor open.
			o.Set("closePeer", func() { _ = streamio.CloseWrite(remote) })
			o.Set("pause", r.Pause)
			o.Set("resume", r.Resume)
			o.Set("stop", func() {
				r.Stop()
				local.Close()
			})
			o.Set("unref", q.Unref)
			return o
		})
		module.Set("exports", exports)
		return nil
	}}
}

func runPolled(t *testing.T, ctx context.Context, src string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	rt, err := jsruntime.New(jsruntime.Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""),
		Modules: []jsruntime.Module{polledModule(t), workModule()}})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(ctx, "polled.js", src)
	if err == nil && code != 0 {
		err = errors.New("exit code " + errb.String())
	}
	return out.String(), err
}

// TestPolledRoundTrips: answers read by the loop itself come back in
// order, while timers and goroutines' results keep coming too.
func TestPolledRoundTrips(t *testing.T) {
	needProcessors(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := runPolled(t, ctx, `
		const { open } = require('polled');
		const { work } = require('work');
		let ticks = 0, worked = 0, next = 0, buf = '';
		const iv = setInterval(() => ticks++, 1);
		work(50, () => worked++);
		const h = open('echo', (s) => {
			buf += s;
			let i;
			while ((i = buf.indexOf('\n')) >= 0) {
				const n = Number(buf.slice(0, i));
				buf = buf.slice(i + 1);
				if (n !== next) throw new Error('got ' + n + ', want ' + next);
				if (++next < 2000) h.send(next + '\n');
				else { clearInterval(iv); h.closePeer(); }
			}
		}, (e) => console.log('end', e, next, worked, ticks > 0));
		console.log('onLoop', h.onLoop);
		h.send('0\n');`)
	if err != nil {
		t.Fatal(err)
	}
	if out != "onLoop true\nend EOF 2000 50 true\n" {
		t.Fatalf("got %q", out)
	}
}

// TestPolledShortReadDrains: a reader that stops at a short read loses
// nothing: round trips, data that comes later, and the end arriving with
// the last data.
func TestPolledShortReadDrains(t *testing.T) {
	needProcessors(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := runPolled(t, ctx, `
		const { open } = require('polled');
		let next = 0, buf = '';
		const h = open('echo-drains', (s) => {
			buf += s;
			let i;
			while ((i = buf.indexOf('\n')) >= 0) {
				const n = Number(buf.slice(0, i));
				buf = buf.slice(i + 1);
				if (n !== next) throw new Error('got ' + n + ', want ' + next);
				if (++next < 2000) h.send(next + '\n');
				else h.closePeer();
			}
		}, (e) => console.log('echo end', e, next));
		h.send('0\n');
		let got = '';
		const later = open('idle-drains', (s) => {
			got += s;
			if (got === 'a') later.peerWriteLater('b', 20);
			if (got === 'ab') later.closePeer();
		}, (e) => console.log('later end', e, got));
		later.peerWrite('a');
		let all = '';
		const together = open('idle-drains', (s) => { all += s; }, (e) => console.log('together end', e, all));
		// Registered and idle first, then the data and the end in one
		// task: one event reports both.
		setTimeout(() => {
			together.peerWrite('xyz');
			together.closePeer();
		}, 20);`)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"echo end EOF 2000\n", "later end EOF ab\n", "together end EOF xyz\n"} {
		if !strings.Contains(out, want) {
			t.Fatalf("got %q, want %q in it", out, want)
		}
	}
}

// TestPolledPauseResume: nothing is delivered while paused; what arrived
// meanwhile (its arrival already reported) comes after resume.
func TestPolledPauseResume(t *testing.T) {
	needProcessors(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := runPolled(t, ctx, `
		const { open } = require('polled');
		let got = '';
		const h = open('idle', (s) => {
			got += s;
			if (got === 'a') {
				h.pause();
				h.peerWrite('b');
				setTimeout(() => {
					console.log('while paused', got);
					h.resume();
				}, 50);
			}
			if (got === 'ab') h.closePeer();
		}, (e) => console.log('end', e, got));
		h.peerWrite('a');`)
	if err != nil {
		t.Fatal(err)
	}
	if out != "while paused a\nend EOF ab\n" {
		t.Fatalf("got %q", out)
	}
}

// TestPolledTimersAndRefs: a registered descriptor lets timers fire on
// time, lets the loop end once nothing holds it, and a stopped reader
// ends with os.ErrClosed.
func TestPolledTimersAndRefs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := runPolled(t, ctx, `
		const { open } = require('polled');
		const a = open('idle', () => {}, (e) => console.log('a end', e));
		const b = open('idle', () => {}, (e) => console.log('b end', e));
		b.unref();
		const t0 = Date.now();
		setTimeout(() => {
			const took = Date.now() - t0;
			console.log('timer', took >= 30 && took < 2000);
			a.stop();
		}, 30);`)
	if err != nil {
		t.Fatal(err)
	}
	if out != "timer true\na end "+os.ErrClosed.Error()+"\n" {
		t.Fatalf("got %q", out)
	}
}

// TestPolledCancel: cancelling the run wakes a loop waiting for a
// descriptor.
func TestPolledCancel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := runPolled(t, ctx, `require('polled').open('idle', () => {}, () => {});`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("returned %v after start", took)
	}
}

// TestPolledIdleCostsNothing: a loop waiting for a quiet descriptor
// sleeps, and leaves neither goroutines nor descriptors behind.
func TestPolledIdleCostsNothing(t *testing.T) {
	before := runtime.NumGoroutine()
	fds := openFDs(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := runPolled(t, ctx, `
		const h = require('polled').open('idle', () => {}, () => {});
		const c0 = process.cpuUsage();
		setTimeout(() => {
			const c = process.cpuUsage(c0);
			console.log((c.user + c.system) < 100000 ? 'idle' : 'busy ' + JSON.stringify(c));
			h.stop();
		}, 400);`)
	if err != nil {
		t.Fatal(err)
	}
	if out != "idle\n" {
		t.Fatalf("got %q", out)
	}
	waitGoroutines(t, before)
	// The test's socket pair closes at cleanup; the loop's own
	// descriptors are closed when the run ends.
	if n := openFDs(t); n > fds+2 {
		t.Fatalf("%d descriptors open after the run, %d before", n, fds)
	}
}

func openFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	return len(ents)
}

// needProcessors skips a test of the loop reading descriptors itself
// where it does not (one processor).
func needProcessors(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("with one processor, descriptors are read on goroutines")
	}
}

// TestPolledOneProcessor: with one processor the loop does not wait in
// epoll (it would hold the processor from every other goroutine); the
// reader reads on a goroutine, and the data still arrives.
func TestPolledOneProcessor(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := runPolled(t, ctx, `
		const h = require('polled').open('idle', (s) => { console.log('data', s); h.closePeer(); },
			(e) => console.log('end', e));
		console.log('onLoop', h.onLoop);
		h.peerWrite('x');`)
	if err != nil {
		t.Fatal(err)
	}
	if out != "onLoop false\ndata x\nend EOF\n" {
		t.Fatalf("got %q", out)
	}
}

// TestPolledRegisteredInTask: a descriptor first registered by a task of
// the poll phase (not before the loop started) is waited for at once.
func TestPolledRegisteredInTask(t *testing.T) {
	needProcessors(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := runPolled(t, ctx, `
		const { open } = require('polled');
		require('work').work(1, () => {
			const h = open('idle', (s) => { console.log('data', s); h.closePeer(); },
				(e) => console.log('end', e));
			h.peerWriteLater('x', 50);
		});`)
	if err != nil {
		t.Fatal(err)
	}
	if out != "data x\nend EOF\n" {
		t.Fatalf("got %q", out)
	}
}
