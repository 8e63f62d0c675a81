package network

import (
	"crypto"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/crypto/pkcs12"
)

// parsePFX(buffer, passphrase) reads a PKCS #12 archive (the pfx option)
// into PEM texts: {key, cert (one entry: the key's certificate, then the
// others), ca (the others)}. It throws node's error for an archive it cannot read.
// golang.org/x/crypto/pkcs12 reads the archives OpenSSL made before 3.0
// (and 3.0's with -legacy): RC2 or triple-DES encryption and SHA-1 MACs;
// an archive encrypted with PBES2 (AES) is refused as unsupported.
func parsePFX(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	data, _ := rt.Bytes(call.Argument(0))
	pass := ""
	if p := call.Argument(1); !goja.IsUndefined(p) && !goja.IsNull(p) {
		pass = p.String()
	}
	blocks, err := pkcs12.ToPEM(append([]byte(nil), data...), pass)
	if err != nil {
		panic(pfxError(vm, err))
	}
	var key crypto.Signer
	var keyPEM string
	var certs []*x509.Certificate
	for _, b := range blocks {
		switch {
		case b.Type == "CERTIFICATE":
			if c, err := x509.ParseCertificate(b.Bytes); err == nil {
				certs = append(certs, c)
			}
		case strings.HasSuffix(b.Type, "PRIVATE KEY") && key == nil:
			k, err := parsePrivateKey(b)
			if err != nil {
				panic(pfxError(vm, err))
			}
			der, err := x509.MarshalPKCS8PrivateKey(k)
			if err != nil {
				panic(pfxError(vm, err))
			}
			key, keyPEM = k, string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
		}
	}
	o := vm.NewObject()
	leaf := ""
	var ca []any
	var chain []string
	for _, c := range certs {
		text := string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}))
		if leaf == "" && key != nil && samePublicKey(c.PublicKey, key.Public()) {
			leaf = text
		} else {
			ca = append(ca, text)
			chain = append(chain, text)
		}
	}
	if keyPEM != "" {
		o.Set("key", keyPEM)
	}
	if leaf != "" {
		// The leaf's chain: the archive's other certificates follow it.
		o.Set("cert", []any{leaf + strings.Join(chain, "")})
	}
	o.Set("ca", ca)
	return o
}

// parsePrivateKey reads a key pkcs12.ToPEM gave, whose block type does
// not tell PKCS #1 from PKCS #8 or SEC 1 bytes.
func parsePrivateKey(b *pem.Block) (crypto.Signer, error) {
	var k any
	var err error
	if k, err = x509.ParsePKCS8PrivateKey(b.Bytes); err != nil {
		if k, err = x509.ParsePKCS1PrivateKey(b.Bytes); err != nil {
			k, err = x509.ParseECPrivateKey(b.Bytes)
		}
	}
	if err != nil {
		return nil, err
	}
	s, ok := k.(crypto.Signer)
	if !ok {
		return nil, errors.New("unsupported key")
	}
	return s, nil
}

func samePublicKey(a, b crypto.PublicKey) bool {
	e, ok := a.(interface{ Equal(crypto.PublicKey) bool })
	return ok && e.Equal(b)
}

// pfxError is node's (OpenSSL's) error for an archive not read.
func pfxError(vm *goja.Runtime, err error) *goja.Object {
	msg := "not enough data"
	var ni pkcs12.NotImplementedError
	switch {
	case errors.Is(err, pkcs12.ErrIncorrectPassword):
		msg = "mac verify failure"
	case errors.As(err, &ni):
		msg = "unsupported PKCS12 PFX data: " + ni.Error()
	}
	e := vm.NewGoError(errors.New(msg))
	return e
}
