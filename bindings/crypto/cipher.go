package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"sort"
	"strings"
	"sync"
)

// cipherMode is how a cipher uses its key and IV.
type cipherMode int

const (
	modeECB cipherMode = iota
	modeCBC
	modeCTR
	modeGCM
	modeChaCha20Poly1305
)

// cipherAlg is one cipher node names: what getCipherInfo reports.
type cipherAlg struct {
	name     string // as getCiphers lists it
	infoName string // as getCipherInfo names it
	nid      int
	mode     cipherMode
	keyLen   int
	ivLen    int // 0: no IV
}

func (a *cipherAlg) modeName() string {
	return [...]string{"ecb", "cbc", "ctr", "gcm", "stream"}[a.mode]
}

// blockSize is getCipherInfo's blockSize (absent for stream ciphers).
func (a *cipherAlg) blockSize() int {
	switch a.mode {
	case modeECB, modeCBC:
		return 16
	case modeCTR, modeGCM:
		return 1
	}
	return 0
}

var cipherAlgs = []*cipherAlg{
	{name: "aes-128-cbc", nid: 419, mode: modeCBC, keyLen: 16, ivLen: 16},
	{name: "aes-192-cbc", nid: 423, mode: modeCBC, keyLen: 24, ivLen: 16},
	{name: "aes-256-cbc", nid: 427, mode: modeCBC, keyLen: 32, ivLen: 16},
	{name: "aes-128-ecb", nid: 418, mode: modeECB, keyLen: 16},
	{name: "aes-192-ecb", nid: 422, mode: modeECB, keyLen: 24},
	{name: "aes-256-ecb", nid: 426, mode: modeECB, keyLen: 32},
	{name: "aes-128-ctr", nid: 904, mode: modeCTR, keyLen: 16, ivLen: 16},
	{name: "aes-192-ctr", nid: 905, mode: modeCTR, keyLen: 24, ivLen: 16},
	{name: "aes-256-ctr", nid: 906, mode: modeCTR, keyLen: 32, ivLen: 16},
	{name: "aes-128-gcm", infoName: "id-aes128-gcm", nid: 895, mode: modeGCM, keyLen: 16, ivLen: 12},
	{name: "aes-192-gcm", infoName: "id-aes192-gcm", nid: 898, mode: modeGCM, keyLen: 24, ivLen: 12},
	{name: "aes-256-gcm", infoName: "id-aes256-gcm", nid: 901, mode: modeGCM, keyLen: 32, ivLen: 12},
	{name: "chacha20-poly1305", nid: 1018, mode: modeChaCha20Poly1305, keyLen: 32, ivLen: 12},
}

// cipherAliases are the other names getCiphers lists.
var cipherAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"aes128": "aes-128-cbc", "aes192": "aes-192-cbc", "aes256": "aes-256-cbc",
		"id-aes128-gcm": "aes-128-gcm", "id-aes192-gcm": "aes-192-gcm", "id-aes256-gcm": "aes-256-gcm",
	}
})

var cipherByName = sync.OnceValue(func() map[string]*cipherAlg {
	m := map[string]*cipherAlg{}
	for _, a := range cipherAlgs {
		if a.infoName == "" {
			a.infoName = a.name
		}
		m[a.name] = a
	}
	for alias, name := range cipherAliases() {
		m[alias] = m[name]
	}
	return m
})

func lookupCipher(name string) *cipherAlg { return cipherByName()[strings.ToLower(name)] }

