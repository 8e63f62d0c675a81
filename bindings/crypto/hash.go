package crypto

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"hash"
	"reflect"
	"sort"
	"strings"
	"sync"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	//lint:ignore SA1019 node offers RIPEMD-160; x/crypto is its Go home.
	"golang.org/x/crypto/ripemd160"
)

// digestAlg is one message digest node names (with its aliases).
type digestAlg struct {
	name string           // canonical name, as getHashes lists it
	size int              // output size in bytes (default length for XOFs)
	xof  bool             // SHAKE: any output length
	new  func() hash.Hash // nil for XOFs
	// newXOF makes a SHAKE instance; only for xof algorithms.
	newXOF func() *sha3.SHAKE
}

func newBlake2b512() hash.Hash { h, _ := blake2b.New512(nil); return h }
func newBlake2s256() hash.Hash { h, _ := blake2s.New256(nil); return h }

var digestAlgs = []*digestAlg{
	{name: "md5", size: 16, new: md5.New},
	{name: "md5-sha1", size: 36, new: newMD5SHA1},
	{name: "sha1", size: 20, new: sha1.New},
	{name: "sha224", size: 28, new: sha256.New224},
	{name: "sha256", size: 32, new: sha256.New},
	{name: "sha384", size: 48, new: sha512.New384},
	{name: "sha512", size: 64, new: sha512.New},
	{name: "sha512-224", size: 28, new: sha512.New512_224},
	{name: "sha512-256", size: 32, new: sha512.New512_256},
	{name: "sha3-224", size: 28, new: func() hash.Hash { return sha3.New224() }},
	{name: "sha3-256", size: 32, new: func() hash.Hash { return sha3.New256() }},
	{name: "sha3-384", size: 48, new: func() hash.Hash { return sha3.New384() }},
	{name: "sha3-512", size: 64, new: func() hash.Hash { return sha3.New512() }},
	{name: "shake128", size: 16, xof: true, newXOF: sha3.NewSHAKE128},
	{name: "shake256", size: 32, xof: true, newXOF: sha3.NewSHAKE256},
	{name: "ripemd160", size: 20, new: ripemd160.New},
	{name: "blake2b512", size: 64, new: newBlake2b512},
	{name: "blake2s256", size: 32, new: newBlake2s256},
}

// digestAliases are the other names OpenSSL accepts for the digests above,
// all listed by getHashes.
var digestAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"rsa-md5": "md5", "md5withrsaencryption": "md5", "ssl3-md5": "md5",
		"rsa-sha1": "sha1", "rsa-sha1-2": "sha1", "sha1withrsaencryption": "sha1", "ssl3-sha1": "sha1",
		"rsa-sha224": "sha224", "sha224withrsaencryption": "sha224",
		"rsa-sha256": "sha256", "sha256withrsaencryption": "sha256",
		"rsa-sha384": "sha384", "sha384withrsaencryption": "sha384",
		"rsa-sha512": "sha512", "sha512withrsaencryption": "sha512",
		"rsa-sha512/224": "sha512-224", "sha512-224withrsaencryption": "sha512-224",
		"rsa-sha512/256": "sha512-256", "sha512-256withrsaencryption": "sha512-256",
		"rsa-sha3-224": "sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224": "sha3-224",
		"rsa-sha3-256": "sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256": "sha3-256",
		"rsa-sha3-384": "sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384": "sha3-384",
		"rsa-sha3-512": "sha3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512": "sha3-512",
		"rsa-ripemd160": "ripemd160", "ripemd160withrsa": "ripemd160", "ripemd": "ripemd160", "rmd160": "ripemd160",
	}
})

// listedAliases spell the aliases as getHashes prints them.
var listedAliases = []string{
	"RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256",
	"RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512",
	"RSA-SHA512/224", "RSA-SHA512/256", "id-rsassa-pkcs1-v1_5-with-sha3-224",
	"id-rsassa-pkcs1-v1_5-with-sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-384",
	"id-rsassa-pkcs1-v1_5-with-sha3-512", "md5WithRSAEncryption", "ripemd", "ripemd160WithRSA",
	"rmd160", "sha1WithRSAEncryption", "sha224WithRSAEncryption", "sha256WithRSAEncryption",
	"sha384WithRSAEncryption", "sha512-224WithRSAEncryption", "sha512-256WithRSAEncryption",
	"sha512WithRSAEncryption", "ssl3-md5", "ssl3-sha1",
}

