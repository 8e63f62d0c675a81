package crypto

import (
	"crypto/cipher"
	"crypto/subtle"
	"encoding/binary"

	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/poly1305" //nolint:staticcheck // the streaming MAC ChaCha20-Poly1305 needs
)

// aeadState is the authenticated part of GCM and ChaCha20-Poly1305. Both
// are a keystream (output comes from every update, as node gives it) and
// a MAC over the AAD and the ciphertext that runs as data goes through;
// final makes or checks the tag.
type aeadState struct {
	decrypt bool
	tagLen  int    // the tag length getAuthTag returns or setAuthTag must match; 0: any valid length
	tagSet  bool   // a fixed authTagLength was given
	tag     []byte // the computed tag (encrypting) or the expected one (decrypting)
	done    bool   // final has run
	started bool   // data went through: no more AAD
	aadLen  uint64
	n       uint64 // ciphertext bytes

	stream cipher.Stream

	// GCM: GHASH, and E(K, J0) which masks the tag.
	ghash *ghash
	mask  []byte

	// ChaCha20-Poly1305.
	mac *poly1305.MAC
}

// validGCMTagLen are the tag lengths OpenSSL accepts for GCM.
func validGCMTagLen(n int) bool { return n == 4 || n == 8 || (n >= 12 && n <= 16) }

// newGCMState starts AES-GCM (NIST SP 800-38D) with an IV of any length.
func newGCMState(b cipher.Block, iv []byte, tagLen int, decrypt bool) (*aeadState, bool) {
	a := &aeadState{decrypt: decrypt}
	if tagLen >= 0 {
		if !validGCMTagLen(tagLen) {
			return nil, false
		}
		a.tagLen, a.tagSet = tagLen, true
	} else if !decrypt {
		a.tagLen = 16
	}
	h := make([]byte, 16)
	b.Encrypt(h, h)
	a.ghash = newGHASH(h)
	// J0: IV || 0^31 || 1 for a 96-bit IV, else GHASH(IV, padded, and its
	// length in bits).
	j0 := make([]byte, 16)
	if len(iv) == 12 {
		copy(j0, iv)
		j0[15] = 1
	} else {
		g := newGHASH(h)
		g.write(iv)
		g.pad()
		var lens [16]byte
		binary.BigEndian.PutUint64(lens[8:], uint64(len(iv))*8)
		g.write(lens[:])
		j0 = g.sum()
	}
	a.mask = make([]byte, 16)
	b.Encrypt(a.mask, j0)
	// The data's keystream starts at inc32(J0).
	ctr := append([]byte(nil), j0...)
	binary.BigEndian.PutUint32(ctr[12:], binary.BigEndian.Uint32(ctr[12:])+1)
	a.stream = newCTR32(b, ctr)
	return a, true
}

// newChaChaState starts ChaCha20-Poly1305 (RFC 8439): block 0 of the
// keystream keys Poly1305, the data uses the blocks after it.
func newChaChaState(key, iv []byte, tagLen int, decrypt bool) (*aeadState, bool) {
	a := &aeadState{decrypt: decrypt, tagLen: 16}
	if tagLen >= 0 {
		if tagLen < 1 || tagLen > 16 {
			return nil, false
		}
		a.tagLen, a.tagSet = tagLen, true
	} else if decrypt {
		a.tagLen = 0
	}
	s, err := chacha20.NewUnauthenticatedCipher(key, iv)
	if err != nil {
		return nil, false
	}
	var polyKey [32]byte
	s.XORKeyStream(polyKey[:], polyKey[:])
	s.SetCounter(1)
	a.stream = s
	a.mac = poly1305.New(&polyKey)
	return a, true
}

// setAAD adds associated data; it reports false once data has gone
// through or final has run.
func (a *aeadState) setAAD(p []byte) bool {
	if a.started || a.done {
		return false
	}
	a.aadLen += uint64(len(p))
	a.macWrite(p)
	return true
}

