package crypto

import (
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"math/big"
	"sync"

	"golang.org/x/crypto/cryptobyte"
	"golang.org/x/crypto/cryptobyte/asn1"
)

// Failures of sign and verify, named for the JS layer.
var (
	errSignDigest      = errors.New("digest")      // ERR_OSSL_INVALID_DIGEST (a digest with Ed25519)
	errSignUnsupported = errors.New("unsupported") // ERR_CRYPTO_UNSUPPORTED_OPERATION
	errSignFailed      = errors.New("failed")      // a digest the key's scheme cannot use
	errSignKeyType     = errors.New("keytype")     // a key that does not sign (X25519)
)

// hashIDs map node's digests to Go's hash identifiers for RSA and ECDSA.
var hashIDs = sync.OnceValue(func() map[string]crypto.Hash {
	return map[string]crypto.Hash{
		"md5": crypto.MD5, "sha1": crypto.SHA1, "sha224": crypto.SHA224, "sha256": crypto.SHA256,
		"sha384": crypto.SHA384, "sha512": crypto.SHA512, "sha512-224": crypto.SHA512_224,
		"sha512-256": crypto.SHA512_256, "sha3-224": crypto.SHA3_224, "sha3-256": crypto.SHA3_256,
		"sha3-384": crypto.SHA3_384, "sha3-512": crypto.SHA3_512, "ripemd160": crypto.RIPEMD160,
		"md5-sha1": crypto.MD5SHA1,
	}
})

// signOpts are the options node's sign and verify take with the key.
type signOpts struct {
	digest     *digestAlg // nil: the key's default (SHA-256), or none for Ed25519
	prehashed  bool       // data is already the digest (Sign and Verify objects)
	p1363      bool       // ECDSA signature as r||s rather than DER
	pss        bool       // RSA-PSS rather than PKCS #1 v1.5
	saltLength int        // PSS: -1 the digest's size, -2 the most that fits / auto
}

// digestOf returns the hash identifier and digest of data for RSA and
// ECDSA.
func (o *signOpts) digestOf(data []byte) (crypto.Hash, []byte, error) {
	alg := o.digest
	if alg == nil {
		alg = lookupDigest("sha256")
	}
	id, ok := hashIDs()[alg.name]
	if !ok {
		return 0, nil, errSignFailed
	}
	if o.prehashed {
		return id, data, nil
	}
	d, _ := newDigester(alg, -1)
	d.write(data)
	return id, d.sum(), nil
}

// pssOptions maps node's salt lengths to Go's: -1 the digest's size, -2
// the most that fits when signing and any when verifying (PSSSaltLengthAuto
// does both).
func (o *signOpts) pssOptions(id crypto.Hash) *rsa.PSSOptions {
	salt := o.saltLength
	switch salt {
	case -1:
		salt = rsa.PSSSaltLengthEqualsHash
	case -2:
		salt = rsa.PSSSaltLengthAuto
	}
	return &rsa.PSSOptions{SaltLength: salt, Hash: id}
}

// sign signs data with a private key.
func sign(k *keyState, data []byte, o *signOpts) ([]byte, error) {
	switch priv := k.priv.(type) {
	case ed25519.PrivateKey:
		if o.prehashed {
			return nil, errSignUnsupported
		}
		if o.digest != nil {
			return nil, errSignDigest
		}
		return ed25519.Sign(priv, data), nil
	case *rsa.PrivateKey:
		id, digest, err := o.digestOf(data)
		if err != nil {
			return nil, err
		}
		if o.pss {
			return rsa.SignPSS(rand.Reader, priv, id, digest, o.pssOptions(id))
		}
		return rsa.SignPKCS1v15(rand.Reader, priv, id, digest)
	case *ecdsa.PrivateKey:
		_, digest, err := o.digestOf(data)
		if err != nil {
			return nil, err
		}
		sig, err := ecdsa.SignASN1(rand.Reader, priv, digest)
		if err != nil || !o.p1363 {
			return sig, err
		}
		return derToP1363(sig, curveByteSize(priv.Curve))
	case *ecdh.PrivateKey:
		return nil, errSignKeyType
	}
	return nil, errSignUnsupported
}

// verify checks sig over data with a public key.
func verify(k *keyState, data, sig []byte, o *signOpts) (bool, error) {
	switch pub := k.pub.(type) {
	case ed25519.PublicKey:
		if o.prehashed {
			return false, errSignUnsupported
		}
		if o.digest != nil {
			return false, errSignDigest
		}
		return ed25519.Verify(pub, data, sig), nil
	case *rsa.PublicKey:
		id, digest, err := o.digestOf(data)
		if err != nil {
			return false, err
		}
		if o.pss {
			return rsa.VerifyPSS(pub, id, digest, sig, o.pssOptions(id)) == nil, nil
		}
		return rsa.VerifyPKCS1v15(pub, id, digest, sig) == nil, nil
	case *ecdsa.PublicKey:
		_, digest, err := o.digestOf(data)
		if err != nil {
			return false, err
		}
		if o.p1363 {
			size := curveByteSize(pub.Curve)
			if len(sig) != 2*size {
				return false, nil
			}
			sig = p1363ToDER(sig[:size], sig[size:])
		}
		return ecdsa.VerifyASN1(pub, digest, sig), nil
	}
	return false, errSignUnsupported
}

// derToP1363 turns an ASN.1 ECDSA signature into r||s, each size bytes.
func derToP1363(sig []byte, size int) ([]byte, error) {
	var r, s big.Int
	in := cryptobyte.String(sig)
	var inner cryptobyte.String
	if !in.ReadASN1(&inner, asn1.SEQUENCE) || !inner.ReadASN1Integer(&r) || !inner.ReadASN1Integer(&s) {
		return nil, errSignFailed
	}
	out := make([]byte, 2*size)
	r.FillBytes(out[:size])
	s.FillBytes(out[size:])
	return out, nil
}

// p1363ToDER turns r||s into an ASN.1 ECDSA signature.
func p1363ToDER(r, s []byte) []byte {
	var b cryptobyte.Builder
	b.AddASN1(asn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddASN1BigInt(new(big.Int).SetBytes(r))
		b.AddASN1BigInt(new(big.Int).SetBytes(s))
	})
	out, _ := b.Bytes()
	return out
}
