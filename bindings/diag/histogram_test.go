package diag

import (
	"math"
	"testing"
)

// TestHistogramLayout checks values node 20's createHistogram() reports for
// the same records (HdrHistogram_c, 3 significant figures).
func TestHistogramLayout(t *testing.T) {
	h := newHistogram(1, 1<<53-1, 3)
	if h.minValue() != math.MaxInt64 || h.maxValue() != 0 || !math.IsNaN(h.mean()) {
		t.Fatalf("empty: min %d max %d mean %v", h.minValue(), h.maxValue(), h.mean())
	}
	for _, v := range []int64{1, 3000, 123456, 99999999, 7} {
		h.record(v)
	}
	if got := h.maxValue(); got != 100007935 {
		t.Errorf("max = %d, want 100007935", got)
	}
	if got := h.mean(); got != 20020333 {
		t.Errorf("mean = %v, want 20020333", got)
	}
	if got := h.stddev(); math.Abs(got-39977445.66068716) > 1e-6 {
		t.Errorf("stddev = %v", got)
	}
	if got := h.percentile(99); got != 100007935 {
		t.Errorf("p99 = %d", got)
	}
	var ps []float64
	var vs []int64
	h.percentiles(func(p float64, v int64) { ps = append(ps, p); vs = append(vs, v) })
	wantP := []float64{0, 50, 75, 87.5, 100}
	wantV := []int64{1, 3000, 123456, 99942400, 99942400}
	if len(ps) != len(wantP) {
		t.Fatalf("percentiles %v %v", ps, vs)
	}
	for i := range ps {
		if ps[i] != wantP[i] || vs[i] != wantV[i] {
			t.Errorf("percentile %d: %v=%d, want %v=%d", i, ps[i], vs[i], wantP[i], wantV[i])
		}
	}
	if h.record(-1) || h.exceeds != 1 {
		t.Errorf("negative value recorded")
	}
}
