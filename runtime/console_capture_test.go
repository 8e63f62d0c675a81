package runtime_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/jsproc/jsproc/runtime"
)

// TestConsoleCapturedOutput checks that an embedder's Stdout and Stderr
// receive every console and direct write, in order, whether the script
// leaves its streams alone, builds them or wraps their write.
func TestConsoleCapturedOutput(t *testing.T) {
	const script = `
		console.log('a');
		process.stdout.write('b\n');
		console.error('e1');
		process.stdout.columns;
		console.log('c');
		const w = process.stdout.write;
		process.stdout.write = function (c, ...r) { return w.call(this, '>' + c, ...r); };
		console.log('d');
		process.stdout.write = w;
		console.log('e');
		const ew = process.stderr.write;
		process.stderr.write = function (c, ...r) { return ew.call(this, '!' + c, ...r); };
		console.warn('e2');
	`
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rt.RunSource(context.Background(), "main.js", script); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "a\nb\nc\n>d\ne\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got, want := errOut.String(), "e1\n!e2\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
}