var digestByName = sync.OnceValue(func() map[string]*digestAlg {
	m := map[string]*digestAlg{}
	for _, a := range digestAlgs {
		m[a.name] = a
	}
	for alias, name := range digestAliases() {
		m[alias] = m[name]
	}
	return m
})

// lookupDigest finds a digest by any of its names, ignoring case as
// OpenSSL does.
func lookupDigest(name string) *digestAlg {
	return digestByName()[strings.ToLower(name)]
}

// hashNames is getHashes(): every name, sorted as node sorts them.
func hashNames() []string {
	names := append([]string(nil), listedAliases...)
	for _, a := range digestAlgs {
		names = append(names, a.name)
	}
	sort.Strings(names)
	return names
}

// digester is a running digest: a fixed-size hash or a SHAKE with its
// output length.
type digester struct {
	h      hash.Hash
	shake  *sha3.SHAKE
	outLen int
}

// maxXOFLen bounds a SHAKE output: one allocation of at most 1 GiB.
const maxXOFLen = 1 << 30

// newDigester starts alg with outLen bytes of output (-1: the default).
// It reports false when alg has a fixed size other than outLen, or an
// XOF length above maxXOFLen.
func newDigester(alg *digestAlg, outLen int) (*digestState, bool) {
	if outLen < 0 {
		outLen = alg.size
	}
	if outLen > maxXOFLen {
		return nil, false
	}
	if !alg.xof && outLen != alg.size {
		return nil, false
	}
	d := &digestState{alg: alg, digester: digester{outLen: outLen}}
	if alg.xof {
		d.shake = alg.newXOF()
	} else {
		d.h = alg.new()
	}
	return d, true
}

// digestState is a Hash or Hmac object's native state.
type digestState struct {
	alg *digestAlg
	digester
}

func (d *digestState) write(p []byte) {
	if d.shake != nil {
		d.shake.Write(p)
		return
	}
	d.h.Write(p)
}

func (d *digestState) sum() []byte {
	if d.shake != nil {
		out := make([]byte, d.outLen)
		d.shake.Read(out)
		return out
	}
	return d.h.Sum(make([]byte, 0, d.outLen))
}

// clone copies the running state (Hash.prototype.copy) with a new output
// length (-1: the digest's default, as node's copy() without options).
func (d *digestState) clone(outLen int) (*digestState, bool) {
	if outLen < 0 {
		outLen = d.alg.size
	}
	if (!d.alg.xof && outLen != d.alg.size) || outLen > maxXOFLen {
		return nil, false
	}
	c := &digestState{alg: d.alg, digester: digester{outLen: outLen}}
	if d.shake != nil {
		c.shake = cloneHash(d.shake).(*sha3.SHAKE)
	} else {
		c.h = cloneHash(d.h).(hash.Hash)
	}
	return c, true
}

// cloneHash copies a hash's running state: through hash.Cloner or binary
// marshalling when the implementation offers them, otherwise by copying
// its state struct (RIPEMD-160's holds only arrays and integers).
func cloneHash(h any) any {
	if c, ok := h.(hash.Cloner); ok {
		if n, err := c.Clone(); err == nil {
			return n
		}
	}
	if m, ok := h.(encoding.BinaryMarshaler); ok {
		if state, err := m.MarshalBinary(); err == nil {
			n := reflect.New(reflect.TypeOf(h).Elem()).Interface()
			if u, ok := n.(encoding.BinaryUnmarshaler); ok && u.UnmarshalBinary(state) == nil {
				return n
			}
		}
	}
	v := reflect.ValueOf(h)
	n := reflect.New(v.Type().Elem())
	n.Elem().Set(v.Elem())
	return n.Interface()
}

// md5sha1 is OpenSSL's MD5-SHA1: both digests of the same input, joined.
type md5sha1 struct{ md5, sha1 hash.Hash }

func newMD5SHA1() hash.Hash { return &md5sha1{md5.New(), sha1.New()} }

func (h *md5sha1) Write(p []byte) (int, error) {
	h.md5.Write(p)
	return h.sha1.Write(p)
}
func (h *md5sha1) Sum(b []byte) []byte { return h.sha1.Sum(h.md5.Sum(b)) }
func (h *md5sha1) Reset()              { h.md5.Reset(); h.sha1.Reset() }
func (h *md5sha1) Size() int           { return 36 }
func (h *md5sha1) BlockSize() int      { return 64 }

// Clone copies both running digests.
func (h *md5sha1) Clone() (hash.Cloner, error) {
	return &md5sha1{cloneHash(h.md5).(hash.Hash), cloneHash(h.sha1).(hash.Hash)}, nil
}
