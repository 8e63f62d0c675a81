package sharedmem

import (
	"sync/atomic"
	"unsafe"
)

// Op is a read-modify-write operation of Atomics.
type Op int

// The read-modify-write operations: each stores f(old, v) and returns old.
const (
	Add Op = iota
	Sub
	And
	Or
	Xor
	Exchange
)

func (op Op) apply(old, v uint64) uint64 {
	switch op {
	case Add:
		return old + v
	case Sub:
		return old - v
	case And:
		return old & v
	case Or:
		return old | v
	case Xor:
		return old ^ v
	}
	return v
}

// littleEndian is the host's byte order, which decides where an 8- or
// 16-bit element sits in its 32-bit word.
var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// Cell is one element of a typed array: its address and size in bytes (1,
// 2, 4 or 8). Shared says the memory is a Block's, so other goroutines may
// touch it and every access is atomic; an element of an ordinary
// ArrayBuffer belongs to one runtime and is accessed directly.
type Cell struct {
	P      unsafe.Pointer
	Size   int
	Shared bool
}

// word returns the aligned 32-bit word holding a 1- or 2-byte cell, the
// shift of the cell's bits in it and their mask.
func (c Cell) word() (*uint32, uint, uint32) {
	addr := uintptr(c.P)
	off := uint(addr & 3)
	w := (*uint32)(unsafe.Add(c.P, -int(off)))
	bits := uint(c.Size * 8)
	var shift uint
	if littleEndian {
		shift = off * 8
	} else {
		shift = (4 - off - uint(c.Size)) * 8
	}
	return w, shift, uint32(1)<<bits - 1
}

// Load returns the cell's bits.
func (c Cell) Load() uint64 {
	if !c.Shared {
		return c.plainLoad()
	}
	switch c.Size {
	case 4:
		return uint64(atomic.LoadUint32((*uint32)(c.P)))
	case 8:
		return atomic.LoadUint64((*uint64)(c.P))
	}
	w, shift, mask := c.word()
	return uint64(atomic.LoadUint32(w) >> shift & mask)
}

// Store sets the cell's bits to v (truncated to its size).
func (c Cell) Store(v uint64) {
	if !c.Shared {
		c.plainStore(v)
		return
	}
	switch c.Size {
	case 4:
		atomic.StoreUint32((*uint32)(c.P), uint32(v))
	case 8:
		atomic.StoreUint64((*uint64)(c.P), v)
	default:
		c.RMW(Exchange, v)
	}
}

// RMW applies op with v to the cell as one atomic step and returns the
// bits it held before.
func (c Cell) RMW(op Op, v uint64) uint64 {
	if !c.Shared {
		old := c.plainLoad()
		c.plainStore(op.apply(old, v))
		return old
	}
	switch c.Size {
	case 4:
		p := (*uint32)(c.P)
		switch op {
		case Add:
			return uint64(atomic.AddUint32(p, uint32(v)) - uint32(v))
		case Sub:
			return uint64(atomic.AddUint32(p, -uint32(v)) + uint32(v))
		case And:
			return uint64(atomic.AndUint32(p, uint32(v)))
		case Or:
			return uint64(atomic.OrUint32(p, uint32(v)))
		case Exchange:
			return uint64(atomic.SwapUint32(p, uint32(v)))
		}
		for {
			old := atomic.LoadUint32(p)
			if atomic.CompareAndSwapUint32(p, old, uint32(op.apply(uint64(old), v))) {
				return uint64(old)
			}
		}
	case 8:
		p := (*uint64)(c.P)
		switch op {
		case Add:
			return atomic.AddUint64(p, v) - v
		case Sub:
			return atomic.AddUint64(p, -v) + v
		case And:
			return atomic.AndUint64(p, v)
		case Or:
			return atomic.OrUint64(p, v)
		case Exchange:
			return atomic.SwapUint64(p, v)
		}
		for {
			old := atomic.LoadUint64(p)
			if atomic.CompareAndSwapUint64(p, old, op.apply(old, v)) {
				return old
			}
		}
	}
	w, shift, mask := c.word()
	for {
		old := atomic.LoadUint32(w)
		cur := old >> shift & mask
		next := uint32(op.apply(uint64(cur), v)) & mask
		if atomic.CompareAndSwapUint32(w, old, old&^(mask<<shift)|next<<shift) {
			return uint64(cur)
		}
	}
}

// CompareExchange stores replacement if the cell holds expected (both
// truncated to its size) and returns the bits it held before.
func (c Cell) CompareExchange(expected, replacement uint64) uint64 {
	if !c.Shared {
		old := c.plainLoad()
		if old == c.truncate(expected) {
			c.plainStore(replacement)
		}
		return old
	}
	switch c.Size {
	case 4:
		p := (*uint32)(c.P)
		for {
			old := atomic.LoadUint32(p)
			if old != uint32(expected) {
				return uint64(old)
			}
			if atomic.CompareAndSwapUint32(p, old, uint32(replacement)) {
				return uint64(old)
			}
		}
	case 8:
		p := (*uint64)(c.P)
		for {
			old := atomic.LoadUint64(p)
			if old != expected {
				return old
			}
			if atomic.CompareAndSwapUint64(p, old, replacement) {
				return old
			}
		}
	}
	w, shift, mask := c.word()
	want := uint32(expected) & mask
	for {
		old := atomic.LoadUint32(w)
		cur := old >> shift & mask
		if cur != want {
			return uint64(cur)
		}
		if atomic.CompareAndSwapUint32(w, old, old&^(mask<<shift)|(uint32(replacement)&mask)<<shift) {
			return uint64(cur)
		}
	}
}

func (c Cell) truncate(v uint64) uint64 {
	if c.Size == 8 {
		return v
	}
	return v & (1<<(c.Size*8) - 1)
}

func (c Cell) plainLoad() uint64 {
	switch c.Size {
	case 1:
		return uint64(*(*uint8)(c.P))
	case 2:
		return uint64(*(*uint16)(c.P))
	case 4:
		return uint64(*(*uint32)(c.P))
	}
	return *(*uint64)(c.P)
}

func (c Cell) plainStore(v uint64) {
	switch c.Size {
	case 1:
		*(*uint8)(c.P) = uint8(v)
	case 2:
		*(*uint16)(c.P) = uint16(v)
	case 4:
		*(*uint32)(c.P) = uint32(v)
	default:
		*(*uint64)(c.P) = v
	}
}
