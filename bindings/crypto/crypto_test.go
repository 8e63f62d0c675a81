package crypto_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

func TestCorpus(t *testing.T) { jstest.Corpus(t, "testdata/corpus") }
