package childprocess_test

import (
	"path/filepath"
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// forkExamples are the documentation's fork example, parent and child.
var forkExamples = map[string]bool{"fork_parent.js": true, "child.js": true}

// TestScripts runs each script of the repository's scripts/ directory under
// node and under jsproc, live and from the same directory (their output
// depends on the machine: ls -lh /usr, cat *.js), and compares stdout,
// stderr and the exit code.
func TestScripts(t *testing.T) {
	node := jstest.NodePath(t)
	if node == "" {
		t.Skip("node is not installed")
	}
	bin := jstest.Binary(t)
	for _, s := range jstest.Scripts(t, filepath.Join("..", "..", "scripts")) {
		if forkExamples[s.Name] {
			continue // bindings/ipc tests the fork example (it runs until killed)
		}
		t.Run(s.Name, func(t *testing.T) {
			t.Parallel()
			want := jstest.Run(t, node, s, s.Name)
			got := jstest.Run(t, bin, s, s.Name)
			if got != want {
				t.Errorf("jsproc differs from node\n--- node: exit %d\n%s\nstderr:\n%s\n--- jsproc: exit %d\n%s\nstderr:\n%s",
					want.Exit, want.Stdout, want.Stderr, got.Exit, got.Stdout, got.Stderr)
			}
		})
	}
}
