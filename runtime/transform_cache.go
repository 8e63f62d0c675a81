package runtime

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sync"
)

// The transform cache keeps esbuild's output so that a script is not
// transformed twice: in memory for the life of the Go process, and on disk
// (os.UserCacheDir()/jsproc) across processes, keyed by the SHA-256 of the
// transform version, kind, file name and source. Set JSPROC_NO_CACHE=1 to
// bypass the disk cache.

var transformCache sync.Map // [32]byte -> string

var diskCache = sync.OnceValue(func() string {
	if os.Getenv("JSPROC_NO_CACHE") != "" {
		return ""
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	dir = filepath.Join(dir, "jsproc", "transform")
	if os.MkdirAll(dir, 0o755) != nil {
		return ""
	}
	return dir
})

// transformKey is the cache key of (kind, filename, src).
func transformKey(kind, filename, src string) [32]byte {
	h := sha256.New()
	for _, part := range []string{transformVersion, kind, filename} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	h.Write([]byte(src))
	var key [32]byte
	h.Sum(key[:0])
	return key
}

// cachedTransform returns fn's result for (kind, filename, src), from the
// memory cache, the disk cache, or by calling fn and storing the result.
// Failures are not cached.
func cachedTransform(kind, filename, src string, fn func() (string, error)) (string, error) {
	key := transformKey(kind, filename, src)
	if out, ok := transformCache.Load(key); ok {
		return out.(string), nil
	}
	out, err := diskTransform(key, fn)
	if err != nil {
		return "", err
	}
	transformCache.Store(key, out)
	return out, nil
}

// diskTransform returns fn's result for key from the disk cache, or by
// calling fn and storing the result there.
func diskTransform(key [32]byte, fn func() (string, error)) (string, error) {
	dir := diskCache()
	var path string
	if dir != "" {
		name := hex.EncodeToString(key[:])
		path = filepath.Join(dir, name[:2], name[2:])
		if data, err := os.ReadFile(path); err == nil {
			return string(data), nil
		}
	}
	out, err := fn()
	if err != nil {
		return "", err
	}
	if path != "" {
		writeAtomic(path, []byte(out))
	}
	return out, nil
}

// writeAtomic writes data to path through a temporary file and a rename,
// so that readers never see a partial entry. Errors are ignored: the cache
// is an optimisation.
func writeAtomic(path string, data []byte) {
	dir := filepath.Dir(path)
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), path) != nil {
		os.Remove(f.Name())
	}
}
