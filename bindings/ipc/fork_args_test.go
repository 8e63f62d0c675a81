package ipc_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/jsproc/jsproc/bindings/ipc"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// TestNormalizeFork checks fork()'s argument handling against what node
// does (the expected lines were taken from node 20).
func TestNormalizeFork(t *testing.T) {
	src := `
const { normalizeFork, validateSerialization } = ipcGlue;
const show = (r) => console.log(r.file === process.execPath ? 'execPath' : r.file, JSON.stringify(r.args), JSON.stringify(r.options.stdio), r.options.shell);
show(normalizeFork('a.js', ['x'], { execArgv: ['--y'], silent: true }));
show(normalizeFork('a.js', { stdio: 'ignore', execPath: '/n', execArgv: [] }));
show(normalizeFork('a.js', null, { execArgv: [] }));
show(normalizeFork('a.js', ['b'], { execArgv: [], stdio: ['pipe', 'ipc', 'inherit'] }));
for (const f of [() => normalizeFork(1), () => normalizeFork('a', 'b'), () => normalizeFork('a', [], { stdio: ['pipe'] }),
  () => normalizeFork('a', [], 5), () => validateSerialization('bogus')]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
}
`
	want := `execPath ["--y","a.js","x"] ["pipe","pipe","pipe","ipc"] false
/n ["a.js"] ["ignore","ignore","ignore","ipc"] false
execPath ["a.js"] [0,1,2,"ipc"] false
execPath ["a.js","b"] ["pipe","ipc","inherit"] false
ERR_INVALID_ARG_TYPE The "modulePath" argument must be of type string or an instance of Buffer or URL. Received type number (1)
ERR_INVALID_ARG_TYPE The "args" argument must be an instance of Array. Received type string ('b')
ERR_CHILD_PROCESS_IPC_REQUIRED Forked processes must have an IPC channel, missing value 'ipc' in options.stdio
ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (5)
ERR_INVALID_ARG_VALUE The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. Received 'bogus'
`
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Modules: nodestd.All(), Stdout: &out, Stderr: &errOut,
		Setup: []func(*runtime.Runtime) error{func(rt *runtime.Runtime) error {
			return rt.VM().Set("ipcGlue", rt.RequireCore(ipc.GlueModule))
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if code, err := rt.RunSource(context.Background(), "norm.js", src); code != 0 || err != nil {
		t.Fatalf("code %d, %v\n%s", code, err, errOut.String())
	}
	if out.String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}
