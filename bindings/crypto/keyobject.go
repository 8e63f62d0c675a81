package crypto

import (
	"bytes"
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"sync"
)

// keyState is a KeyObject's native state: a secret, or an RSA, EC,
// Ed25519 or X25519 public or private key.
type keyState struct {
	kind   string // "secret", "public", "private"
	secret []byte
	pub    crypto.PublicKey
	// priv is a crypto.Signer (RSA, EC, Ed25519) or an *ecdh.PrivateKey
	// (X25519).
	priv crypto.PrivateKey
}

// asymmetricType is asymmetricKeyType: "rsa", "ec", "ed25519" or "x25519".
func (k *keyState) asymmetricType() string {
	switch k.pub.(type) {
	case *rsa.PublicKey:
		return "rsa"
	case *ecdsa.PublicKey:
		return "ec"
	case ed25519.PublicKey:
		return "ed25519"
	case *ecdh.PublicKey:
		return "x25519"
	}
	return ""
}

// curves are the named curves jsproc supports: OpenSSL's name first,
// then the other names node accepts for it. The curves' tables are made on
// first use (crypto/elliptic builds them all at once), not at start-up.
var curves = sync.OnceValue(func() []namedCurve {
	return []namedCurve{
		{[]string{"prime256v1", "P-256", "secp256r1"}, elliptic.P256(), "P-256"},
		{[]string{"secp384r1", "P-384"}, elliptic.P384(), "P-384"},
		{[]string{"secp521r1", "P-521"}, elliptic.P521(), "P-521"},
	}
})

// namedCurve is a curve and its names.
type namedCurve struct {
	names []string
	curve elliptic.Curve
	jwk   string
}

func curveByName(name string) (elliptic.Curve, bool) {
	for _, c := range curves() {
		for _, n := range c.names {
			if n == name {
				return c.curve, true
			}
		}
	}
	return nil, false
}

func curveNames(c elliptic.Curve) (openssl, jwk string) {
	for _, e := range curves() {
		if e.curve == c {
			return e.names[0], e.jwk
		}
	}
	return "", ""
}

func curveNameList() []string {
	var out []string
	for _, c := range curves() {
		out = append(out, c.names[0])
	}
	return out
}

// privateKey is what every private key type has.
type privateKey interface{ Public() crypto.PublicKey }

func privateKeyState(s privateKey) *keyState {
	return &keyState{kind: "private", priv: s, pub: s.Public()}
}

// generateKey makes a key pair: rsa (bits, exponent), ec (curve) or
// ed25519. It returns the private key.
func generateKey(typ string, bits int, exponent int, curve string) (*keyState, error) {
	switch typ {
	case "rsa":
		if exponent != 65537 {
			return nil, errors.New("only the public exponent 65537 is supported")
		}
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			return nil, err
		}
		return privateKeyState(k), nil
	case "ec":
		c, _ := curveByName(curve)
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, err
		}
		return privateKeyState(k), nil
	case "ed25519":
		_, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return privateKeyState(k), nil
	case "x25519":
		k, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return privateKeyState(k), nil
	}
	return nil, errors.New("unsupported key type " + typ)
}

// publicOf returns the public half of a private key (or k itself).
func (k *keyState) publicOf() *keyState {
	if k.kind != "private" {
		return k
	}
	return &keyState{kind: "public", pub: k.pub}
}

// errUnsupported is OpenSSL's DECODER "unsupported": data that is no key
// jsproc can read.
var errUnsupported = errors.New("unsupported")

// errPassphrase is an encrypted key given without a passphrase.
var errPassphrase = errors.New("passphrase")

