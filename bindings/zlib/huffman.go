package zlib

import (
	"math/bits"
	"sync"
)

// A decoding table entry packs what one code (or one table slot) means:
//
//	bits 0-3    bits of the code the entry consumes
//	bits 4-7    extra bits that follow (length, distance), or for a
//	            subtable pointer the subtable's index bits
//	bits 8-11   flags
//	bits 16-31  the literal byte, the length or distance base, or the
//	            subtable's offset in the table
const (
	hLiteral = 1 << 8
	hEnd     = 1 << 9 // end of block
	hSub     = 1 << 10
	hInvalid = 1 << 11
)

// Primary table bits for literal/length and distance codes; longer codes
// go through a subtable.
const (
	litTableBits  = 10
	distTableBits = 8
	clenTableBits = 7
)

// Table sizes: the primary table plus room for every subtable a complete
// code can need (zlib's ENOUGH bounds: 1334 for litlen at 10 bits, 402 for
// distances at 8), rounded up.
const (
	litTableSize  = 2048
	distTableSize = 512
)

var lengthBase = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
var lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
var distBase = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
var distExtra = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}

// Kinds of code, for what buildTable puts in an entry and which
// incomplete codes it accepts.
const (
	kindLit = iota
	kindDist
	kindCodeLen
)

// buildTable fills t with the decoding table of the canonical Huffman code
// whose code lengths are lens, and reports whether zlib accepts the code:
// not over-subscribed, and complete unless it is a literal/length or
// distance code of a single one-bit code (or, for distances, no code).
func buildTable(t []uint32, lens []uint8, pbits uint, kind int) bool {
	var count [16]int
	for _, l := range lens {
		count[l]++
	}
	count[0] = 0
	maxLen := 0
	for l := 15; l > 0; l-- {
		if count[l] != 0 {
			maxLen = l
			break
		}
	}
	left := 1
	for l := 1; l <= 15; l++ {
		left = left<<1 - count[l]
		if left < 0 {
			return false
		}
	}
	if left > 0 && maxLen > 1 || left > 0 && kind == kindCodeLen || maxLen == 0 && kind != kindDist {
		return false
	}
	var next [16]uint32
	code := uint32(0)
	for l := 1; l <= 15; l++ {
		code = (code + uint32(count[l-1])) << 1
		next[l] = code
	}
	size := 1 << pbits
	invalid := uint32(hInvalid) | uint32(pbits)
	for i := range size {
		t[i] = invalid
	}
	// Subtables: each long code's primary slot needs one as deep as the
	// longest code sharing that slot.
	var codes [320]uint16
	var deepest [1 << litTableBits]uint8
	for s, l := range lens {
		if l == 0 {
			continue
		}
		c := uint16(bits.Reverse16(uint16(next[l])) >> (16 - l))
		next[l]++
		codes[s] = c
		if uint(l) > pbits {
			p := c & uint16(size-1)
			deepest[p] = max(deepest[p], l)
		}
	}
	end := size
	for p := 0; p < size; p++ {
		if deepest[p] == 0 {
			continue
		}
		sb := uint(deepest[p]) - pbits
		if end+1<<sb > len(t) {
			return false
		}
		t[p] = uint32(end)<<16 | hSub | uint32(sb)<<4 | uint32(pbits)
		for i := range 1 << sb {
			t[end+i] = hInvalid | uint32(sb)
		}
		end += 1 << sb
	}
	for s, l := range lens {
		if l == 0 {
			continue
		}
		e := entry(s, kind)
		c := uint(codes[s])
		if uint(l) <= pbits {
			for i := c; i < uint(size); i += 1 << l {
				t[i] = e | uint32(l)
			}
			continue
		}
		sub := t[c&uint(size-1)]
		off, sb, l2 := uint(sub>>16), uint(sub>>4&15), uint(l)-pbits
		for i := c >> pbits; i < 1<<sb; i += 1 << l2 {
			t[off+i] = e | uint32(l2)
		}
	}
	return true
}

// entry is the meaning of symbol s of a code of the given kind, without
// its code length.
func entry(s, kind int) uint32 {
	switch kind {
	case kindLit:
		switch {
		case s < 256:
			return hLiteral | uint32(s)<<16
		case s == 256:
			return hEnd
		case s <= 285:
			return uint32(lengthBase[s-257])<<16 | uint32(lengthExtra[s-257])<<4
		}
	case kindDist:
		if s < 30 {
			return uint32(distBase[s])<<16 | uint32(distExtra[s])<<4
		}
	default:
		return uint32(s) << 16
	}
	return hInvalid
}

// fixedTables are the decoding tables of the fixed Huffman codes.
var fixedTables = sync.OnceValues(func() (*[litTableSize]uint32, *[distTableSize]uint32) {
	var lit [litTableSize]uint32
	var dist [distTableSize]uint32
	var lens [288]uint8
	for i := range lens {
		switch {
		case i < 144:
			lens[i] = 8
		case i < 256:
			lens[i] = 9
		case i < 280:
			lens[i] = 7
		default:
			lens[i] = 8
		}
	}
	buildTable(lit[:], lens[:], litTableBits, kindLit)
	var dl [32]uint8
	for i := range dl {
		dl[i] = 5
	}
	buildTable(dist[:], dl[:], distTableBits, kindDist)
	return &lit, &dist
})
