package ipc

import (
	"context"
	"github.com/jsproc/jsproc/internal/jstest"
	"io"
	"os"
	"strconv"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// BenchmarkPingPong measures one IPC round trip between two runtimes in
// this process, one the forked child (process.send/'message'), the other
// the parent (an emitter made a channel end, as a ChildProcess is), over a
// real socket pair: the per-message cost of both sides, without process
// start-up. JSPROC_JSPROFILE=file writes a goja profile of the JS.
func BenchmarkPingPong(b *testing.B) {
	defer jstest.JSProfile(b)()
	childFile, parentEnd, err := NewPair()
	if err != nil {
		b.Fatal(err)
	}
	childEnd, err := fromFile(childFile)
	childFile.Close()
	if err != nil {
		b.Fatal(err)
	}
	attach := func(ch *Channel, isChild bool, global string) func(*runtime.Runtime) error {
		return func(rt *runtime.Runtime) error {
			vm := rt.VM()
			var target *goja.Object
			if isChild {
				target = vm.Get("process").ToObject(vm)
			} else {
				ctor, _ := goja.AssertConstructor(rt.RequireCore("events"))
				target, err = ctor(nil)
				if err != nil {
					return err
				}
				vm.Set(global, target)
			}
			_, err := Attach(rt, ch, target, "json", isChild)
			return err
		}
	}
	newRT := func(setup func(*runtime.Runtime) error) *runtime.Runtime {
		rt, err := runtime.New(runtime.Options{
			Modules: Modules(), Stdout: io.Discard, Stderr: os.Stderr,
			Args:  []string{strconv.Itoa(b.N)},
			Setup: []func(*runtime.Runtime) error{setup},
		})
		if err != nil {
			b.Fatal(err)
		}
		return rt
	}
	child := newRT(attach(childEnd, true, ""))
	parent := newRT(attach(parentEnd, false, "child"))
	done := make(chan error, 1)
	b.ResetTimer()
	go func() {
		_, err := child.RunSource(context.Background(), "child.js", `
			process.on('message', function (m) { process.send(m); });`)
		done <- err
	}()
	if _, err := parent.RunSource(context.Background(), "parent.js", `
		const N = +process.argv[2];
		let next = 0;
		child.on('message', function (m) {
			if (m.i !== next) throw new Error('out of order ' + m.i);
			if (++next < N) child.send({ i: next });
			else child.disconnect();
		});
		child.send({ i: 0 });`); err != nil {
		b.Fatal(err)
	}
	if err := <-done; err != nil {
		b.Fatal(err)
	}
}
