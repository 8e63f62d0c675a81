package crypto

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"hash"
	"math"

	"golang.org/x/crypto/scrypt"
)

// The key derivations and random fills run on the calling goroutine for
// the sync forms, and on a goroutine of their own for the async ones (see
// binding.dispatch); none of them touches a JS value.

// pbkdf2Key derives keyLen bytes with PBKDF2-HMAC.
func pbkdf2Key(alg *digestAlg, password, salt []byte, iter, keyLen int) ([]byte, error) {
	if keyLen == 0 {
		return []byte{}, nil
	}
	return pbkdf2.Key(alg.new, string(password), salt, iter, keyLen)
}

// hkdfKey derives keyLen bytes with HKDF (RFC 5869).
func hkdfKey(alg *digestAlg, secret, salt, info []byte, keyLen int) ([]byte, error) {
	if keyLen == 0 {
		return []byte{}, nil
	}
	if len(salt) == 0 {
		// RFC 5869: an absent salt is HashLen zero bytes.
		salt = make([]byte, alg.size)
	}
	return hkdf.Key(alg.new, secret, salt, string(info), keyLen)
}

// scryptKey derives keyLen bytes with scrypt (RFC 7914).
func scryptKey(password, salt []byte, n, r, p, keyLen int) ([]byte, error) {
	if keyLen == 0 {
		return []byte{}, nil
	}
	return scrypt.Key(password, salt, n, r, p, keyLen)
}

// Outcomes of scryptCheck.
const (
	scryptOK      = iota
	scryptInvalid // "Invalid scrypt params"
	scryptMemory  // "... memory limit exceeded"
)

// scryptCheck applies OpenSSL 3's checks of scrypt's parameters: N a
// power of two above 1 (else the parameters are invalid); p·r below 2^30,
// N below 2^(16r) and the memory scrypt needs, 128·r·(N + p + 2) bytes,
// within maxmem (else the memory limit is exceeded). r and p are positive.
func scryptCheck(n, r, p, maxmem uint64) int {
	if n < 2 || n&(n-1) != 0 {
		return scryptInvalid
	}
	if r == 0 || p == 0 {
		return scryptInvalid
	}
	if p > ((1<<30)-1)/r {
		return scryptMemory
	}
	if 16*r <= 63 && n >= 1<<(16*r) {
		return scryptMemory
	}
	blen := p * 128 * r
	if blen > math.MaxInt32 {
		return scryptMemory
	}
	if n+2 > (math.MaxUint64/128)/r {
		return scryptMemory
	}
	vlen := 128 * r * (n + 2)
	if blen > math.MaxUint64-vlen || blen+vlen > maxmem {
		return scryptMemory
	}
	return scryptOK
}

// hmacHash returns a function making HMACs of alg keyed with key.
func hmacHash(alg *digestAlg, key []byte) hash.Hash {
	return hmac.New(alg.new, key)
}

// fillRandom fills p from the system's secure source.
func fillRandom(p []byte) {
	_, _ = rand.Read(p)
}
