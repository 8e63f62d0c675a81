package fs_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// TestInProcessAsync runs many concurrent async calls in one Runtime (run
// it with -race): results come back on the loop, fd 1 is the Runtime's own
// stdout, and descriptors the script leaves open are closed at the end.
func TestInProcessAsync(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: nodestd.Modules(), Stdout: &out, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	src := `
const fs = require('fs');
let pending = 50, ok = 0;
for (let i = 0; i < 50; i++) {
  fs.writeFile('f' + i, 'x'.repeat(i), (err) => {
    if (err) throw err;
    fs.readFile('f' + i, 'utf8', (err, d) => {
      if (err) throw err;
      if (d.length === i) ok++;
      if (--pending === 0) fs.writeSync(1, 'ok ' + ok + '\n');
    });
  });
}
fs.openSync('f-open', 'w');
try { fs.closeSync(9999); } catch (e) { fs.writeSync(1, e.code + '\n'); }
`
	code, err := rt.RunSource(context.Background(), "main.js", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v; output %q", code, err, out.String())
	}
	got := out.String()
	if !strings.Contains(got, "EBADF\n") || !strings.Contains(got, "ok 50\n") {
		t.Fatalf("output %q", got)
	}
}
