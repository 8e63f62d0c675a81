package runtime_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestModulesCorpus runs the CommonJS, ES module and TypeScript scripts
// under jsproc and compares them with node's recorded output.
func TestModulesCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/modules")
}
