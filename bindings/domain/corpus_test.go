package domain_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpus runs the domain scripts under jsproc and compares them with
// node's recorded output.
func TestCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/corpus")
}