// cipherNames is getCiphers(): every name, sorted.
func cipherNames() []string {
	var names []string
	for n := range cipherByName() {
		if strings.HasPrefix(n, "id-") {
			n = strings.TrimSuffix(n, "-gcm") + "-GCM" // OpenSSL's spelling
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Failures a cipher reports to the JS layer, which words them as node
// does (OpenSSL's codes and messages).
const (
	failNone          = iota
	failBadDecrypt    // ERR_OSSL_BAD_DECRYPT
	failWrongBlockLen // ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH
	failAuth          // "Unsupported state or unable to authenticate data"
	failState         // ERR_CRYPTO_INVALID_STATE
	failUpdateState   // "Trying to add data in unsupported state"
)

// cipherState is a Cipheriv or Decipheriv object's native state.
type cipherState struct {
	alg     *cipherAlg
	decrypt bool
	final   bool // final() has run
	updated bool // update() has run

	// Block modes (ECB, CBC).
	block   cipher.Block
	mode    cipher.BlockMode // nil for ECB
	pending []byte           // input short of a block, or the held-back last block
	pad     bool             // PKCS#7 padding (setAutoPadding)

	stream cipher.Stream // CTR, and the keystream of GCM
	aead   *aeadState    // GCM and ChaCha20-Poly1305
}

// newCipherState checks key and IV lengths and starts the cipher. It
// returns "key" or "iv" when one of them has the wrong length, and
// "tag" when the auth tag length is not one the cipher allows.
func newCipherState(alg *cipherAlg, key, iv []byte, hasIV bool, tagLen int, decrypt bool) (*cipherState, string) {
	switch alg.mode {
	case modeECB:
		if hasIV && len(iv) != 0 {
			return nil, "iv"
		}
	case modeCBC, modeCTR:
		if len(iv) != alg.ivLen {
			return nil, "iv"
		}
	case modeGCM:
		if len(iv) == 0 {
			return nil, "iv"
		}
	case modeChaCha20Poly1305:
		if len(iv) != alg.ivLen {
			return nil, "iv"
		}
	}
	if len(key) != alg.keyLen {
		return nil, "key"
	}
	c := &cipherState{alg: alg, decrypt: decrypt, pad: true}
	switch alg.mode {
	case modeChaCha20Poly1305:
		a, ok := newChaChaState(key, iv, tagLen, decrypt)
		if !ok {
			return nil, "tag"
		}
		c.aead = a
		return c, ""
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, "key"
	}
	c.block = b
	switch alg.mode {
	case modeCBC:
		if decrypt {
			c.mode = cipher.NewCBCDecrypter(b, iv)
		} else {
			c.mode = cipher.NewCBCEncrypter(b, iv)
		}
	case modeCTR:
		c.stream = cipher.NewCTR(b, iv)
	case modeGCM:
		a, ok := newGCMState(b, iv, tagLen, decrypt)
		if !ok {
			return nil, "tag"
		}
		c.aead = a
	}
	return c, ""
}

// update runs data through the cipher and returns the output it makes
// now, which is what OpenSSL's EVP_CipherUpdate returns.
func (c *cipherState) update(data []byte) ([]byte, int) {
	if c.final {
		return nil, failUpdateState
	}
	c.updated = true
	switch c.alg.mode {
	case modeCTR:
		out := make([]byte, len(data))
		c.stream.XORKeyStream(out, data)
		return out, failNone
	case modeGCM, modeChaCha20Poly1305:
		return c.aead.update(data), failNone
	}
	return c.updateBlocks(data), failNone
}

// updateBlocks is update for ECB and CBC: whole blocks go through, the
// rest waits; when decrypting with padding, the last whole block is held
// back until final shows whether it is the padded one.
func (c *cipherState) updateBlocks(data []byte) []byte {
	buf := append(c.pending, data...)
	n := len(buf) - len(buf)%aes.BlockSize
	hold := c.decrypt && c.pad && n == len(buf) && n > 0
	if hold {
		n -= aes.BlockSize
	}
	out := make([]byte, n)
	c.crypt(out, buf[:n])
	c.pending = append([]byte(nil), buf[n:]...)
	return out
}

func (c *cipherState) crypt(dst, src []byte) {
	if c.mode != nil {
		c.mode.CryptBlocks(dst, src)
		return
	}
	for i := 0; i < len(src); i += aes.BlockSize {
		if c.decrypt {
			c.block.Decrypt(dst[i:], src[i:])
		} else {
			c.block.Encrypt(dst[i:], src[i:])
		}
	}
}

// finish is final(): the padded last block, or the AEAD tag's work.
func (c *cipherState) finish() ([]byte, int) {
	if c.final {
		return nil, failState
	}
	c.final = true
	switch c.alg.mode {
	case modeCTR:
		return []byte{}, failNone
	case modeGCM, modeChaCha20Poly1305:
		if !c.aead.finish() {
			return nil, failAuth
		}
		return []byte{}, failNone
	}
	p := c.pending
	c.pending = nil
	if !c.pad {
		if len(p) != 0 {
			return nil, failWrongBlockLen
		}
		return []byte{}, failNone
	}
	if !c.decrypt {
		n := aes.BlockSize - len(p)
		for i := 0; i < n; i++ {
			p = append(p, byte(n))
		}
		out := make([]byte, aes.BlockSize)
		c.crypt(out, p)
		return out, failNone
	}
	if len(p) != aes.BlockSize {
		return nil, failWrongBlockLen
	}
	out := make([]byte, aes.BlockSize)
	c.crypt(out, p)
	n := int(out[aes.BlockSize-1])
	if n == 0 || n > aes.BlockSize {
		return nil, failBadDecrypt
	}
	for _, b := range out[aes.BlockSize-n:] {
		if int(b) != n {
			return nil, failBadDecrypt
		}
	}
	return out[:aes.BlockSize-n], failNone
}

// setAutoPadding reports false once final has run.
func (c *cipherState) setAutoPadding(on bool) bool {
	if c.final {
		return false
	}
	c.pad = on
	return true
}
