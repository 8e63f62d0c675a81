package readline_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

func TestCorpus(t *testing.T) { jstest.Corpus(t, "testdata/corpus") }

// TestStdioCorpus covers process.stdin, stdout and stderr.
func TestStdioCorpus(t *testing.T) { jstest.Corpus(t, "testdata/stdio") }
