package crypto

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"math/bits"
	mrand "math/rand/v2"
	"testing"
)

// clmulSlow is the carry-less product bit by bit, for reference.
func clmulSlow(x, y uint64) (lo, hi uint64) {
	for i := 0; i < 64; i++ {
		if y>>i&1 == 1 {
			lo ^= x << i
			if i > 0 {
				hi ^= x >> (64 - i)
			}
		}
	}
	return lo, hi
}

// TestClmul checks the masked-multiply carry-less product against the
// bitwise one, including the operands with the most terms per column.
func TestClmul(t *testing.T) {
	r := mrand.New(mrand.NewPCG(5, 6))
	cases := [][2]uint64{{0, 0}, {^uint64(0), ^uint64(0)}, {1, ^uint64(0)}, {1 << 63, 1 << 63},
		{every4th0, every4th0}, {every4th3, every4th3}, {every4th1, every4th2}}
	for i := 0; i < 20000; i++ {
		cases = append(cases, [2]uint64{r.Uint64(), r.Uint64()})
	}
	for _, c := range cases {
		x, y := c[0], c[1]
		lo, hi := clmul(x, y, bits.Reverse64(x), bits.Reverse64(y))
		wlo, whi := clmulSlow(x, y)
		if lo != wlo || hi != whi {
			t.Fatalf("clmul(%#x, %#x) = %#x:%#x, want %#x:%#x", x, y, hi, lo, whi, wlo)
		}
	}
}

// TestGHASHExtremes checks GCM tags on all-zero and all-ones keys and
// data against crypto/cipher, whose GHASH is independent of this one.
func TestGHASHExtremes(t *testing.T) {
	for _, fill := range []byte{0, 0xff, 0x80, 0x01} {
		key := bytes.Repeat([]byte{fill}, 32)
		iv := bytes.Repeat([]byte{fill}, 12)
		msg := bytes.Repeat([]byte{fill}, 100)
		block, _ := aes.NewCipher(key)
		g, _ := cipher.NewGCM(block)
		want := g.Seal(nil, iv, msg, msg[:33])
		a, _ := newGCMState(block, iv, -1, false)
		a.setAAD(msg[:33])
		got := append(a.update(msg), func() []byte { a.finish(); return a.tag }()...)
		if !bytes.Equal(got, want) {
			t.Fatalf("fill %#x: got %x, want %x", fill, got, want)
		}
	}
}

// BenchmarkGHASH measures GHASH alone over 16 KiB writes.
func BenchmarkGHASH(b *testing.B) {
	g := newGHASH(bytes.Repeat([]byte{0x5a}, 16))
	buf := make([]byte, 16<<10)
	b.SetBytes(int64(len(buf)))
	for i := 0; i < b.N; i++ {
		g.write(buf)
	}
}

// BenchmarkAESGCMStream measures streaming AES-256-GCM encryption (the
// counter stream and GHASH) over 16 KiB updates.
func BenchmarkAESGCMStream(b *testing.B) {
	block, _ := aes.NewCipher(make([]byte, 32))
	a, _ := newGCMState(block, make([]byte, 12), -1, false)
	buf := make([]byte, 16<<10)
	b.SetBytes(int64(len(buf)))
	for i := 0; i < b.N; i++ {
		a.update(buf)
	}
}
