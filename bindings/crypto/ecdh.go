package crypto

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"

	"github.com/dop251/goja"
)

// ecdhState is an ECDH object's native state: a curve and, once
// generateKeys or setPrivateKey has run, a key pair.
type ecdhState struct {
	curve elliptic.Curve // for point (de)compression
	ecdh  ecdh.Curve
	priv  *ecdh.PrivateKey
	pub   []byte // set by setPublicKey (uncompressed), else the private key's
}

// ecdhCurveByName finds a curve by its OpenSSL short name, the only
// names createECDH takes (not "P-256").
func ecdhCurveByName(name string) (elliptic.Curve, bool) {
	for _, c := range curves() {
		if c.names[0] == name {
			return c.curve, true
		}
	}
	return nil, false
}

// public returns the public point, uncompressed, or nil.
func (s *ecdhState) public() []byte {
	if s.pub != nil {
		return s.pub
	}
	if s.priv == nil {
		return nil
	}
	return s.priv.PublicKey().Bytes()
}

// ecdhCurve maps a named curve to crypto/ecdh's.
func ecdhCurve(c elliptic.Curve) ecdh.Curve {
	switch c {
	case elliptic.P256():
		return ecdh.P256()
	case elliptic.P384():
		return ecdh.P384()
	case elliptic.P521():
		return ecdh.P521()
	}
	return nil
}

// encodePoint writes an uncompressed point (04 || X || Y) as node's
// format asks: "compressed" (02/03 || X), "hybrid" (06/07 || X || Y) or
// uncompressed.
func encodePoint(raw []byte, format string) []byte {
	size := (len(raw) - 1) / 2
	odd := raw[len(raw)-1] & 1
	switch format {
	case "compressed":
		return append([]byte{2 | odd}, raw[1:1+size]...)
	case "hybrid":
		return append([]byte{6 | odd}, raw[1:]...)
	}
	return append([]byte(nil), raw...)
}

// decodePoint reads a point in any of the three forms as an uncompressed
// one, or reports false if it is not on the curve.
func decodePoint(c elliptic.Curve, b []byte) ([]byte, bool) {
	size := curveByteSize(c)
	switch {
	case len(b) == 1+size && (b[0] == 2 || b[0] == 3):
		x, y := elliptic.UnmarshalCompressed(c, b)
		if x == nil {
			return nil, false
		}
		out := make([]byte, 1+2*size)
		out[0] = 4
		x.FillBytes(out[1 : 1+size])
		y.FillBytes(out[1+size:])
		return out, true
	case len(b) == 1+2*size && (b[0] == 6 || b[0] == 7):
		if b[0]&1 != b[len(b)-1]&1 {
			return nil, false
		}
		out := append([]byte{4}, b[1:]...)
		return out, true
	case len(b) == 1+2*size && b[0] == 4:
		return b, true
	}
	return nil, false
}

