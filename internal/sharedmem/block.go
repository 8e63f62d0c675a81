// Package sharedmem is the memory behind SharedArrayBuffer: blocks owned by
// Go that goja ArrayBuffer objects in several runtimes wrap at once (goja's
// NewArrayBuffer wraps a slice without copying), with the atomic accesses
// and the wait and notify lists that Atomics needs.
//
// A block is 8-byte aligned and its capacity is a whole number of 8-byte
// words, so every element of a typed array over it is naturally aligned
// and the 32-bit word that holds an 8- or 16-bit element lies inside the
// block: 32- and 64-bit elements are accessed with sync/atomic directly,
// smaller ones with a compare-and-swap on their word.
//
// # Concurrency
//
// Every function here is safe from any goroutine. The registry that tells
// shared memory from ordinary ArrayBuffer memory is keyed by the block's
// address and forgets a block once the Go garbage collector frees it.
package sharedmem

import (
	goruntime "runtime"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// MaxLength is the largest byte length a block may have: 4 GiB, which
// the memory is allocated (and zeroed) for at once. The spec's bound is
// 2^53 - 1.
const MaxLength = 1 << 32

// Block is one shared memory block: what a SharedArrayBuffer holds. Copies
// of a Block share the memory.
type Block struct {
	data []byte // len is the byte length
	info *info
}

// info is what the registry knows of a block, apart from its memory (so
// that the registry does not keep the memory alive).
type info struct {
	maxLength int
	growable  bool
}

var (
	registryMu sync.RWMutex
	registry   = map[uintptr]*info{}
)

// New allocates a zeroed block of length bytes. A growable block reports
// maxLength as its maximum; others report their length.
func New(length, maxLength int, growable bool) Block {
	if !growable {
		maxLength = length
	}
	words := make([]uint64, (length+7)/8+boolInt(length == 0))
	base := unsafe.Pointer(unsafe.SliceData(words))
	data := unsafe.Slice((*byte)(base), len(words)*8)[:length]
	in := &info{maxLength: maxLength, growable: growable}
	addr := uintptr(base)
	registryMu.Lock()
	registry[addr] = in
	registryMu.Unlock()
	goruntime.AddCleanup(&words[0], forget, entry{addr, in})
	return Block{data: data, info: in}
}

type entry struct {
	addr uintptr
	in   *info
}

// forget drops a freed block from the registry, unless a newer block at
// the same address replaced it already.
func forget(e entry) {
	registryMu.Lock()
	if registry[e.addr] == e.in {
		delete(registry, e.addr)
	}
	registryMu.Unlock()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Of returns the block ab wraps, if ab is a SharedArrayBuffer's buffer.
func Of(ab goja.ArrayBuffer) (Block, bool) {
	if ab.Detached() {
		return Block{}, false
	}
	data := ab.Bytes()
	if cap(data) == 0 {
		return Block{}, false
	}
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	registryMu.RLock()
	in := registry[addr]
	registryMu.RUnlock()
	if in == nil {
		return Block{}, false
	}
	return Block{data: data, info: in}, true
}

// ObjectOf returns the block o wraps, if o is a goja ArrayBuffer object
// over shared memory.
func ObjectOf(o *goja.Object) (Block, bool) {
	if o == nil {
		return Block{}, false
	}
	ab, ok := o.Export().(goja.ArrayBuffer)
	if !ok {
		return Block{}, false
	}
	return Of(ab)
}

// Bytes returns the block's memory. Reading or writing it while another
// goroutine may write it is a data race unless the accesses are ordered
// by this package's atomics or by other synchronisation.
func (b Block) Bytes() []byte { return b.data }

// Len returns the block's length in bytes.
func (b Block) Len() int { return len(b.data) }

// MaxLen returns the most the block may grow to (its length if it is not
// growable).
func (b Block) MaxLen() int { return b.info.maxLength }

// Growable reports whether the block was made growable.
func (b Block) Growable() bool { return b.info.growable }

// Valid reports whether b is a block (the zero Block is not).
func (b Block) Valid() bool { return b.info != nil }

// Contains reports whether p points into the block's memory.
func (b Block) Contains(p unsafe.Pointer) bool {
	base := uintptr(unsafe.Pointer(unsafe.SliceData(b.data)))
	return uintptr(p) >= base && uintptr(p) < base+uintptr(len(b.data))
}
