package cli

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestCorpusFaults runs the fault scripts (uncaught-error reports among
// them, with stderr compared) under jsproc against goldens from node.
func TestCorpusFaults(t *testing.T) {
	jstest.Corpus(t, "testdata/faults")
}

// TestCorpusEnvFile runs the --env-file scripts, which start the program
// with env files, against goldens from node.
func TestCorpusEnvFile(t *testing.T) {
	jstest.Corpus(t, "testdata/envfile")
}
