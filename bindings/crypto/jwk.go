package crypto

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"encoding/base64"
	"errors"
	"math/big"
)

// jwkField is one member of a JWK, in the order node writes them.
type jwkField struct{ name, value string }

var b64url = base64.RawURLEncoding

func b64Big(n *big.Int) string { return b64url.EncodeToString(n.Bytes()) }

// exportJWK returns k's JWK members in node's order.
func (k *keyState) exportJWK() ([]jwkField, error) {
	if k.kind == "secret" {
		return []jwkField{{"kty", "oct"}, {"k", b64url.EncodeToString(k.secret)}}, nil
	}
	switch pub := k.pub.(type) {
	case ed25519.PublicKey:
		x := b64url.EncodeToString(pub)
		if k.kind == "private" {
			d := b64url.EncodeToString(k.priv.(ed25519.PrivateKey).Seed())
			return []jwkField{{"crv", "Ed25519"}, {"d", d}, {"x", x}, {"kty", "OKP"}}, nil
		}
		return []jwkField{{"crv", "Ed25519"}, {"x", x}, {"kty", "OKP"}}, nil
	case *ecdsa.PublicKey:
		raw, err := pub.Bytes()
		if err != nil {
			return nil, err
		}
		size := curveByteSize(pub.Curve)
		_, crv := curveNames(pub.Curve)
		f := []jwkField{{"kty", "EC"}, {"x", b64url.EncodeToString(raw[1 : 1+size])},
			{"y", b64url.EncodeToString(raw[1+size:])}, {"crv", crv}}
		if k.kind == "private" {
			d, err := k.priv.(*ecdsa.PrivateKey).Bytes()
			if err != nil {
				return nil, err
			}
			f = append(f, jwkField{"d", b64url.EncodeToString(d)})
		}
		return f, nil
	case *rsa.PublicKey:
		f := []jwkField{{"kty", "RSA"}, {"n", b64Big(pub.N)}, {"e", b64Big(big.NewInt(int64(pub.E)))}}
		if k.kind == "private" {
			p := k.priv.(*rsa.PrivateKey)
			if len(p.Primes) != 2 {
				return nil, errors.New("multi-prime RSA keys have no JWK form")
			}
			p.Precompute()
			f = append(f, jwkField{"d", b64Big(p.D)}, jwkField{"p", b64Big(p.Primes[0])},
				jwkField{"q", b64Big(p.Primes[1])}, jwkField{"dp", b64Big(p.Precomputed.Dp)},
				jwkField{"dq", b64Big(p.Precomputed.Dq)}, jwkField{"qi", b64Big(p.Precomputed.Qinv)})
		}
		return f, nil
	}
	return nil, errUnsupported
}

// errJWK is node's "Invalid JWK data".
var errJWK = errors.New("jwk")

// importJWK reads a JWK given as its string members.
func importJWK(m map[string]string, wantPublic bool) (*keyState, error) {
	get := func(name string) ([]byte, bool) {
		v, ok := m[name]
		if !ok {
			return nil, false
		}
		b, err := b64url.DecodeString(v)
		return b, err == nil
	}
	var k *keyState
	switch m["kty"] {
	case "OKP":
		if m["crv"] != "Ed25519" {
			return nil, errJWK
		}
		x, ok := get("x")
		if !ok || len(x) != ed25519.PublicKeySize {
			return nil, errJWK
		}
		if d, ok := get("d"); ok && !wantPublic {
			if len(d) != ed25519.SeedSize {
				return nil, errJWK
			}
			k = privateKeyState(ed25519.NewKeyFromSeed(d))
		} else {
			k = &keyState{kind: "public", pub: ed25519.PublicKey(x)}
		}
	case "EC":
		c, ok := curveByName(m["crv"])
		if !ok {
			return nil, errJWK
		}
		x, okx := get("x")
		y, oky := get("y")
		size := curveByteSize(c)
		if !okx || !oky || len(x) != size || len(y) != size {
			return nil, errJWK
		}
		pub, err := ecdsa.ParseUncompressedPublicKey(c, append(append([]byte{4}, x...), y...))
		if err != nil {
			return nil, errJWK
		}
		if d, ok := get("d"); ok && !wantPublic {
			priv, err := ecdsa.ParseRawPrivateKey(c, d)
			if err != nil || !priv.PublicKey.Equal(pub) {
				return nil, errJWK
			}
			k = privateKeyState(priv)
		} else {
			k = &keyState{kind: "public", pub: pub}
		}
	case "RSA":
		n, okn := get("n")
		e, oke := get("e")
		if !okn || !oke || len(e) > 4 {
			return nil, errJWK
		}
		pub := &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
		if d, ok := get("d"); ok && !wantPublic {
			p, okp := get("p")
			q, okq := get("q")
			if !okp || !okq {
				return nil, errJWK
			}
			priv := &rsa.PrivateKey{PublicKey: *pub, D: new(big.Int).SetBytes(d),
				Primes: []*big.Int{new(big.Int).SetBytes(p), new(big.Int).SetBytes(q)}}
			if priv.Validate() != nil {
				return nil, errJWK
			}
			priv.Precompute()
			k = privateKeyState(priv)
		} else {
			k = &keyState{kind: "public", pub: pub}
		}
	default:
		return nil, errJWK
	}
	return k, nil
}
