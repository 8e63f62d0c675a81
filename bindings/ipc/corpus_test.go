package ipc_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpus runs the fork/IPC corpus under jsproc and node.
func TestCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/corpus")
}
