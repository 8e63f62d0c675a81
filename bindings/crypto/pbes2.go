package crypto

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"hash"
	"strings"

	"golang.org/x/crypto/pbkdf2"
)

// Encrypted PKCS #8 private keys (RFC 5958 EncryptedPrivateKeyInfo) with
// PBES2 (RFC 8018, 6.2): PBKDF2 derives the key from the passphrase and a
// CBC cipher encrypts the PrivateKeyInfo. This writes what OpenSSL 3
// writes by default (an 8-byte salt, 2048 iterations, HMAC-SHA-256) and
// reads the PRFs and CBC ciphers OpenSSL offers for it.

var (
	oidPBES2  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2 = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
)

// pbkdf2PRFs are the HMACs PBKDF2 may use, by OID (RFC 8018, B.1).
var pbkdf2PRFs = []struct {
	oid asn1.ObjectIdentifier
	new func() hash.Hash
}{
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}, sha1.New},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 8}, sha256.New224},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}, sha256.New},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}, sha512.New384},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}, sha512.New},
}

// pbesCipher is a CBC cipher PBES2 may use.
type pbesCipher struct {
	name   string // node's name
	oid    asn1.ObjectIdentifier
	keyLen int
	block  func([]byte) (cipher.Block, error)
}

var pbesCiphers = []pbesCipher{
	{"aes-128-cbc", asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}, 16, aes.NewCipher},
	{"aes-192-cbc", asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}, 24, aes.NewCipher},
	{"aes-256-cbc", asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}, 32, aes.NewCipher},
	{"des-ede3-cbc", asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}, 24, des.NewTripleDESCipher},
}

// Why encrypting a key may fail, named for the JS layer.
var (
	errPBESCipherParams = errors.New("cipher params") // a cipher PBES2 cannot carry (AEAD)
	errPBESNoOID        = errors.New("no oid")        // a cipher with no PBES2 identifier
	errBadDecrypt       = errors.New("bad decrypt")   // wrong passphrase or damaged data
)

type pbkdf2Params struct {
	Salt       []byte
	Iterations int
	KeyLength  int                      `asn1:"optional"`
	PRF        pkix.AlgorithmIdentifier `asn1:"optional"`
}

type pbes2Params struct {
	KDF    pkix.AlgorithmIdentifier
	Cipher pkix.AlgorithmIdentifier
}

type encryptedPrivateKeyInfo struct {
	Algorithm pkix.AlgorithmIdentifier
	Data      []byte
}

// encryptPKCS8 wraps a PrivateKeyInfo in an EncryptedPrivateKeyInfo.
func encryptPKCS8(der []byte, cipherName string, pass []byte) ([]byte, error) {
	var c *pbesCipher
	for i := range pbesCiphers {
		if pbesCiphers[i].name == strings.ToLower(cipherName) {
			c = &pbesCiphers[i]
		}
	}
	if c == nil {
		if alg := lookupCipher(cipherName); alg != nil && (strings.HasSuffix(alg.name, "gcm") || strings.Contains(alg.name, "poly1305")) {
			return nil, errPBESCipherParams
		}
		return nil, errPBESNoOID
	}
	salt := make([]byte, 8)
	iv := make([]byte, 16)
	if c.name == "des-ede3-cbc" {
		iv = iv[:8]
	}
	if _, err := rand.Read(salt); err != nil {
		return nil, err
	}
	if _, err := rand.Read(iv); err != nil {
		return nil, err
	}
	const iterations = 2048
	key := pbkdf2.Key(pass, salt, iterations, c.keyLen, sha256.New)
	block, err := c.block(key)
	if err != nil {
		return nil, err
	}
	pad := block.BlockSize() - len(der)%block.BlockSize()
	data := append(append([]byte(nil), der...), bytes.Repeat([]byte{byte(pad)}, pad)...)
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(data, data)

	kdf, err := asn1.Marshal(pbkdf2Params{Salt: salt, Iterations: iterations,
		PRF: pkix.AlgorithmIdentifier{Algorithm: pbkdf2PRFs[2].oid, Parameters: asn1.NullRawValue}})
	if err != nil {
		return nil, err
	}
	ivDER, err := asn1.Marshal(iv)
	if err != nil {
		return nil, err
	}
	params, err := asn1.Marshal(pbes2Params{
		KDF:    pkix.AlgorithmIdentifier{Algorithm: oidPBKDF2, Parameters: asn1.RawValue{FullBytes: kdf}},
		Cipher: pkix.AlgorithmIdentifier{Algorithm: c.oid, Parameters: asn1.RawValue{FullBytes: ivDER}},
	})
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(encryptedPrivateKeyInfo{
		Algorithm: pkix.AlgorithmIdentifier{Algorithm: oidPBES2, Parameters: asn1.RawValue{FullBytes: params}},
		Data:      data,
	})
}

