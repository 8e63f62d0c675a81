package vm

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"

	"github.com/dop251/goja"
)

// The code cache. goja compiles a script in microseconds and cannot
// serialize what it compiled, so a cache carries no code: it carries what
// V8 checks before it takes a cache (a magic number, the engine's version
// tag, the source's hash), so that a cache is accepted or rejected as
// node's is: accepted for the source it was made from, rejected for
// another source, a cut or altered buffer, or another version.

const cacheMagic = 0xc0de5a1d

// cacheVersion changes when the cache's meaning does.
const cacheVersion = 1

// makeCache returns the cache of source.
func makeCache(source string) []byte {
	sum := sha256.Sum256([]byte(source))
	out := make([]byte, 12, 12+len(sum))
	binary.LittleEndian.PutUint32(out[0:], cacheMagic)
	binary.LittleEndian.PutUint32(out[4:], cacheVersion)
	binary.LittleEndian.PutUint32(out[8:], uint32(len(source)))
	return append(out, sum[:]...)
}

// checkCache reports whether data is a cache of source.
func checkCache(rt *goja.Runtime, source string, data goja.Value) bool {
	b, ok := viewBytes(data)
	return ok && bytes.Equal(b, makeCache(source))
}

// viewBytes returns the bytes an ArrayBufferView shows.
func viewBytes(v goja.Value) ([]byte, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	ab, ok := obj.Get("buffer").Export().(goja.ArrayBuffer)
	if !ok {
		return nil, false
	}
	off := int(obj.Get("byteOffset").ToInteger())
	n := int(obj.Get("byteLength").ToInteger())
	all := ab.Bytes()
	if off < 0 || n < 0 || off+n > len(all) {
		return nil, false
	}
	return all[off : off+n], true
}
