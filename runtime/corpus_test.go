package runtime_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpus runs the event-loop, timers, modules and process scripts under
// jsproc and compares them with node's recorded output.
func TestCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/corpus")
}

// TestAsyncHooksCorpus runs the async_hooks scripts (AsyncLocalStorage
// across every kind of callback) and compares them with node's output.
func TestAsyncHooksCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/async_hooks")
}

// TestAsyncGeneratorsCorpus runs the async generator scripts (lowered by
// esbuild, dressed as node's) and compares them with node's output.
func TestAsyncGeneratorsCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/async_generators")
}
