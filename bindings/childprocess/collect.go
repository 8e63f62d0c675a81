package childprocess

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// collector gathers one output pipe of an exec or execFile child in Go,
// so that the output reaches the script once, decoded once, when the
// child is done, instead of as a JS value per chunk. It counts maxBuffer
// as node's exec does: per chunk, in the units of the decoded chunk node
// would see (bytes of the UTF-8 string, of the hex digits' bytes...), and
// on the chunk that crosses the limit it keeps node's truncation (a
// Buffer's bytes, or the decoded chunk's first UTF-16 units). Loop-owned.
type collector struct {
	max float64 // maxBuffer; +Inf for none
	enc string  // node's encoding name; "" collects Buffers

	chunks [][]byte
	size   int     // bytes in chunks
	count  float64 // node's count so far
	held   int     // trailing bytes of chunks a decoder would hold back
	over   bool    // the limit was crossed: later output is dropped

	// On a crossing in a string encoding, node keeps the decoded chunk
	// (bytes cross to crossEnd of the whole) cut to trunc UTF-16 units.
	cross, crossEnd, trunc int

	streaming bool          // the script made the stream: chunks reach it too
	encOf     goja.Callable // the stream's encoding now, once streaming
	onOver    goja.Callable // called once the limit is crossed
}

// add collects one chunk and reports whether it crossed the limit.
func (c *collector) add(data []byte) bool {
	if c.over {
		return false
	}
	if math.IsInf(c.max, 1) {
		c.append(data)
		return false
	}
	start := c.size - c.held
	c.append(data)
	c.held = c.holdBack()
	return c.account(start, c.size-c.held, len(data))
}

// finish counts what a decoder would flush at the end of the output.
func (c *collector) finish() bool {
	if c.over || c.held == 0 || math.IsInf(c.max, 1) {
		return false
	}
	start := c.size - c.held
	c.held = 0
	if c.enc == "utf16le" && (c.size-start)%2 == 1 {
		return false // node's decoder drops a last odd byte
	}
	return c.account(start, c.size, c.size-start)
}

// account counts the decoded part bytes[start:end] of a chunk of raw
// length n and reports whether it crossed the limit.
func (c *collector) account(start, end, n int) bool {
	length := float64(n)
	if c.enc != "" {
		length = float64(c.decodedLen(start, end))
	}
	c.count += length
	if c.count <= c.max {
		return false
	}
	c.over = true
	trunc := int(c.max - (c.count - length))
	if c.enc == "" {
		// Buffer.slice(0, trunc) of the chunk.
		c.truncate(c.size - n + trunc)
		return true
	}
	c.cross, c.crossEnd, c.trunc = start, end, trunc
	return true
}

func (c *collector) append(data []byte) {
	c.chunks = append(c.chunks, data)
	c.size += len(data)
}

// truncate drops the collected bytes from n on.
func (c *collector) truncate(n int) {
	for i := len(c.chunks) - 1; i >= 0 && c.size > n; i-- {
		cut := min(c.size-n, len(c.chunks[i]))
		c.chunks[i] = c.chunks[i][:len(c.chunks[i])-cut]
		c.size -= cut
	}
}

// tail returns the last k collected bytes (k small).
func (c *collector) tail(k int) []byte {
	k = min(k, c.size)
	out := make([]byte, k)
	for i, j := len(c.chunks)-1, k; i >= 0 && j > 0; i-- {
		ch := c.chunks[i]
		m := min(j, len(ch))
		copy(out[j-m:j], ch[len(ch)-m:])
		j -= m
	}
	return out
}

// holdBack is how many trailing bytes node's StringDecoder would keep
// for the next chunk.
func (c *collector) holdBack() int {
	switch c.enc {
	case "utf8":
		t := c.tail(4)
		for i := len(t) - 1; i >= 0 && i >= len(t)-4; i-- {
			b := t[i]
			if b&0xc0 == 0x80 {
				continue
			}
			need := 0
			switch {
			case b&0xe0 == 0xc0:
				need = 2
			case b&0xf0 == 0xe0:
				need = 3
			case b&0xf8 == 0xf0:
				need = 4
			}
			if have := len(t) - i; need > have {
				return have
			}
			return 0
		}
	case "utf16le":
		if c.size%2 == 1 {
			return 1
		}
		if t := c.tail(2); len(t) == 2 && t[1]&0xfc == 0xd8 {
			return 2
		}
	case "base64", "base64url":
		return c.size % 3
	}
	return 0
}

// decodedLen is Buffer.byteLength, in c.enc, of bytes[start:end] decoded
// in c.enc: the bytes themselves, but for invalid UTF-8, whose
// replacement characters take three bytes each.
func (c *collector) decodedLen(start, end int) int {
	if c.enc != "utf8" {
		return end - start
	}
	b := c.bytes(start, end)
	if utf8.Valid(b) {
		return len(b)
	}
	s, _, _ := runtime.DecodeUTF8(b, false, false)
	return len(s)
}

// bytes returns the collected bytes[start:end], sharing them when they
// lie in one chunk.
func (c *collector) bytes(start, end int) []byte {
	if start >= end {
		return nil
	}
	pos := 0
	for _, ch := range c.chunks {
		if start >= pos && end <= pos+len(ch) {
			return ch[start-pos : end-pos]
		}
		pos += len(ch)
	}
	out := make([]byte, 0, end-start)
	pos = 0
	for _, ch := range c.chunks {
		lo, hi := max(start-pos, 0), min(end-pos, len(ch))
		if lo < hi {
			out = append(out, ch[lo:hi]...)
		}
		pos += len(ch)
	}
	return out
}

// result hands the collected output to the script and lets it go: a
// string for UTF-8 (decoded once), else a Buffer the script decodes in
// enc; after a crossing in a string encoding, {buf, cross, end, trunc}
// for the script to cut as node does.
func (c *collector) result(rt *runtime.Runtime, enc string) goja.Value {
	vm := rt.VM()
	chunks, size := c.chunks, c.size
	c.chunks, c.size = nil, 0
	whole := func() []byte {
		if len(chunks) == 1 {
			return chunks[0]
		}
		out := make([]byte, 0, size)
		for _, ch := range chunks {
			out = append(out, ch...)
		}
		return out
	}
	if c.over && c.enc != "" && enc != "" {
		o := vm.NewObject()
		o.Set("buf", rt.WrapBytes(whole()))
		o.Set("cross", c.cross)
		o.Set("end", c.crossEnd)
		o.Set("trunc", c.trunc)
		return o
	}
	if enc == "utf8" {
		var sb strings.Builder
		sb.Grow(size)
		for _, ch := range chunks {
			sb.Write(ch)
		}
		s := sb.String()
		if !utf8.ValidString(s) {
			s, _, _ = runtime.DecodeUTF8([]byte(s), false, false)
		}
		return vm.ToValue(s)
	}
	return rt.WrapBytes(whole())
}
