// Package crypto provides Node's crypto module on Go's crypto packages and
// golang.org/x/crypto: hashes and HMACs, random data, PBKDF2, scrypt and
// HKDF, AES (ECB, CBC, CTR, GCM) and ChaCha20-Poly1305 ciphers, key
// objects and key pairs (RSA, EC on P-256/384/521, Ed25519) with PEM, DER
// and JWK import and export, sign and verify, and the Web Crypto object
// that is also the global crypto.
//
// The JavaScript layer (js/*.js) validates arguments and words errors as
// node does; Hash, Hmac, Cipheriv and Decipheriv are Transform streams
// built lazily, as node's are. The Go binding here holds each object's
// native state and does the cryptography: bytes go from the script's
// buffers to Go and come back as new Buffers. The async key derivations
// and random fills run on their own goroutines and call back on the loop.
//
// What is not here: encrypted private keys, RSA encryption, DSA, X25519,
// Diffie-Hellman and ECDH, certificates, and SubtleCrypto beyond digest and
// HMAC and AES-GCM secret keys.
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
}

// Modules returns the crypto module (and its internals).
func Modules() []runtime.Module { return modules }

// binding is internalBinding('crypto'): the natives, which
// internal/crypto/util loads once per Runtime and shares with the rest.
func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	return newNatives(rt), nil
}
