package runtime_test

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	jsruntime "github.com/jsproc/jsproc/runtime"
)

// burstModule gives scripts burst(n, cb): n tasks queued at once, from the
// loop goroutine, so that the loop takes them together.
func burstModule() jsruntime.Module {
	return jsruntime.Module{Name: "burst", Load: func(rt *jsruntime.Runtime, module *goja.Object) error {
		exports := rt.VM().NewObject()
		exports.Set("burst", func(n int, cb goja.Callable) {
			q := rt.Loop().NewTaskQueue()
			for i := 0; i < n; i++ {
				q.Queue(func() { rt.Call(cb, goja.Undefined(), rt.VM().ToValue(i)) })
			}
			q.Close(nil)
		})
		module.Set("exports", exports)
		return nil
	}}
}

// Tasks the loop takes together run in one call into the script while
// they leave nothing behind; each still gets node's order: its ticks, its
// promise jobs, its uncaught exception and unhandled rejection before the
// next task, and nothing after an exit.
func TestBatchedTasksKeepMacrotaskOrder(t *testing.T) {
	out, stderr, code, err := run(t, `
		const { burst } = require('burst');
		const log = [];
		process.on('uncaughtException', (e) => log.push('uncaught ' + e.message));
		process.on('unhandledRejection', (e) => log.push('unhandled ' + e.message));
		process.on('exit', () => console.log(log.join('\n')));
		burst(9, (i) => {
			log.push('task ' + i);
			switch (i) {
			case 1:
				Promise.resolve().then(() => log.push('job 1'));
				process.nextTick(() => log.push('tick 1'));
				break;
			case 2: throw new Error('boom 2');
			case 3: Promise.reject(new Error('rej 3')); break;
			case 4: process.nextTick(() => { throw new Error('tick boom 4'); }); break;
			case 5: (async () => { await null; log.push('await 5'); })(); break;
			// An error the engine makes keeps its host frames (runTask).
			case 6: try { null.x; } catch (e) { log.push(e.stack.includes('runTask') ? 'runTask frame' : 'no runTask frame'); } break;
			case 7: process.exit(3);
			}
		});`, burstModule())
	if err != nil || code != 3 {
		t.Fatalf("code %d err %v stderr %s", code, err, stderr)
	}
	want := strings.Join([]string{"task 0", "task 1", "tick 1", "job 1", "task 2", "uncaught boom 2",
		"task 3", "unhandled rej 3", "task 4", "uncaught tick boom 4", "task 5", "await 5", "task 6", "runTask frame", "task 7"}, "\n") + "\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
