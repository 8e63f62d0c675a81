package crypto

import "encoding/binary"

// ghash is GCM's universal hash (NIST SP 800-38D, 6.4) over a stream of
// bytes, so that AES-GCM can authenticate as data goes through instead of
// holding it all until final.
//
// A field element is two 64-bit words: w[0] holds the coefficients of
// x^0..x^63 (bit 63 of the word is x^0, as GCM orders bits from the most
// significant bit of the first byte), w[1] those of x^64..x^127. So
// multiplying by x shifts right, and what falls off x^127 wraps round as
// x^128 = x^7 + x^2 + x + 1.
//
// Multiplication by H goes a byte at a time (Horner's rule over the 16
// bytes of the operand) with two 256-entry tables: the products of H with
// every 8-bit polynomial, and (the same for every H) the reductions of the
// eight bits a shift by x^8 pushes past x^127.
type ghash struct {
	products [256][2]uint64 // products[n]: n's polynomial times H
	y        [2]uint64      // the running hash
	buf      [16]byte       // a partial block
	nbuf     int
}

// mulX multiplies a field element by x.
func mulX(v [2]uint64) [2]uint64 {
	carry := v[1] & 1 // the x^127 term
	v[1] = v[1]>>1 | v[0]<<63
	v[0] >>= 1
	if carry != 0 {
		v[0] ^= 0xe1 << 56 // x^128 = 1 + x + x^2 + x^7
	}
	return v
}

// newGHASH prepares the tables for the hash key h (E(K, 0^128)).
func newGHASH(h []byte) *ghash {
	g := &ghash{}
	// A byte n = b7..b0 (b7 its most significant bit) stands for
	// b7 + b6·x + ... + b0·x^7.
	hx := [2]uint64{binary.BigEndian.Uint64(h[:8]), binary.BigEndian.Uint64(h[8:])}
	for bit := 128; bit >= 1; bit >>= 1 {
		g.products[bit] = hx
		hx = mulX(hx)
	}
	for n := 1; n < 256; n++ {
		low := n & -n // the lowest set bit
		if n != low {
			g.products[n][0] = g.products[low][0] ^ g.products[n^low][0]
			g.products[n][1] = g.products[low][1] ^ g.products[n^low][1]
		}
	}
	return g
}

// ghashReductions[m] is x^8 times the x^120..x^127 terms in m: the low
// byte of w[1], which a plain shift by eight drops. It lands in w[0] alone.
var ghashReductions = func() (t [256]uint64) {
	for m := range t {
		v := [2]uint64{0, uint64(m)}
		for i := 0; i < 8; i++ {
			v = mulX(v)
		}
		t[m] = v[0]
	}
	return t
}()

// mulH sets y to y·H.
func (g *ghash) mulH() {
	products, reductions := &g.products, &ghashReductions
	var z0, z1 uint64
	// Horner's rule from the highest byte (x^120..x^127, the low byte of
	// y[1]) down to the lowest (x^0..x^7, the high byte of y[0]).
	for _, word := range [2]uint64{g.y[1], g.y[0]} {
		for j := 0; j < 8; j++ {
			r := reductions[z1&0xff]
			p := &products[word&0xff]
			z1 = (z1>>8 | z0<<56) ^ p[1]
			z0 = z0>>8 ^ r ^ p[0]
			word >>= 8
		}
	}
	g.y = [2]uint64{z0, z1}
}

func (g *ghash) block(b []byte) {
	g.y[0] ^= binary.BigEndian.Uint64(b[:8])
	g.y[1] ^= binary.BigEndian.Uint64(b[8:16])
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
	for i := g.nbuf; i < 16; i++ {
		g.buf[i] = 0
	}
	g.block(g.buf[:])
	g.nbuf = 0
}

// sum returns the hash so far (after pad) as 16 bytes.
func (g *ghash) sum() []byte {
	out := make([]byte, 16)
	binary.BigEndian.PutUint64(out[:8], g.y[0])
	binary.BigEndian.PutUint64(out[8:], g.y[1])
	return out
}
