package intl

import (
	"reflect"
	"testing"
)

// TestSegments checks boundaries in UTF-16 units and the word-like flag.
func TestSegments(t *testing.T) {
	cases := []struct {
		s, granularity string
		want           []int64
	}{
		{"", "grapheme", []int64{0}},
		{"ab", "grapheme", []int64{0, 2, 4}},
		{"e\u0301x", "grapheme", []int64{0, 4, 6}},
		{"\r\nx", "grapheme", []int64{0, 4, 6}},
		{"😀a", "grapheme", []int64{0, 4, 6}},
		{"hi, yo", "word", []int64{1, 4, 6, 9, 12}},
		{"A. B.", "sentence", []int64{0, 6, 10}},
	}
	for _, c := range cases {
		if got := segments(c.s, c.granularity); !reflect.DeepEqual(got, c.want) {
			t.Errorf("segments(%q, %s) = %v, want %v", c.s, c.granularity, got, c.want)
		}
	}
}

func BenchmarkSegmentsASCII(b *testing.B) {
	for i := 0; i < b.N; i++ {
		segments("hello world", "grapheme")
	}
}
