package runtime

import "testing"

// Batching reads goja's queue of promise jobs by reflection and turns
// itself off when it finds none; this test makes a goja update that
// renames or retypes the field fail here instead of silently slowing
// every server down.
func TestBatchFindsPromiseJobQueue(t *testing.T) {
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.batch.jobs.IsValid() {
		t.Fatal("goja's promise job queue was not found: tasks are no longer batched (see batch.go)")
	}
}
