package zlib

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"math/rand"
	"testing"
)

// pieces reads its data in pieces of random sizes, some of them tiny, so
// that the decoder crosses from its in-place path to its byte-by-byte one
// and back at every kind of place.
type pieces struct {
	data []byte
	rnd  *rand.Rand
}

func (p *pieces) Read(b []byte) (int, error) {
	if len(p.data) == 0 {
		return 0, io.EOF
	}
	n := 1 + p.rnd.Intn(9)
	if p.rnd.Intn(4) == 0 {
		n = 1 + p.rnd.Intn(40000)
	}
	n = copy(b[:min(n, len(b))], p.data)
	p.data = p.data[n:]
	return n, nil
}

// decodeAll runs the decoder over data read in pieces (or all at once)
// and returns its output, the input left after the stream and its error.
func decodeAll(data, dict []byte, rnd *rand.Rand) (out, rest []byte, err error) {
	var src io.Reader = bytes.NewReader(data)
	if rnd != nil {
		src = &pieces{data: data, rnd: rnd}
	}
	var in inbuf
	in.reset(src)
	d := new(decoder)
	d.reset(&in, dict, func(b []byte) error {
		out = append(out, b...)
		return nil
	})
	err = d.inflate()
	rest, _ = io.ReadAll(&in)
	return out, rest, err
}

// reference decodes data with the standard library's decoder.
func reference(data, dict []byte) ([]byte, error) {
	r := flate.NewReaderDict(bytes.NewReader(data), dict)
	return io.ReadAll(r)
}

// sample returns n bytes of data of the given kind: text-like, random,
// long runs, or a mix.
func sample(rnd *rand.Rand, n, kind int) []byte {
	b := make([]byte, n)
	words := []string{"alpha ", "beta ", "gamma\n", "0x7f3a ", "stream ", "zz", "the "}
	switch kind {
	case 0:
		b = b[:0]
		for len(b) < n {
			b = append(b, words[rnd.Intn(len(words))]...)
		}
		b = b[:n]
	case 1:
		rnd.Read(b)
	case 2:
		for i := range b {
			b[i] = byte(i / (1 + rnd.Intn(300)) % 3)
		}
	default:
		for i := range b {
			if rnd.Intn(10) == 0 {
				b[i] = byte(rnd.Intn(256))
			} else if i > 0 {
				b[i] = b[max(0, i-1-rnd.Intn(20))]
			}
		}
	}
	return b
}

// TestDecoderMatchesStdlib decodes streams of every deflate level and
// block kind (stored, fixed, dynamic, Huffman only, with dictionaries and
// sync flushes), read whole and in pieces, and compares with the standard
// library, including the input given back after the stream ends.
func TestDecoderMatchesStdlib(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	for i := range 120 {
		n := []int{0, 1, 100, 5000, 70000, 300000}[i%6]
		data := sample(rnd, n, i%4)
		var dict []byte
		if i%5 == 0 {
			dict = sample(rnd, rnd.Intn(40000), 0)
		}
		level := []int{-2, 0, 1, 5, 9, -1}[i%6/1]
		var z bytes.Buffer
		w, err := flate.NewWriterDict(&z, level, dict)
		if err != nil {
			t.Fatal(err)
		}
		for off := 0; off < len(data); {
			k := min(len(data)-off, 1+rnd.Intn(50000))
			w.Write(data[off : off+k])
			off += k
			if rnd.Intn(3) == 0 {
				w.Flush()
			}
		}
		w.Close()
		z.WriteString("TRAILER")
		for _, split := range []bool{false, true} {
			var r *rand.Rand
			if split {
				r = rnd
			}
			got, rest, err := decodeAll(z.Bytes(), dict, r)
			if err != nil || !bytes.Equal(got, data) || string(rest) != "TRAILER" {
				t.Fatalf("case %d (level %d, %d bytes, split %v): err %v, output equal %v, rest %q", i, level, n, split, err, bytes.Equal(got, data), rest)
			}
		}
	}
}

// TestDecoderCorrupt flips bits in, and cuts, valid streams and checks
// that the decoder accepts and rejects what the standard library does
// (whose checks are zlib's) and hands out the same bytes before a fault.
func TestDecoderCorrupt(t *testing.T) {
	rnd := rand.New(rand.NewSource(2))
	var z bytes.Buffer
	for i := range 3000 {
		data := sample(rnd, 1+rnd.Intn(3000), i%4)
		z.Reset()
		w, _ := flate.NewWriter(&z, []int{1, 6, -2, 0}[i%4])
		w.Write(data)
		w.Close()
		bad := append([]byte(nil), z.Bytes()...)
		if i%7 == 0 {
			bad = bad[:rnd.Intn(len(bad))]
		}
		for range 1 + rnd.Intn(3) {
			if len(bad) > 0 {
				bad[rnd.Intn(len(bad))] ^= byte(1 << rnd.Intn(8))
			}
		}
		want, wantErr := reference(bad, nil)
		for _, split := range []bool{false, true} {
			var r *rand.Rand
			if split {
				r = rnd
			}
			got, _, err := decodeAll(bad, nil, r)
			var ce flate.CorruptInputError
			wantCorrupt := errors.As(wantErr, &ce)
			if (err == errCorrupt) != wantCorrupt || (err == nil) != (wantErr == nil) {
				t.Fatalf("case %d split %v: err %v, stdlib %v", i, split, err, wantErr)
			}
			// At a cut, the decoder decodes a last code whose bits are
			// all there, as zlib does; the standard library may not.
			if err == io.EOF && bytes.HasPrefix(got, want) && len(got)-len(want) <= 258 {
				continue
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("case %d split %v: %d bytes out, stdlib %d (err %v)", i, split, len(got), len(want), err)
			}
		}
	}
}

// TestBuildTableRejects checks the codes zlib refuses and the incomplete
// ones it takes.
func TestBuildTableRejects(t *testing.T) {
	var tab [litTableSize]uint32
	cases := []struct {
		lens []uint8
		kind int
		ok   bool
	}{
		{[]uint8{1, 1, 1}, kindLit, false},        // over-subscribed
		{[]uint8{1, 2, 0}, kindLit, false},        // incomplete
		{[]uint8{1, 0, 0}, kindDist, true},        // one one-bit code
		{[]uint8{0, 0, 0}, kindDist, true},        // no distance codes
		{[]uint8{1, 0, 0}, kindCodeLen, false},    // code length codes must be complete
		{[]uint8{2, 2, 2, 2}, kindCodeLen, true},  // complete
		{[]uint8{1, 2, 3, 3}, kindLit, true},      // complete
		{[]uint8{0, 0, 0, 0}, kindCodeLen, false}, // nothing to decode
	}
	for i, c := range cases {
		if got := buildTable(tab[:], c.lens, litTableBits, c.kind); got != c.ok {
			t.Errorf("case %d: %v, want %v", i, got, c.ok)
		}
	}
}
