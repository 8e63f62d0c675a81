package crypto

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	mrand "math/rand/v2"
	"testing"

	"golang.org/x/crypto/chacha20poly1305"
)

// feed runs msg through c in random-sized pieces and returns the output.
func feed(t *testing.T, c *cipherState, msg []byte, r *mrand.Rand) []byte {
	t.Helper()
	var out []byte
	for len(msg) > 0 {
		n := r.IntN(len(msg) + 1)
		o, fail := c.update(msg[:n])
		if fail != failNone {
			t.Fatalf("update failed: %d", fail)
		}
		out = append(out, o...)
		msg = msg[n:]
	}
	o, fail := c.finish()
	if fail != failNone {
		t.Fatalf("final failed: %d", fail)
	}
	return append(out, o...)
}

// TestGCMMatchesGo checks the streaming AES-GCM (GHASH and the counter
// stream) against crypto/cipher's GCM for many lengths of key, IV, AAD and
// message, fed in random pieces, and that decryption checks the tag.
func TestGCMMatchesGo(t *testing.T) {
	r := mrand.New(mrand.NewPCG(1, 2))
	for i := 0; i < 300; i++ {
		alg := cipherAlgs[9+i%3] // aes-128/192/256-gcm
		key := make([]byte, alg.keyLen)
		iv := make([]byte, 1+r.IntN(40))
		if i%2 == 0 {
			iv = make([]byte, 12)
		}
		aad := make([]byte, r.IntN(50))
		msg := make([]byte, r.IntN(300))
		for _, b := range [][]byte{key, iv, aad, msg} {
			rand.Read(b)
		}
		block, _ := aes.NewCipher(key)
		g, err := cipher.NewGCMWithNonceSize(block, len(iv))
		if err != nil {
			t.Fatal(err)
		}
		want := g.Seal(nil, iv, msg, aad)

		enc, bad := newCipherState(alg, key, iv, true, -1, false)
		if bad != "" {
			t.Fatal(bad)
		}
		enc.aead.setAAD(aad[:len(aad)/2])
		enc.aead.setAAD(aad[len(aad)/2:])
		ct := feed(t, enc, msg, r)
		got := append(ct, enc.aead.tag...)
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d (iv %d, aad %d, msg %d): got %x, want %x", i, len(iv), len(aad), len(msg), got, want)
		}

		dec, _ := newCipherState(alg, key, iv, true, -1, true)
		dec.aead.setAAD(aad)
		dec.aead.tag = want[len(msg):]
		if pt := feed(t, dec, ct, r); !bytes.Equal(pt, msg) {
			t.Fatalf("case %d: decrypted %x, want %x", i, pt, msg)
		}
		bad2, _ := newCipherState(alg, key, iv, true, -1, true)
		bad2.aead.setAAD(aad)
		tag := append([]byte(nil), want[len(msg):]...)
		tag[r.IntN(16)] ^= 1 << r.IntN(8)
		bad2.aead.tag = tag
		bad2.update(ct)
		if _, fail := bad2.finish(); fail != failAuth {
			t.Fatalf("case %d: a wrong tag was accepted", i)
		}
	}
}

// TestChaCha20Poly1305MatchesXCrypto checks the streaming
// ChaCha20-Poly1305 against x/crypto's AEAD.
func TestChaCha20Poly1305MatchesXCrypto(t *testing.T) {
	r := mrand.New(mrand.NewPCG(3, 4))
	alg := lookupCipher("chacha20-poly1305")
	for i := 0; i < 200; i++ {
		key, iv := make([]byte, 32), make([]byte, 12)
		aad, msg := make([]byte, r.IntN(50)), make([]byte, r.IntN(300))
		for _, b := range [][]byte{key, iv, aad, msg} {
			rand.Read(b)
		}
		a, _ := chacha20poly1305.New(key)
		want := a.Seal(nil, iv, msg, aad)
		enc, _ := newCipherState(alg, key, iv, true, -1, false)
		enc.aead.setAAD(aad)
		got := append(feed(t, enc, msg, r), enc.aead.tag...)
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d: got %x, want %x", i, got, want)
		}
	}
}
