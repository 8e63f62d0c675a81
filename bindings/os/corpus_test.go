package os_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpus runs the os scripts under jsproc and compares them with
// node's recorded output (shapes and types, not machine values).
func TestCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/corpus")
}
