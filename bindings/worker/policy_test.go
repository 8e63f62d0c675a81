package worker_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/bindings/worker"
	"github.com/jsproc/jsproc/runtime"
)

// A StartCheck that refuses makes new Worker throw node's permission
// error, and nothing starts.
func TestStartCheckRefuses(t *testing.T) {
	var out bytes.Buffer
	var asked []string
	opts := runtime.Options{Stdout: &out, Stderr: &out, Modules: nodestd.Modules()}
	worker.WithStartCheck(&opts, func(file string) error {
		asked = append(asked, file)
		return errors.New("no workers")
	})
	rt, err := runtime.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), "main.js", `
const { Worker } = require('worker_threads');
try { new Worker('1', { eval: true }); } catch (e) { console.log(e.code, e.permission, e.message); }
try { new Worker('/tmp/w.js'); } catch (e) { console.log(e.code, e.resource); }
`)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v, out %q", code, err, out.String())
	}
	want := "ERR_ACCESS_DENIED WorkerThreads Access to this API has been restricted\nERR_ACCESS_DENIED /tmp/w.js\n"
	if out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
	if strings.Join(asked, ",") != ",/tmp/w.js" {
		t.Fatalf("asked %q", asked)
	}
}
