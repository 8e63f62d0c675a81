package network_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestNetCorpus runs the net scripts (servers on 127.0.0.1 and Unix
// sockets only) under jsproc and compares them with node's output.
func TestNetCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/net")
}
