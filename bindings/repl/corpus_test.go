package repl_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpus drives REPLs over PassThrough streams and compares what they
// write with node's recorded output.
func TestCorpus(t *testing.T) { jstest.Corpus(t, "testdata/corpus") }
