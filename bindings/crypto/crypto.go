// Package crypto provides Node's crypto module on Go's crypto packages and
// golang.org/x/crypto: hashes and HMACs, random data, PBKDF2, scrypt and
// HKDF, AES (ECB, CBC, CTR, GCM) and ChaCha20-Poly1305 ciphers, key
// objects and key pairs (RSA, EC on P-256/384/521, Ed25519, X25519) with
// PEM, DER and JWK import and export, encrypted private keys (PBES2
// PKCS #8, OpenSSL's traditional PEM), sign and verify, RSA encryption
// (OAEP, PKCS #1 v1.5, none), ECDH and diffieHellman, finite-field
// Diffie-Hellman (the MODP groups and custom primes), X509Certificate,
// crypto.constants, and the Web Crypto object that is also the global
// crypto.
//
// The JavaScript layer (js/*.js) validates arguments and words errors as
// node does; Hash, Hmac, Cipheriv and Decipheriv are Transform streams
// built lazily, as node's are. The Go binding here holds each object's
// native state and does the cryptography: bytes go from the script's
// buffers to Go and come back as new Buffers. The async key derivations
// and random fills run on their own goroutines and call back on the loop.
//
// # Side channels
//
// AES-GCM's streaming GHASH multiplies without tables or secret-dependent
// branches (ghash.go). Finite-field Diffie-Hellman and RSA without padding
// on a private key use math/big, whose exponentiation time depends on the
// exponent (the RSA operation is blinded); everything else runs on Go's
// constant-time implementations.
//
// What is not here: DSA and X448 keys, key objects for DH keys,
// Certificate (SPKAC), and SubtleCrypto beyond digest and HMAC and AES-GCM
// secret keys.
package crypto

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/crypto.js
	cryptoSource string
	//go:embed js/util.js
	utilSource string
	//go:embed js/hash.js
	hashSource string
	//go:embed js/cipher.js
	cipherSource string
	//go:embed js/keys.js
	keysSource string
	//go:embed js/random.js
	randomSource string
	//go:embed js/webcrypto.js
	webcryptoSource string
	//go:embed js/keyobject.js
	keyObjectSource string
	//go:embed js/sign.js
	signSource string
	//go:embed js/subtle.js
	subtleSource string
	//go:embed js/constants.js
	constantsSource string
	//go:embed js/ecdh.js
	ecdhSource string
	//go:embed js/rsa.js
	rsaSource string
	//go:embed js/x509.js
	x509Source string
	//go:embed js/dh.js
	dhSource string
)

var modules = []runtime.Module{
	runtime.JSModule("crypto", cryptoSource, nil),
	runtime.JSModule("internal/crypto/util", utilSource, binding),
	runtime.JSModule("internal/crypto/hash", hashSource, nil),
	runtime.JSModule("internal/crypto/cipher", cipherSource, nil),
	runtime.JSModule("internal/crypto/keys", keysSource, nil),
	runtime.JSModule("internal/crypto/random", randomSource, nil),
	runtime.JSModule("internal/crypto/webcrypto", webcryptoSource, nil),
	runtime.JSModule("internal/crypto/keyobject", keyObjectSource, nil),
	runtime.JSModule("internal/crypto/sign", signSource, nil),
	runtime.JSModule("internal/crypto/subtle", subtleSource, nil),
	runtime.JSModule("internal/crypto/constants", constantsSource, nil),
	runtime.JSModule("internal/crypto/ecdh", ecdhSource, nil),
	runtime.JSModule("internal/crypto/rsa", rsaSource, nil),
	runtime.JSModule("internal/crypto/x509", x509Source, nil),
	runtime.JSModule("internal/crypto/dh", dhSource, nil),
}

// Modules returns the crypto module (and its internals).
func Modules() []runtime.Module { return modules }

// binding is internalBinding('crypto'): the natives, which
// internal/crypto/util loads once per Runtime and shares with the rest.
func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	return newNatives(rt), nil
}
