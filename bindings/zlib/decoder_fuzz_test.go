package zlib

import (
	"bytes"
	"compress/flate"
	"math/rand"
	"testing"
)

// FuzzDecoder feeds the decoder arbitrary bytes, whole and in pieces:
// it must not panic or hang, must decode every stream the standard
// library decodes to the same bytes, and must reject every stream the
// standard library rejects, handing out the same bytes up to where one of
// the two noticed the fault. (Which error it gives is zlib's, checked by
// TestDecoderCorrupt and the corpus: the standard library reports some
// invalid codes at the end of the input as an unexpected end, where zlib
// and this decoder report the code, as testdata/fuzz's seed shows.)
// `go test -fuzz FuzzDecoder` explores beyond the seeds the plain run
// checks.
func FuzzDecoder(f *testing.F) {
	rnd := rand.New(rand.NewSource(3))
	for i, level := range []int{-2, 0, 1, 6, 9} {
		var z bytes.Buffer
		w, _ := flate.NewWriter(&z, level)
		w.Write(sample(rnd, 200+i*700, i%4))
		w.Close()
		f.Add(z.Bytes(), int64(i))
	}
	f.Add([]byte{}, int64(0))
	f.Add([]byte{0x03, 0x00}, int64(1))
	f.Fuzz(func(t *testing.T, data []byte, seed int64) {
		want, wantErr := reference(data, nil)
		for _, split := range []bool{false, true} {
			var r *rand.Rand
			if split {
				r = rand.New(rand.NewSource(seed))
			}
			got, _, err := decodeAll(data, nil, r)
			if (err == nil) != (wantErr == nil) {
				t.Fatalf("split %v: err %v, stdlib %v", split, err, wantErr)
			}
			if err == nil && !bytes.Equal(got, want) {
				t.Fatalf("split %v: %d bytes out, stdlib %d", split, len(got), len(want))
			}
			if err != nil && !bytes.HasPrefix(got, want) && !bytes.HasPrefix(want, got) {
				t.Fatalf("split %v: output differs from stdlib's before the fault (err %v, stdlib %v)", split, err, wantErr)
			}
		}
	})
}
