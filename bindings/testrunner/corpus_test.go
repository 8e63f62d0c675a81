package testrunner_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpus runs node:test scripts under jsproc and compares their TAP
// reports and exit codes with node's recorded ones.
func TestCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/corpus")
}
