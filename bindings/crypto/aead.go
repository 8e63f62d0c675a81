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
// a tag over the AAD and the ciphertext, made or checked at final.
type aeadState struct {
	decrypt bool
	tagLen  int  // the tag length getAuthTag returns or setAuthTag must match; 0: any valid length
	tagSet  bool // a fixed authTagLength was given
	aad     []byte
	tag     []byte // the computed tag (encrypting) or the expected one (decrypting)
	done    bool   // final has run
	started bool   // data went through: no more AAD

	stream cipher.Stream

	// GCM: the tag comes from Go's GCM over the whole plaintext at final.
	gcm       cipher.AEAD
	nonce     []byte
	plaintext []byte

	// ChaCha20-Poly1305: the MAC runs as data goes through.
	mac *poly1305.MAC
	n   uint64 // ciphertext bytes
}

// validGCMTagLen are the tag lengths OpenSSL accepts for GCM.
func validGCMTagLen(n int) bool { return n == 4 || n == 8 || (n >= 12 && n <= 16) }

// newGCMState starts AES-GCM. The keystream is GCM's own counter stream
// (located by sealing one zero block, so any IV length works); the tag is
// Go's GCM tag truncated to tagLen.
func newGCMState(b cipher.Block, iv []byte, tagLen int, decrypt bool) (*aeadState, bool) {
	a := &aeadState{decrypt: decrypt, nonce: append([]byte(nil), iv...)}
	if tagLen >= 0 {
		if !validGCMTagLen(tagLen) {
			return nil, false
		}
		a.tagLen, a.tagSet = tagLen, true
	} else if !decrypt {
		a.tagLen = 16
	}
	g, err := cipher.NewGCMWithNonceSize(b, len(iv))
	if err != nil {
		return nil, false
	}
	a.gcm = g
	// The first ciphertext block of a zero plaintext is E(K, counter):
	// decrypting it gives the counter block the data starts at.
	first := g.Seal(nil, iv, make([]byte, 16), nil)[:16]
	ctr := make([]byte, 16)
	b.Decrypt(ctr, first)
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
	a.aad = append(a.aad, p...)
	return true
}

// startData ends the AAD (writing it to the MAC) before the first data.
func (a *aeadState) startData() {
	if a.started {
		return
	}
	a.started = true
	if a.mac != nil {
		a.mac.Write(a.aad)
		a.mac.Write(zeroPad(len(a.aad)))
	}
}

func zeroPad(n int) []byte { return make([]byte, (16-n%16)%16) }

func (a *aeadState) update(data []byte) []byte {
	a.startData()
	out := make([]byte, len(data))
	a.stream.XORKeyStream(out, data)
	if a.gcm != nil {
		if a.decrypt {
			a.plaintext = append(a.plaintext, out...)
		} else {
			a.plaintext = append(a.plaintext, data...)
		}
	} else {
		if a.decrypt {
			a.mac.Write(data)
		} else {
			a.mac.Write(out)
		}
		a.n += uint64(len(data))
	}
	return out
}

// finish computes the tag; when decrypting it reports whether the tag
// set by setAuthTag matches.
func (a *aeadState) finish() bool {
	a.startData()
	a.done = true
	var full []byte
	if a.gcm != nil {
		sealed := a.gcm.Seal(nil, a.nonce, a.plaintext, a.aad)
		full = sealed[len(sealed)-16:]
		a.plaintext = nil
	} else {
		a.mac.Write(zeroPad(int(a.n % 16)))
		var lens [16]byte
		binary.LittleEndian.PutUint64(lens[:8], uint64(len(a.aad)))
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
	if a.gcm != nil {
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
