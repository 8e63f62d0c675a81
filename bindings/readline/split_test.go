package readline

import (
	"math"
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// jsLines is the JS path's answer: the whole input decoded, then the text
// split at \r\n, \r and \n. The input ends with \n.
func jsLines(input []byte) []string {
	text, _, _ := runtime.DecodeUTF8(input, false, false)
	parts := regexp.MustCompile(`\r\n|\r|\n`).Split(text, -1)
	return parts[:len(parts)-1]
}

// goLines splits input cut into chunks at cuts with a splitter.
func goLines(input []byte, cuts []int) []string {
	s := splitter{crlfDelay: math.Inf(1)}
	var out []string
	prev := 0
	for _, c := range append(cuts, len(input)) {
		chunk := append([]byte(nil), input[prev:c]...)
		prev = c
		if len(chunk) == 0 {
			continue
		}
		s.chunk(chunk, 1, func(b []byte, ascii bool, _ int, _ bool) {
			if ascii {
				for _, c := range b {
					if c >= 0x80 {
						panic("non-ASCII line reported as ASCII")
					}
				}
			}
			line, _, _ := runtime.DecodeUTF8(b, false, false)
			out = append(out, line)
		})
	}
	return out
}

// TestSplitterAnyChunks: however the input is cut into chunks (inside
// characters, between \r and \n), the Go splitter gives the lines the JS
// path gives for the whole input, invalid UTF-8 included.
func TestSplitterAnyChunks(t *testing.T) {
	pieces := []string{"a", "b", "é", "€", "😀", "\r", "\n", "\r\n", "\xe2\x82", "\xff", "\xed\xa0\x80", "\xf0\x9f", "\xc3", " "}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		var sb strings.Builder
		for k := rng.Intn(30); k >= 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		sb.WriteString("\n")
		input := []byte(sb.String())
		var cuts []int
		for i := 1; i < len(input); i++ {
			if rng.Intn(3) == 0 {
				cuts = append(cuts, i)
			}
		}
		want := jsLines(input)
		got := goLines(input, cuts)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("input %q cut at %v:\n got %q\nwant %q", input, cuts, got, want)
		}
	}
}

// TestSegmentsAnyChunks: the segments of any input, however cut into
// chunks, split at \n give the lines chunk gives; a run of lines ends
// once it reaches maxSegment bytes, and no segment holds more than
// maxSegmentLines lines.
func TestSegmentsAnyChunks(t *testing.T) {
	pieces := []string{"a", "bc", "é", "\r", "\n", "\n", "\n", "\n", "\r\n", "\xff", strings.Repeat("x", 1500) + "\n", strings.Repeat("y", 1500) + "\n",
		strings.Repeat("1\n", 100), strings.Repeat("é\n", 100)}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 1000; n++ {
		var sb strings.Builder
		for k := rng.Intn(100); k >= 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		sb.WriteString("\n")
		input := []byte(sb.String())
		var cuts []int
		every := []int{5, 50, 3000}[n%3] // chunks of a few bytes to none
		for i := 1; i < len(input); i++ {
			if rng.Intn(every) == 0 {
				cuts = append(cuts, i)
			}
		}
		s := splitter{crlfDelay: math.Inf(1)}
		var got []string
		prev := 0
		for _, c := range append(cuts, len(input)) {
			chunk := append([]byte(nil), input[prev:c]...)
			prev = c
			s.segments(chunk, 1, func(text string) {
				if lines := strings.Split(text, "\n"); len(lines) > 1 && len(text)-len(lines[len(lines)-1]) > maxSegment {
					t.Fatalf("a segment of %d bytes goes on after %d", len(text), maxSegment)
				}
				if lines := strings.Count(text, "\n") + 1; lines > maxSegmentLines {
					t.Fatalf("a segment of %d lines, more than %d", lines, maxSegmentLines)
				}
				got = append(got, strings.Split(text, "\n")...)
			})
		}
		want := goLines(input, cuts)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("input %q cut at %v:\n got %q\nwant %q", input, cuts, got, want)
		}
	}
}

