package dgram_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestDgramCorpus runs the dgram scripts (sockets on 127.0.0.1 and ::1
// only) under jsproc and compares them with node's output.
func TestDgramCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/dgram")
}
