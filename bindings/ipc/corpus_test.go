package ipc_test

import (
	"flag"
	"os/exec"
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// forkAvailable reports whether the built jsproc has child_process.fork;
// the fork corpus needs it (the parent side lives in bindings/childprocess).
func forkAvailable(t *testing.T) bool {
	cmd := exec.Command(jstest.Binary(t), "-e", "process.exit(typeof require('child_process').fork === 'function' ? 0 : 3)")
	return cmd.Run() == nil
}

// TestCorpus runs the fork/IPC corpus under jsproc and node.
func TestCorpus(t *testing.T) {
	if f := flag.Lookup("update"); (f == nil || f.Value.String() != "true") && !forkAvailable(t) {
		t.Skip("child_process.fork is not available in this build yet")
	}
	jstest.Corpus(t, "testdata/corpus")
}