// TestSplitterCRLFDelay: a \n that starts a chunk is swallowed after a
// chunk-ending \r only within crlfDelay, and only when no character
// bytes came between them.
func TestSplitterCRLFDelay(t *testing.T) {
	for _, tc := range []struct {
		chunks []string
		at     []int64
		want   string
	}{
		{[]string{"a\r", "\nb\n"}, []int64{1000, 1100}, "a|b"},
		{[]string{"a\r", "\nb\n"}, []int64{1000, 1101}, "a||b"},
		{[]string{"a\r\xe2", "\nb\n"}, []int64{1000, 1000}, "a|\ufffd|b"},
		{[]string{"a\r", "\xe2", "\n"}, []int64{1000, 1000, 1000}, "a|\ufffd"},
		{[]string{"a\r", "\r\n"}, []int64{1000, 1000}, "a|"},
	} {
		s := splitter{crlfDelay: 100}
		var got []string
		for i, c := range tc.chunks {
			s.chunk([]byte(c), tc.at[i], func(b []byte, _ bool, _ int, _ bool) {
				line, _, _ := runtime.DecodeUTF8(b, false, false)
				got = append(got, line)
			})
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q at %v: got %q, want %q", tc.chunks, tc.at, strings.Join(got, "|"), tc.want)
		}
	}
}

// TestFinalLine: the end of input drops an unfinished character only.
func TestFinalLine(t *testing.T) {
	for in, want := range map[string]string{"ab": "ab", "ab\xe2\x82": "ab", "\xf0\x9f\x98": "", "a\xffb": "a\ufffdb", "\xe2\x82a": "\ufffda"} {
		if got := finalLine([]byte(in)); got != want {
			t.Errorf("finalLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPieceLen: a chunk is split whole up to maxPiece bytes, else up to
// its last \n within them, else maxPiece bytes at a time, never between
// the \r and \n of a line end.
func TestPieceLen(t *testing.T) {
	line := strings.Repeat("x", 99) + "\n"
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"a\nb", 3},
		{strings.Repeat("y", maxPiece), maxPiece},
		{strings.Repeat(line, maxPiece/100+5), maxPiece / 100 * 100},
		{strings.Repeat(line, maxPiece/100) + "\n" + strings.Repeat("z", maxPiece), maxPiece/100*100 + 1},
		{strings.Repeat("z", 2*maxPiece) + "\n", maxPiece},
		{strings.Repeat("z", maxPiece-1) + "\r\nz", maxPiece + 1},
		{strings.Repeat("z", maxPiece-1) + "\r\rz", maxPiece},
	} {
		if got := pieceLen([]byte(tc.in)); got != tc.want {
			t.Errorf("pieceLen of %d bytes = %d, want %d", len(tc.in), got, tc.want)
		}
	}
}

// TestAppendLines: a segment's lines as goja strings are the strings
// splitting it at \n gives, ASCII or not, empty lines and long ones
// included, after values already in the slice.
func TestAppendLines(t *testing.T) {
	vm := goja.New()
	for _, text := range []string{"", "a", "\n", "a\nb", "\n\nx\n", "1\n22\n333", strings.Repeat("long line ", 10) + "\nz",
		"é\nx", "😀\n\né€", strings.Repeat("é", 40) + "\n" + strings.Repeat("a", 40)} {
		vals := appendLines(vm, []any{"before"}, text)
		want := append([]string{"before"}, strings.Split(text, "\n")...)
		if len(vals) != len(want) {
			t.Fatalf("%q: %d values, want %d", text, len(vals), len(want))
		}
		for i, v := range vals {
			s := vm.ToValue(v)
			if s.ExportType().Kind() != reflect.String || s.String() != want[i] {
				t.Fatalf("%q: value %d is %v, want %q", text, i, s, want[i])
			}
		}
	}
}
