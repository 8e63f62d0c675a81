package crypto

import (
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"
	"sync"
)

// OpenSSL's traditional PEM encryption (Proc-Type and DEK-Info headers,
// the key from the passphrase by MD5 as EVP_BytesToKey does), which node
// writes for PKCS #1 and SEC 1 keys given a cipher. The scheme is weak;
// it is here because scripts meet such keys, and crypto/x509 keeps it for
// the same reason.

// Failures of the traditional format, which OpenSSL reports with other
// errors beneath than PKCS #8's.
var (
	errPassphraseLegacy = errors.New("passphrase legacy")
	errBadDecryptLegacy = errors.New("bad decrypt legacy")
)

var legacyCiphers = sync.OnceValue(func() map[string]x509.PEMCipher {
	return map[string]x509.PEMCipher{
		"aes-128-cbc":  x509.PEMCipherAES128,
		"aes-192-cbc":  x509.PEMCipherAES192,
		"aes-256-cbc":  x509.PEMCipherAES256,
		"des-cbc":      x509.PEMCipherDES,
		"des-ede3-cbc": x509.PEMCipher3DES,
	}
})

// decryptLegacyPEM decrypts a PEM block with encryption headers.
func decryptLegacyPEM(block *pem.Block, pass []byte) ([]byte, error) {
	//lint:ignore SA1019 node reads keys in the legacy format; that is the point.
	if !x509.IsEncryptedPEMBlock(block) {
		return nil, errUnsupported
	}
	if pass == nil {
		return nil, errPassphraseLegacy
	}
	//lint:ignore SA1019 node reads keys in the legacy format; that is the point.
	der, err := x509.DecryptPEMBlock(block, pass)
	if err != nil {
		return nil, errBadDecryptLegacy
	}
	return der, nil
}

// encryptLegacyPEM encrypts a PKCS #1 or SEC 1 key with traditional
// headers.
func encryptLegacyPEM(label string, der []byte, cipher string, pass []byte) (*pem.Block, error) {
	alg, ok := legacyCiphers()[strings.ToLower(cipher)]
	if !ok {
		return nil, errPBESNoOID
	}
	//lint:ignore SA1019 node writes keys in the legacy format when asked; that is the point.
	block, err := x509.EncryptPEMBlock(rand.Reader, label, der, pass, alg)
	if err != nil {
		return nil, err
	}
	// OpenSSL writes the IV in upper-case hex.
	block.Headers["DEK-Info"] = strings.ToUpper(block.Headers["DEK-Info"])
	return block, nil
}