// isEncryptedPKCS8 reports whether der is an EncryptedPrivateKeyInfo.
func isEncryptedPKCS8(der []byte) bool {
	var info encryptedPrivateKeyInfo
	rest, err := asn1.Unmarshal(der, &info)
	return err == nil && len(rest) == 0 && info.Algorithm.Algorithm.Equal(oidPBES2)
}

// decryptPKCS8 unwraps an EncryptedPrivateKeyInfo made with PBES2.
func decryptPKCS8(der, pass []byte) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	if _, err := asn1.Unmarshal(der, &info); err != nil || !info.Algorithm.Algorithm.Equal(oidPBES2) {
		return nil, errUnsupported
	}
	var params pbes2Params
	if _, err := asn1.Unmarshal(info.Algorithm.Parameters.FullBytes, &params); err != nil || !params.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, errUnsupported
	}
	var kdf pbkdf2Params
	if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kdf); err != nil || kdf.Iterations < 1 || kdf.Iterations > 1<<24 {
		return nil, errUnsupported
	}
	prf := sha1.New // the default PRF
	if len(kdf.PRF.Algorithm) > 0 {
		prf = nil
		for _, p := range pbkdf2PRFs {
			if p.oid.Equal(kdf.PRF.Algorithm) {
				prf = p.new
			}
		}
		if prf == nil {
			return nil, errUnsupported
		}
	}
	var c *pbesCipher
	for i := range pbesCiphers {
		if pbesCiphers[i].oid.Equal(params.Cipher.Algorithm) {
			c = &pbesCiphers[i]
		}
	}
	if c == nil {
		return nil, errUnsupported
	}
	var iv []byte
	if _, err := asn1.Unmarshal(params.Cipher.Parameters.FullBytes, &iv); err != nil {
		return nil, errUnsupported
	}
	if kdf.KeyLength != 0 && kdf.KeyLength != c.keyLen {
		return nil, errUnsupported
	}
	block, err := c.block(pbkdf2.Key(pass, kdf.Salt, kdf.Iterations, c.keyLen, prf))
	if err != nil {
		return nil, err
	}
	bs := block.BlockSize()
	if len(iv) != bs || len(info.Data) == 0 || len(info.Data)%bs != 0 {
		return nil, errBadDecrypt
	}
	data := append([]byte(nil), info.Data...)
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(data, data)
	return unpadPKCS7(data, bs)
}

// unpadPKCS7 removes CBC padding, looking at every padding byte whatever
// their values (the plaintext is a secret key).
func unpadPKCS7(data []byte, bs int) ([]byte, error) {
	pad := int(data[len(data)-1])
	good := subtle.ConstantTimeLessOrEq(1, pad) & subtle.ConstantTimeLessOrEq(pad, bs)
	for i := 1; i <= bs; i++ {
		inPad := subtle.ConstantTimeLessOrEq(i, pad)
		match := subtle.ConstantTimeByteEq(data[len(data)-i], byte(pad))
		good &= subtle.ConstantTimeSelect(inPad, match, 1)
	}
	if good != 1 {
		return nil, errBadDecrypt
	}
	return data[:len(data)-pad], nil
}

// knownKeyCipher reports whether name is a cipher node knows, for the
// check before a key is encrypted: the cipher table, and the CBC ciphers
// only key encryption uses here.
func knownKeyCipher(name string) bool {
	if lookupCipher(name) != nil {
		return true
	}
	_, ok := legacyCiphers()[strings.ToLower(name)]
	return ok
}
