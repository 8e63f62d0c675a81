package runtime_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// TestStdoutWriteCaptured checks that an embedder's Stdout receives every
// process.stdout.write, natively served or not, in order with console.log
// and with the write callbacks: before and after the stream is built,
// corked, with Buffers and encodings, and up to a process.exit() in a
// callback.
func TestStdoutWriteCaptured(t *testing.T) {
	const script = `
		const out = process.stdout;
		for (let i = 0; i < 3; i++) out.write('w' + i + '\n');
		console.log('log');
		out.write(Buffer.from('buf\n'));
		out.write('cb\n', () => out.write('in cb\n'));
		out.write('after cb\n');
		out.on('error', () => {});
		out.write('built\n');
		out.cork();
		out.write('corked\n');
		console.log('log corked');
		out.uncork();
		out.write('6869', 'hex');
		out.write('\n');
		setTimeout(() => {
			out.write('timer\n', () => { out.write('exiting\n'); process.exit(0); });
		}, 1);
	`
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Modules: nodestd.All()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rt.RunSource(context.Background(), "main.js", script); err != nil {
		t.Fatal(err)
	}
	want := "w0\nw1\nw2\nlog\nbuf\ncb\nafter cb\nbuilt\ncorked\nlog corked\nhi\nin cb\ntimer\nexiting\n"
	if got := out.String(); got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
}

// failingWriter accepts ok writes, then fails every write.
type failingWriter struct {
	ok  int
	buf bytes.Buffer
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.ok == 0 {
		return 0, errors.New("sink closed")
	}
	f.ok--
	return f.buf.Write(p)
}

// TestStdoutWriteCapturedError checks that a failing embedder writer
// reaches the script as process.stdout's 'error' and the write's
// callback, whether the write was served natively or not, and that the
// writes before it arrive.
func TestStdoutWriteCapturedError(t *testing.T) {
	for _, built := range []bool{false, true} {
		var errOut bytes.Buffer
		w := &failingWriter{ok: 2}
		rt, err := runtime.New(runtime.Options{Stdout: w, Stderr: &errOut, Modules: nodestd.All()})
		if err != nil {
			t.Fatal(err)
		}
		script := `
			if (BUILT) void process.stdout.writableLength;
			process.stdout.write('a\n');
			process.stdout.write('b\n');
			process.stdout.on('error', (e) => console.error('error', e.message));
			const r = process.stdout.write('c\n');
			console.error('returned', r);
			process.stdout.write('d\n', (e) => console.error('cb', e && e.message));
		`
		script = strings.Replace(script, "BUILT", map[bool]string{false: "false", true: "true"}[built], 1)
		code, err := rt.RunSource(context.Background(), "main.js", script)
		if err != nil || code != 0 {
			t.Fatalf("built %v: code %d err %v stderr %q", built, code, err, errOut.String())
		}
		if got := w.buf.String(); got != "a\nb\n" {
			t.Errorf("built %v: stdout = %q", built, got)
		}
		if got, want := errOut.String(), "returned false\ncb sink closed\nerror sink closed\n"; got != want {
			t.Errorf("built %v: stderr = %q, want %q", built, got, want)
		}
	}
}
