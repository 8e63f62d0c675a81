package crypto

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"math/big"

	"github.com/dop251/goja"
)

// Node's RSA paddings (crypto.constants).
const (
	rsaPKCS1Padding = 1
	rsaNoPadding    = 3
	rsaOAEPPadding  = 4
)

// Failures of publicEncrypt and friends, named for the JS layer after
// OpenSSL's reasons.
var (
	errRSATooLarge   = errors.New("too large")   // data too large for key size
	errRSATooSmall   = errors.New("too small")   // data too small for key size
	errRSAOAEP       = errors.New("oaep")        // oaep decoding error
	errRSAPadding    = errors.New("padding")     // invalid padding
	errRSAUnknownPad = errors.New("unknown pad") // unknown padding type
	errRSAIllegalPad = errors.New("illegal pad") // illegal or unsupported padding mode
	errRSADigest     = errors.New("digest")      // invalid digest
	errRSAKeyType    = errors.New("keytype")     // not an RSA key
	errRSAModulus    = errors.New("modulus")     // data too large for modulus
)

// rsaCryptOpts are the options node reads beside the key.
type rsaCryptOpts struct {
	padding int
	oaepMD  *digestAlg
	label   []byte
}

// rsaCrypt runs one of node's four RSA operations: "publicEncrypt" and
// "privateDecrypt" (OAEP, PKCS #1 v1.5 type 2 or none), "privateEncrypt"
// and "publicDecrypt" (PKCS #1 v1.5 type 1 or none).
func rsaCrypt(k *keyState, op string, data []byte, o rsaCryptOpts) ([]byte, error) {
	pub, ok := k.pub.(*rsa.PublicKey)
	if !ok {
		return nil, errRSAKeyType
	}
	size := pub.Size()
	if op == "privateEncrypt" || op == "publicDecrypt" {
		if o.padding != rsaPKCS1Padding && o.padding != rsaNoPadding {
			return nil, errRSAIllegalPad
		}
	} else if o.padding != rsaPKCS1Padding && o.padding != rsaNoPadding && o.padding != rsaOAEPPadding {
		return nil, errRSAUnknownPad
	}
	if o.padding == rsaNoPadding {
		if len(data) > size {
			return nil, errRSATooLarge
		}
		if len(data) < size {
			return nil, errRSATooSmall
		}
		if op == "publicEncrypt" || op == "publicDecrypt" {
			return rsaPublicRaw(pub, data)
		}
		return rsaPrivateRaw(k.priv.(*rsa.PrivateKey), data)
	}
	switch op {
	case "publicEncrypt":
		if o.padding == rsaOAEPPadding {
			out, err := rsa.EncryptOAEP(o.oaepMD.new(), rand.Reader, pub, data, o.label)
			if err != nil {
				return nil, errRSATooLarge
			}
			return out, nil
		}
		//lint:ignore SA1019 node's publicEncrypt offers PKCS #1 v1.5 padding.
		out, err := rsa.EncryptPKCS1v15(rand.Reader, pub, data)
		if err != nil {
			return nil, errRSATooLarge
		}
		return out, nil
	case "privateDecrypt":
		// PKCS #1 v1.5 decryption is refused before this (as node 20 does).
		out, err := rsa.DecryptOAEP(o.oaepMD.new(), nil, k.priv.(*rsa.PrivateKey), data, o.label)
		if err != nil {
			return nil, errRSAOAEP
		}
		return out, nil
	case "privateEncrypt":
		// A PKCS #1 v1.5 signature with no digest is exactly type 1
		// padding around the data.
		out, err := rsa.SignPKCS1v15(nil, k.priv.(*rsa.PrivateKey), crypto.Hash(0), data)
		if err != nil {
			return nil, errRSATooLarge
		}
		return out, nil
	default: // publicDecrypt
		if len(data) != size {
			return nil, errRSAPadding
		}
		em, err := rsaPublicRaw(pub, data)
		if err != nil {
			return nil, err
		}
		return unpadType1(em)
	}
}

// rsaPublicRaw is c = m^e mod n on a block of the modulus's size. The
// public exponent is no secret, so math/big's arithmetic is fine here.
func rsaPublicRaw(pub *rsa.PublicKey, block []byte) ([]byte, error) {
	m := new(big.Int).SetBytes(block)
	if m.Cmp(pub.N) >= 0 {
		return nil, errRSAModulus
	}
	c := new(big.Int).Exp(m, big.NewInt(int64(pub.E)), pub.N)
	return c.FillBytes(make([]byte, pub.Size())), nil
}

// rsaPrivateRaw is m = c^d mod n (RSA_NO_PADDING), blinded: c is
// multiplied by r^e for a random r first and the result by r^-1 after,
// so the exponentiation never sees the caller's value.
func rsaPrivateRaw(priv *rsa.PrivateKey, block []byte) ([]byte, error) {
	n := priv.N
	c := new(big.Int).SetBytes(block)
	if c.Cmp(n) >= 0 {
		return nil, errRSAModulus
	}
	var r, rInv *big.Int
	for {
		var err error
		r, err = rand.Int(rand.Reader, n)
		if err != nil {
			return nil, err
		}
		if r.Sign() == 0 {
			continue
		}
		if rInv = new(big.Int).ModInverse(r, n); rInv != nil {
			break
		}
	}
	blinded := new(big.Int).Exp(r, big.NewInt(int64(priv.E)), n)
	blinded.Mul(blinded, c).Mod(blinded, n)
	m := new(big.Int).Exp(blinded, priv.D, n)
	m.Mul(m, rInv).Mod(m, n)
	return m.FillBytes(make([]byte, priv.Size())), nil
}

// unpadType1 strips PKCS #1 v1.5 type 1 padding: 00 01 FF... 00 data,
// with at least eight FF bytes.
func unpadType1(em []byte) ([]byte, error) {
	if len(em) < 11 || em[0] != 0 || em[1] != 1 {
		return nil, errRSAPadding
	}
	i := 2
	for i < len(em) && em[i] == 0xff {
		i++
	}
	if i == len(em) || em[i] != 0 || i-2 < 8 {
		return nil, errRSAPadding
	}

	return append([]byte(nil), em[i+1:]...), nil
}

// rsaCryptNative is rsaCrypt(h, op, data, padding, oaepHash, oaepLabel):
// the result's bytes, or a failure name.
func (n *natives) rsaCrypt(call goja.FunctionCall) goja.Value {
	k := handle[*keyState](n, call)
	o := rsaCryptOpts{padding: n.int(call, 3), oaepMD: lookupDigest("sha1")}
	if v := call.Argument(4); !goja.IsUndefined(v) && !goja.IsNull(v) {
		o.oaepMD = lookupDigest(v.String())
		if o.oaepMD == nil || o.oaepMD.xof {
			return n.vm.ToValue(errRSADigest.Error())
		}
	}
	if v := call.Argument(5); !goja.IsUndefined(v) && !goja.IsNull(v) {
		o.label = n.bytes(v)
	}
	out, err := rsaCrypt(k, call.Argument(1).String(), n.bytes(call.Argument(2)), o)
	if err != nil {
		return n.vm.ToValue(err.Error())
	}
	return n.rt.WrapBytes(out)
}