// setECDHNatives adds the ECDH class's natives and diffieHellman.
func (n *natives) setECDHNatives(o *goja.Object) {
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { o.Set(name, fn) }
	// ecdhNew(curve) returns a handle, or null for an unknown curve.
	set("ecdhNew", func(call goja.FunctionCall) goja.Value {
		c, ok := ecdhCurveByName(call.Argument(0).String())
		if !ok {
			return goja.Null()
		}
		return n.vm.ToValue(&ecdhState{curve: c, ecdh: ecdhCurve(c)})
	})
	set("ecdhGenerate", func(call goja.FunctionCall) goja.Value {
		s := handle[*ecdhState](n, call)
		k, err := s.ecdh.GenerateKey(rand.Reader)
		if err != nil {
			panic(n.vm.NewGoError(err))
		}
		s.priv, s.pub = k, nil
		return goja.Undefined()
	})
	// ecdhPublic(h, format) returns the public point, or null before a key.
	set("ecdhPublic", func(call goja.FunctionCall) goja.Value {
		s := handle[*ecdhState](n, call)
		pub := s.public()
		if pub == nil {
			return goja.Null()
		}
		return n.rt.WrapBytes(encodePoint(pub, call.Argument(1).String()))
	})
	// ecdhPrivate(h) returns the private scalar as OpenSSL writes a
	// number: big-endian without leading zeros.
	set("ecdhPrivate", func(call goja.FunctionCall) goja.Value {
		s := handle[*ecdhState](n, call)
		if s.priv == nil {
			return goja.Null()
		}
		b := s.priv.Bytes()
		for len(b) > 0 && b[0] == 0 {
			b = b[1:]
		}
		return n.rt.WrapBytes(append([]byte(nil), b...))
	})
	// ecdhSetPrivate(h, bytes) reports whether the scalar fits the curve.
	set("ecdhSetPrivate", func(call goja.FunctionCall) goja.Value {
		s := handle[*ecdhState](n, call)
		b := n.bytes(call.Argument(1))
		size := curveByteSize(s.curve)
		for len(b) > size && b[0] == 0 {
			b = b[1:]
		}
		if len(b) > size {
			return n.vm.ToValue(false)
		}
		full := make([]byte, size)
		copy(full[size-len(b):], b)
		k, err := s.ecdh.NewPrivateKey(full)
		if err != nil {
			return n.vm.ToValue(false)
		}
		s.priv, s.pub = k, nil
		return n.vm.ToValue(true)
	})
	// ecdhSetPublic(h, point) sets the public key alone, reporting false
	// for a point not on the curve.
	set("ecdhSetPublic", func(call goja.FunctionCall) goja.Value {
		s := handle[*ecdhState](n, call)
		raw, ok := decodePoint(s.curve, n.bytes(call.Argument(1)))
		if !ok {
			return n.vm.ToValue(false)
		}
		if _, err := s.ecdh.NewPublicKey(raw); err != nil {
			return n.vm.ToValue(false)
		}
		s.pub = append([]byte(nil), raw...)
		return n.vm.ToValue(true)
	})
	// ecdhCompute(h, peer) returns the shared secret, or null for a peer
	// key that is not on the curve.
	set("ecdhCompute", func(call goja.FunctionCall) goja.Value {
		s := handle[*ecdhState](n, call)
		raw, ok := decodePoint(s.curve, n.bytes(call.Argument(1)))
		if !ok || s.priv == nil {
			return goja.Null()
		}
		peer, err := s.ecdh.NewPublicKey(raw)
		if err != nil {
			return goja.Null()
		}
		secret, err := s.priv.ECDH(peer)
		if err != nil {
			return goja.Null()
		}
		return n.rt.WrapBytes(secret)
	})
	// ecdhConvert(curve, key, format) re-encodes a point, null if invalid.
	set("ecdhConvert", func(call goja.FunctionCall) goja.Value {
		c, ok := ecdhCurveByName(call.Argument(0).String())
		if !ok {
			return goja.Null()
		}
		raw, ok := decodePoint(c, n.bytes(call.Argument(1)))
		if !ok {
			return goja.Null()
		}
		if _, err := ecdhCurve(c).NewPublicKey(raw); err != nil {
			return goja.Null()
		}
		return n.rt.WrapBytes(encodePoint(raw, call.Argument(2).String()))
	})
	// keyAgree(private, public) is diffieHellman over two key objects: the
	// secret, or a failure name ("type", "mismatch").
	set("keyAgree", func(call goja.FunctionCall) goja.Value {
		priv := handle[*keyState](n, call)
		pub, _ := call.Argument(1).Export().(*keyState)
		secret, err := keyAgree(priv, pub)
		if err != nil {
			return n.vm.ToValue(err.Error())
		}
		return n.rt.WrapBytes(secret)
	})
}

var (
	errAgreeType     = errors.New("type")
	errAgreeMismatch = errors.New("mismatch")
)

// keyAgree computes the ECDH or X25519 secret of a private and a public
// key object of the same curve.
func keyAgree(priv, pub *keyState) ([]byte, error) {
	toECDH := func(k any) (*ecdh.PublicKey, error) {
		switch p := k.(type) {
		case *ecdh.PublicKey:
			return p, nil
		case *ecdsa.PublicKey:
			return p.ECDH()
		}
		return nil, errAgreeType
	}
	var sk *ecdh.PrivateKey
	switch p := priv.priv.(type) {
	case *ecdh.PrivateKey:
		sk = p
	case *ecdsa.PrivateKey:
		k, err := p.ECDH()
		if err != nil {
			return nil, err
		}
		sk = k
	default:
		return nil, errAgreeType
	}
	pk, err := toECDH(pub.pub)
	if err != nil {
		return nil, err
	}
	if pk.Curve() != sk.Curve() {
		return nil, errAgreeMismatch
	}
	return sk.ECDH(pk)
}
