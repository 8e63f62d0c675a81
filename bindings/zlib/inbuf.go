package zlib

import (
	"bytes"
	"io"
)

// inbufSize is how much compressed input an inbuf reads at a time.
const inbufSize = 32 << 10

// inbufKeep is how many bytes already read an inbuf keeps when it reads
// more, so that a decoder can give back the whole bytes left in its bit
// buffer (at most 7) when a block or stream ends.
const inbufKeep = 8

// inbuf is the decoder's buffered input: a bufio.Reader that also lets the
// inflater read its buffer in place and give back bytes it read ahead.
// before, when set, runs before each read from src (the decoder hands out
// the output it holds before it may wait for input). Decoder goroutine only.
type inbuf struct {
	src    io.Reader
	buf    []byte
	r, w   int
	err    error
	before func() error
}

func (b *inbuf) reset(src io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, inbufSize)
	}
	b.src, b.r, b.w, b.err, b.before = src, 0, 0, nil, nil
}

// fill reads more input after what is buffered; it reports an error only
// when it got no bytes.
func (b *inbuf) fill() error {
	if b.r > inbufKeep {
		n := copy(b.buf, b.buf[b.r-inbufKeep:b.w])
		b.r, b.w = inbufKeep, n
	}
	if b.w == len(b.buf) {
		return nil
	}
	if b.before != nil {
		if err := b.before(); err != nil {
			return err
		}
	}
	for b.err == nil {
		n, err := b.src.Read(b.buf[b.w:])
		b.w += n
		b.err = err
		if n > 0 {
			return nil
		}
	}
	return b.err
}

// unread gives back the last n bytes read (n <= inbufKeep).
func (b *inbuf) unread(n int) { b.r -= n }

// Buffered returns how many bytes are buffered and not read yet.
func (b *inbuf) Buffered() int { return b.w - b.r }

// Peek returns the next n bytes without reading them, reading input until
// they are there.
func (b *inbuf) Peek(n int) ([]byte, error) {
	for b.w-b.r < n {
		if b.w == len(b.buf) && b.r <= inbufKeep {
			return b.buf[b.r:b.w], io.ErrShortBuffer
		}
		if err := b.fill(); err != nil {
			return b.buf[b.r:b.w], err
		}
	}
	return b.buf[b.r : b.r+n], nil
}

// Read reads what is buffered, or reads input when nothing is.
func (b *inbuf) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if b.r == b.w {
		if err := b.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, b.buf[b.r:b.w])
	b.r += n
	return n, nil
}

// ReadByte reads one byte.
func (b *inbuf) ReadByte() (byte, error) {
	if b.r == b.w {
		if err := b.fill(); err != nil {
			return 0, err
		}
	}
	c := b.buf[b.r]
	b.r++
	return c, nil
}

// ReadBytes reads up to and including the first delim.
func (b *inbuf) ReadBytes(delim byte) ([]byte, error) {
	var out []byte
	for {
		if i := bytes.IndexByte(b.buf[b.r:b.w], delim); i >= 0 {
			out = append(out, b.buf[b.r:b.r+i+1]...)
			b.r += i + 1
			return out, nil
		}
		out = append(out, b.buf[b.r:b.w]...)
		b.r = b.w
		if err := b.fill(); err != nil {
			return out, err
		}
	}
}
