package http_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpus runs the http, https and fetch scripts (each starts its own
// servers on 127.0.0.1) under jsproc and compares them with node's
// recorded output.
func TestCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/corpus")
}
