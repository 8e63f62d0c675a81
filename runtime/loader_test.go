package runtime_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestLoaderCorpus runs the module loader scripts (package "exports" and
// "imports", self-reference, CommonJS named exports, resolution errors)
// under jsproc and compares them with node's recorded output. The fixture
// packages live in testdata/loader/node_modules.
func TestLoaderCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/loader")
}