func (a *aeadState) macWrite(p []byte) {
	if a.ghash != nil {
		a.ghash.write(p)
	} else {
		a.mac.Write(p)
	}
}

// macPad ends a section of the MAC's input with zeros to a 16-byte block.
func (a *aeadState) macPad(n uint64) {
	if a.ghash != nil {
		a.ghash.pad()
	} else {
		a.mac.Write(zeroPad(int(n % 16)))
	}
}

// startData ends the AAD before the first data.
func (a *aeadState) startData() {
	if a.started {
		return
	}
	a.started = true
	a.macPad(a.aadLen)
}

func zeroPad(n int) []byte { return make([]byte, (16-n%16)%16) }

func (a *aeadState) update(data []byte) []byte {
	a.startData()
	out := make([]byte, len(data))
	a.stream.XORKeyStream(out, data)
	if a.decrypt {
		a.macWrite(data)
	} else {
		a.macWrite(out)
	}
	a.n += uint64(len(data))
	return out
}

// finish computes the tag; when decrypting it reports whether the tag
// set by setAuthTag matches.
func (a *aeadState) finish() bool {
	a.startData()
	a.done = true
	a.macPad(a.n)
	var full []byte
	var lens [16]byte
	if a.ghash != nil {
		binary.BigEndian.PutUint64(lens[:8], a.aadLen*8)
		binary.BigEndian.PutUint64(lens[8:], a.n*8)
		a.ghash.write(lens[:])
		full = a.ghash.sum()
		subtle.XORBytes(full, full, a.mask)
	} else {
		binary.LittleEndian.PutUint64(lens[:8], a.aadLen)
		binary.LittleEndian.PutUint64(lens[8:], a.n)
		a.mac.Write(lens[:])
		full = a.mac.Sum(nil)
	}
	if !a.decrypt {
		a.tag = full[:a.tagLen]
		return true
	}
	if a.tag == nil {
		return false
	}
	return subtle.ConstantTimeCompare(full[:len(a.tag)], a.tag) == 1
}

// validTagLen reports whether a tag of n bytes may be set for decryption.
func (a *aeadState) validTagLen(n int) bool {
	if a.tagSet {
		return n == a.tagLen
	}
	if a.ghash != nil {
		return validGCMTagLen(n)
	}
	return n >= 1 && n <= 16
}

// ctr32 is GCM's counter mode: only the low 32 bits of the counter block
// count, wrapping without carrying into the IV part.
type ctr32 struct {
	b      cipher.Block
	ctr    [16]byte
	ks     [16 * 32]byte
	ksLeft []byte
	blocks [16 * 32]byte
}

func newCTR32(b cipher.Block, counter []byte) *ctr32 {
	c := &ctr32{b: b}
	copy(c.ctr[:], counter)
	return c
}

// refill computes the next batch of keystream.
func (c *ctr32) refill() {
	for i := 0; i < len(c.ks); i += 16 {
		copy(c.blocks[i:i+16], c.ctr[:])
		n := binary.BigEndian.Uint32(c.ctr[12:]) + 1
		binary.BigEndian.PutUint32(c.ctr[12:], n)
	}
	// ECB over the counter blocks is one call per block; the batch keeps
	// the per-call overhead low.
	for i := 0; i < len(c.ks); i += 16 {
		c.b.Encrypt(c.ks[i:i+16], c.blocks[i:i+16])
	}
	c.ksLeft = c.ks[:]
}

// XORKeyStream implements cipher.Stream.
func (c *ctr32) XORKeyStream(dst, src []byte) {
	for len(src) > 0 {
		if len(c.ksLeft) == 0 {
			c.refill()
		}
		n := subtle.XORBytes(dst, src, c.ksLeft)
		c.ksLeft = c.ksLeft[n:]
		dst, src = dst[n:], src[n:]
	}
}
