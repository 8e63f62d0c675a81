package childprocess_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpus runs the asynchronous child_process scripts under jsproc and
// node and compares them.
func TestCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/corpus")
}

// TestSyncCorpus runs the spawnSync/execSync/execFileSync scripts.
func TestSyncCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/sync")
}
