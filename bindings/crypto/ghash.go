package crypto

import (
	"encoding/binary"
	"math/bits"
)

// ghash is GCM's universal hash (NIST SP 800-38D, 6.4) over a stream of
// bytes, so that AES-GCM can authenticate as data goes through instead of
// holding it all until final (Go's cipher.AEAD only seals whole messages).
//
// # Constant time
//
// The running hash is secret (it is the ciphertext's MAC before masking),
// so nothing here indexes memory or branches on it: multiplication in
// GF(2^128) is carry-less multiplication done with ordinary integer
// multiplies on operands whose set bits are spaced four apart, so that
// the carries of each partial product stay in the gaps and are masked
// away (see clmulLow). No table depends on the key or the data.
//
// # Representation
//
// GCM numbers the bits of a block from the most significant bit of its
// first byte (x^0) to the least significant bit of its last (x^127). Here
// an element is held the other way round, as two words lo, hi where bit i
// of lo is the coefficient of x^i and bit i of hi that of x^(64+i): then a
// product of polynomials is a product of carry-less integers. A block is
// converted on the way in (a big-endian load, bit-reversed) and the hash
// on the way out.
type ghash struct {
	h    [3]uint64 // the hash key H (lo, hi) and lo^hi for Karatsuba
	hr   [3]uint64 // the same three, bit-reversed
	y    [2]uint64 // the running hash
	buf  [16]byte  // a partial block
	nbuf int
}

// newGHASH starts a hash under the key h (E(K, 0^128)).
func newGHASH(h []byte) *ghash {
	g := &ghash{}
	g.h[0] = bits.Reverse64(binary.BigEndian.Uint64(h[:8]))
	g.h[1] = bits.Reverse64(binary.BigEndian.Uint64(h[8:16]))
	g.h[2] = g.h[0] ^ g.h[1]
	for i, w := range g.h {
		g.hr[i] = bits.Reverse64(w)
	}
	return g
}

// Masks of every fourth bit, starting at bit 0, 1, 2 and 3.
const (
	every4th0 = 0x1111111111111111
	every4th1 = every4th0 << 1
	every4th2 = every4th0 << 2
	every4th3 = every4th0 << 3
)

// clmulLow returns the low 64 bits of the carry-less product of x and y.
//
// Split each operand into four: the bits at positions 0 mod 4, 1 mod 4,
// and so on. An integer product of two such parts puts every term at
// positions of one residue mod 4, and no column of the low 64 bits gets
// more than 15 terms (a column at 4c gathers at most c+1 ≤ 16, and 16 only
// at bit 60, whose carry leaves the word), so a column's sum fits in the
// four bits up to the next column of that residue: its lowest bit is the
// XOR of the terms. XOR the four products that land on each residue and
// keep only that residue's bits.
func clmulLow(x, y uint64) uint64 {
	x0, x1, x2, x3 := x&every4th0, x&every4th1, x&every4th2, x&every4th3
	y0, y1, y2, y3 := y&every4th0, y&every4th1, y&every4th2, y&every4th3
	z0 := x0*y0 ^ x1*y3 ^ x2*y2 ^ x3*y1
	z1 := x0*y1 ^ x1*y0 ^ x2*y3 ^ x3*y2
	z2 := x0*y2 ^ x1*y1 ^ x2*y0 ^ x3*y3
	z3 := x0*y3 ^ x1*y2 ^ x2*y1 ^ x3*y0
	return z0&every4th0 | z1&every4th1 | z2&every4th2 | z3&every4th3
}

// clmul returns the 127-bit carry-less product of x and y as (lo, hi),
// given also xr and yr, x and y bit-reversed. The high half comes from the
// low half of the product of the reversed operands: reversing both
// reverses the product, so bit m of that reversed low half is the
// product's bit 63+m.
func clmul(x, y, xr, yr uint64) (lo, hi uint64) {
	return clmulLow(x, y), bits.Reverse64(clmulLow(xr, yr)) >> 1
}

// mulH sets y to y·H in GF(2^128) modulo x^128 + x^7 + x^2 + x + 1.
func (g *ghash) mulH() {
	y0, y1 := g.y[0], g.y[1]
	y0r, y1r := bits.Reverse64(y0), bits.Reverse64(y1)
	// Karatsuba: three 64-bit products instead of four.
	a0, a1 := clmul(y0, g.h[0], y0r, g.hr[0])
	b0, b1 := clmul(y1, g.h[1], y1r, g.hr[1])
	c0, c1 := clmul(y0^y1, g.h[2], y0r^y1r, g.hr[2])
	c0 ^= a0 ^ b0
	c1 ^= a1 ^ b1
	// The 255-bit product p3:p2:p1:p0.
	p0, p1, p2, p3 := a0, a1^c0, b0^c1, b1
	// Fold the high half t = p3:p2 back: t·x^128 ≡ t·(1 + x + x^2 + x^7).
	// The shifts push the top bits of t past x^127; those bits, again
	// times x^128, are added into t first (they are below x^7, so adding
	// them does not change what overflows).
	p2 ^= p3>>63 ^ p3>>62 ^ p3>>57
	r0 := p2 ^ p2<<1 ^ p2<<2 ^ p2<<7
	r1 := p3 ^ (p3<<1 | p2>>63) ^ (p3<<2 | p2>>62) ^ (p3<<7 | p2>>57)
	g.y = [2]uint64{p0 ^ r0, p1 ^ r1}
}

func (g *ghash) block(b []byte) {
	g.y[0] ^= bits.Reverse64(binary.BigEndian.Uint64(b[:8]))
	g.y[1] ^= bits.Reverse64(binary.BigEndian.Uint64(b[8:16]))
	g.mulH()
}

// write hashes p, keeping a partial last block for the next write.
func (g *ghash) write(p []byte) {
	if g.nbuf > 0 {
		n := copy(g.buf[g.nbuf:], p)
		g.nbuf += n
		p = p[n:]
		if g.nbuf < 16 {
			return
		}
		g.block(g.buf[:])
		g.nbuf = 0
	}
	for len(p) >= 16 {
		g.block(p[:16])
		p = p[16:]
	}
	g.nbuf = copy(g.buf[:], p)
}

// pad ends a section (the AAD, the ciphertext): a partial block is
// completed with zeros.
func (g *ghash) pad() {
	if g.nbuf == 0 {
		return
	}
	clear(g.buf[g.nbuf:])
	g.block(g.buf[:])
	g.nbuf = 0
}

// sum returns the hash so far (after pad) as 16 bytes.
func (g *ghash) sum() []byte {
	out := make([]byte, 16)
	binary.BigEndian.PutUint64(out[:8], bits.Reverse64(g.y[0]))
	binary.BigEndian.PutUint64(out[8:], bits.Reverse64(g.y[1]))
	return out
}
