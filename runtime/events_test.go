package runtime_test

import (
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestEventsCorpus runs the EventEmitter scripts (listeners, 'error',
// max-listener warnings, events.once/on, captureRejections, subclassing)
// under jsproc and compares them with node's recorded output.
func TestEventsCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/events")
}