// parseKey reads a PEM or DER key. typ names the DER structure ("pkcs1",
// "pkcs8", "spki", "sec1"); wantPublic asks for a public key, which a
// private key or certificate gives too. pass (nil for none) decrypts an
// encrypted PKCS #8 key or a PEM key with OpenSSL's encryption headers.
func parseKey(data []byte, format, typ string, wantPublic bool, pass []byte) (*keyState, error) {
	if format == "pem" {
		block, _ := pem.Decode(data)
		if block == nil {
			return nil, errUnsupported
		}
		if len(block.Headers) != 0 {
			der, err := decryptLegacyPEM(block, pass)
			if err != nil {
				return nil, err
			}
			block.Bytes = der
		}
		switch block.Type {
		case "ENCRYPTED PRIVATE KEY":
			if pass == nil {
				return nil, errPassphrase
			}
			der, err := decryptPKCS8(block.Bytes, pass)
			if err != nil {
				return nil, err
			}
			block.Bytes = der
			typ = "pkcs8"
		case "PRIVATE KEY":
			typ = "pkcs8"
		case "RSA PRIVATE KEY":
			typ = "pkcs1"
		case "EC PRIVATE KEY":
			typ = "sec1"
		case "PUBLIC KEY":
			typ = "spki"
		case "RSA PUBLIC KEY":
			typ = "pkcs1-public"
		case "CERTIFICATE":
			if !wantPublic {
				return nil, errUnsupported
			}
			cert, err := x509.ParseCertificate(block.Bytes)
			if err != nil {
				return nil, errUnsupported
			}
			return publicKeyState(cert.PublicKey)
		default:
			return nil, errUnsupported
		}
		data = block.Bytes
	} else if typ == "pkcs1" && wantPublic {
		if k, err := x509.ParsePKCS1PublicKey(data); err == nil {
			return publicKeyState(k)
		}
	}
	var k *keyState
	if typ == "pkcs8" && format != "pem" && isEncryptedPKCS8(data) {
		if pass == nil {
			return nil, errPassphrase
		}
		der, err := decryptPKCS8(data, pass)
		if err != nil {
			return nil, err
		}
		data = der
	}
	switch typ {
	case "pkcs8":
		p, err := x509.ParsePKCS8PrivateKey(data)
		if err != nil {
			return nil, errUnsupported
		}
		s, ok := p.(privateKey)
		if !ok {
			return nil, errUnsupported
		}
		k = privateKeyState(normalizeSigner(s))
	case "pkcs1":
		p, err := x509.ParsePKCS1PrivateKey(data)
		if err != nil {
			return nil, errUnsupported
		}
		k = privateKeyState(p)
	case "sec1":
		p, err := x509.ParseECPrivateKey(data)
		if err != nil {
			return nil, errUnsupported
		}
		k = privateKeyState(p)
	case "spki":
		if !wantPublic {
			return nil, errUnsupported
		}
		p, err := x509.ParsePKIXPublicKey(data)
		if err != nil {
			return nil, errUnsupported
		}
		return publicKeyState(p)
	case "pkcs1-public":
		if !wantPublic {
			return nil, errUnsupported
		}
		p, err := x509.ParsePKCS1PublicKey(data)
		if err != nil {
			return nil, errUnsupported
		}
		return publicKeyState(p)
	default:
		return nil, errUnsupported
	}
	if wantPublic {
		return k.publicOf(), nil
	}
	return k, nil
}

// normalizeSigner turns Go's value form of an Ed25519 key into the one
// the rest of the binding uses.
func normalizeSigner(s privateKey) privateKey {
	if k, ok := s.(*ed25519.PrivateKey); ok {
		return *k
	}
	return s
}

func publicKeyState(p any) (*keyState, error) {
	switch k := p.(type) {
	case *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey:
		return &keyState{kind: "public", pub: p}, nil
	case *ecdh.PublicKey:
		if k.Curve() == ecdh.X25519() {
			return &keyState{kind: "public", pub: p}, nil
		}
	}
	return nil, errUnsupported
}

// exportDER encodes k as typ ("pkcs1", "pkcs8", "spki", "sec1"). An empty
// result with a nil error means typ does not fit the key.
func (k *keyState) exportDER(typ string) ([]byte, string, error) {
	if k.kind == "public" {
		switch typ {
		case "spki":
			der, err := x509.MarshalPKIXPublicKey(k.pub)
			return der, "PUBLIC KEY", err
		case "pkcs1":
			if p, ok := k.pub.(*rsa.PublicKey); ok {
				return x509.MarshalPKCS1PublicKey(p), "RSA PUBLIC KEY", nil
			}
		}
		return nil, "", nil
	}
	switch typ {
	case "pkcs8":
		der, err := x509.MarshalPKCS8PrivateKey(k.priv)
		return der, "PRIVATE KEY", err
	case "pkcs1":
		if p, ok := k.priv.(*rsa.PrivateKey); ok {
			return x509.MarshalPKCS1PrivateKey(p), "RSA PRIVATE KEY", nil
		}
	case "sec1":
		if p, ok := k.priv.(*ecdsa.PrivateKey); ok {
			der, err := x509.MarshalECPrivateKey(p)
			return der, "EC PRIVATE KEY", err
		}
	}
	return nil, "", nil
}

// exportPEM is exportDER wrapped in PEM, as OpenSSL writes it, and
// encrypted when cipher is not "": PKCS #8 as PBES2, PKCS #1 and SEC 1
// with OpenSSL's traditional headers.
func (k *keyState) exportPEM(typ, cipher string, pass []byte) (string, error) {
	der, label, err := k.exportDER(typ)
	if err != nil || der == nil {
		return "", err
	}
	block := &pem.Block{Type: label, Bytes: der}
	if cipher != "" {
		if typ == "pkcs8" {
			enc, err := encryptPKCS8(der, cipher, pass)
			if err != nil {
				return "", err
			}
			block = &pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: enc}
		} else if block, err = encryptLegacyPEM(label, der, cipher, pass); err != nil {
			return "", err
		}
	}
	var b bytes.Buffer
	if err := pem.Encode(&b, block); err != nil {
		return "", err
	}
	return b.String(), nil
}

// equal reports whether two key objects hold the same key.
func (k *keyState) equal(o *keyState) bool {
	if k.kind != o.kind {
		return false
	}
	if k.kind == "secret" {
		return len(k.secret) == len(o.secret) && bytes.Equal(k.secret, o.secret)
	}
	type equaler interface{ Equal(crypto.PublicKey) bool }
	if k.kind == "private" {
		e, ok := k.priv.(interface{ Equal(crypto.PrivateKey) bool })
		return ok && e.Equal(o.priv)
	}
	e, ok := k.pub.(equaler)
	return ok && e.Equal(o.pub)
}

func curveByteSize(c elliptic.Curve) int { return (c.Params().BitSize + 7) / 8 }
