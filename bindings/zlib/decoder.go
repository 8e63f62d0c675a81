package zlib

import (
	"encoding/binary"
	"errors"
	"io"
)

// The decoder's output buffer: histSize bytes of history a distance may
// reach, outArea bytes decoded after them before the buffer slides, and
// room for the last match (and the 8-byte stores of its copy) past that.
const (
	histSize = 32 << 10
	outArea  = 64 << 10
	outEnd   = histSize + outArea
	outSlack = 258 + 8
	// emitSize is how much output the decoder holds before it hands it
	// out: a default output window, so that the stream's first window of
	// a chunk fills early and decoding overlaps the script.
	emitSize = 16 << 10
)

// errCorrupt is a deflate stream zlib rejects; the inflater asks diagnose
// for zlib's message.
var errCorrupt = errors.New("zlib: corrupt deflate stream")

// decoder decodes raw deflate (RFC 1951) from an inbuf, as zlib's inflate
// does: it accepts and rejects the same streams, hands out everything it
// decoded before a fault, and hands out what it holds before it waits for
// input. While at least 8 bytes of input are buffered it decodes from the
// buffer in place with a 64-bit bit buffer and table lookups; near the end
// of the buffered input it reads byte by byte, so that it never waits for
// input it does not need. Decoder goroutine only.
type decoder struct {
	in      *inbuf
	out     func([]byte) error // takes decoded bytes
	ob      []byte
	op      int    // the next output byte in ob
	flushed int    // ob[flushed:op] is not handed out yet
	low     int    // ob[low:op] is the history a distance may reach
	bitbuf  uint64 // input bits not used yet, nbits of them
	nbits   uint
	lit     [litTableSize]uint32
	dist    [distTableSize]uint32
	lens    [320]uint8
}

// reset starts a stream read from in, with a preset dictionary.
func (d *decoder) reset(in *inbuf, dict []byte, out func([]byte) error) {
	if d.ob == nil {
		d.ob = make([]byte, outEnd+outSlack)
	}
	if len(dict) > histSize {
		dict = dict[len(dict)-histSize:]
	}
	copy(d.ob[histSize-len(dict):], dict)
	d.in, d.out = in, out
	d.op, d.flushed, d.low = histSize, histSize, histSize-len(dict)
	d.bitbuf, d.nbits = 0, 0
	in.before = d.flush
}

// flush hands out the bytes decoded since the last flush.
func (d *decoder) flush() error {
	if d.op == d.flushed {
		return nil
	}
	b := d.ob[d.flushed:d.op]
	d.flushed = d.op
	return d.out(b)
}

// slide hands out the output and moves the history to the front.
func (d *decoder) slide() error {
	if err := d.flush(); err != nil {
		return err
	}
	shift := d.op - histSize
	copy(d.ob, d.ob[shift:d.op])
	d.op, d.flushed = histSize, histSize
	d.low = max(d.low-shift, 0)
	return nil
}

// pull moves one input byte into the bit buffer.
func (d *decoder) pull() error {
	in := d.in
	if in.r == in.w {
		if err := in.fill(); err != nil {
			return err
		}
	}
	d.bitbuf |= uint64(in.buf[in.r]) << d.nbits
	in.r++
	d.nbits += 8
	return nil
}

// bits reads n bits (n <= 32).
func (d *decoder) bits(n uint) (uint32, error) {
	for d.nbits < n {
		if err := d.pull(); err != nil {
			return 0, err
		}
	}
	v := uint32(d.bitbuf & (1<<n - 1))
	d.bitbuf >>= n
	d.nbits -= n
	return v, nil
}

// align drops the bits left of the current byte and gives back the whole
// bytes the bit buffer holds.
func (d *decoder) align() {
	d.in.unread(int(d.nbits >> 3))
	d.bitbuf, d.nbits = 0, 0
}

// sym decodes one symbol with table t, reading only the bytes its code
// needs.
func (d *decoder) sym(t []uint32, pbits uint) (uint32, error) {
	for {
		e := t[d.bitbuf&(1<<pbits-1)]
		if e&hSub == 0 {
			if n := uint(e & 15); n <= d.nbits {
				d.bitbuf >>= n
				d.nbits -= n
				return e, nil
			}
		} else if d.nbits > pbits {
			e2 := t[uint(e>>16)+uint(d.bitbuf>>pbits)&(1<<(e>>4&15)-1)]
			if n := pbits + uint(e2&15); n <= d.nbits {
				d.bitbuf >>= n
				d.nbits -= n
				return e2, nil
			}
		}
		if err := d.pull(); err != nil {
			return 0, err
		}
	}
}

// inflate decodes one deflate stream to its final block and gives back
// the input bytes after it.
func (d *decoder) inflate() error {
	for {
		hdr, err := d.bits(3)
		if err == nil {
			switch hdr >> 1 {
			case 0:
				err = d.stored()
			case 1:
				lit, dist := fixedTables()
				err = d.codes(lit, dist)
			case 2:
				if err = d.dynamic(); err == nil {
					err = d.codes(&d.lit, &d.dist)
				}
			default:
				err = errCorrupt
			}
		}
		if err != nil {
			if err != errClosed {
				d.flush()
			}
			return err
		}
		if hdr&1 != 0 {
			break
		}
	}
	d.align()
	return d.flush()
}

// stored copies a stored block.
func (d *decoder) stored() error {
	d.align()
	var h [4]byte
	if _, err := io.ReadFull(d.in, h[:]); err != nil {
		return err
	}
	n := int(binary.LittleEndian.Uint16(h[:]))
	if uint16(n) != ^binary.LittleEndian.Uint16(h[2:]) {
		return errCorrupt
	}
	for n > 0 {
		if d.op >= outEnd {
			if err := d.slide(); err != nil {
				return err
			}
		}
		in := d.in
		if in.r == in.w {
			if err := in.fill(); err != nil {
				return err
			}
		}
		k := copy(d.ob[d.op:min(d.op+n, outEnd)], in.buf[in.r:in.w])
		in.r += k
		d.op += k
		n -= k
	}
	return nil
}

// clenOrder is the order of the code length code's lengths in a dynamic
// block header.
var clenOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// dynamic reads a dynamic block's code lengths and builds its tables.
func (d *decoder) dynamic() error {
	v, err := d.bits(14)
	if err != nil {
		return err
	}
	nlit, ndist, nclen := int(v&31)+257, int(v>>5&31)+1, int(v>>10)+4
	if nlit > 286 || ndist > 30 {
		return errCorrupt
	}
	var cl [19]uint8
	for i := range nclen {
		b, err := d.bits(3)
		if err != nil {
			return err
		}
		cl[clenOrder[i]] = uint8(b)
	}
	var ct [1 << clenTableBits]uint32
	if !buildTable(ct[:], cl[:], clenTableBits, kindCodeLen) {
		return errCorrupt
	}
	lens := d.lens[:nlit+ndist]
	for i := 0; i < len(lens); {
		e, err := d.sym(ct[:], clenTableBits)
		if err != nil {
			return err
		}
		s := e >> 16
		if s < 16 {
			lens[i] = uint8(s)
			i++
			continue
		}
		var rep uint32
		val := uint8(0)
		switch s {
		case 16:
			if i == 0 {
				return errCorrupt
			}
			val = lens[i-1]
			rep, err = d.bits(2)
			rep += 3
		case 17:
			rep, err = d.bits(3)
			rep += 3
		default:
			rep, err = d.bits(7)
			rep += 11
		}
		if err != nil {
			return err
		}
		if i+int(rep) > len(lens) {
			return errCorrupt
		}
		for range rep {
			lens[i] = val
			i++
		}
	}
	if lens[256] == 0 ||
		!buildTable(d.lit[:], lens[:nlit], litTableBits, kindLit) ||
		!buildTable(d.dist[:], lens[nlit:], distTableBits, kindDist) {
		return errCorrupt
	}
	return nil
}

// codes decodes a Huffman-coded block to its end-of-block code.
func (d *decoder) codes(lt *[litTableSize]uint32, dt *[distTableSize]uint32) error {
	for {
		if d.in.w-d.in.r >= 8 && d.op <= outEnd && d.op < d.flushed+emitSize {
			if done, err := d.fast(lt, dt); done || err != nil {
				return err
			}
		}
		if d.op > outEnd {
			if err := d.slide(); err != nil {
				return err
			}
			continue
		}
		if d.op >= d.flushed+emitSize {
			if err := d.flush(); err != nil {
				return err
			}
			continue
		}
		// Near the end of the buffered input: one symbol, byte by byte.
		e, err := d.sym(lt[:], litTableBits)
		if err != nil {
			return err
		}
		switch {
		case e&hLiteral != 0:
			d.ob[d.op] = byte(e >> 16)
			d.op++
			continue
		case e&hEnd != 0:
			return nil
		case e&hInvalid != 0:
			return errCorrupt
		}
		x, err := d.bits(uint(e >> 4 & 15))
		if err != nil {
			return err
		}
		length := int(e>>16) + int(x)
		if e, err = d.sym(dt[:], distTableBits); err != nil {
			return err
		}
		if e&hInvalid != 0 {
			return errCorrupt
		}
		if x, err = d.bits(uint(e >> 4 & 15)); err != nil {
			return err
		}
		dist := int(e>>16) + int(x)
		if dist > d.op-d.low {
			return errCorrupt
		}
		for i := range length {
			d.ob[d.op+i] = d.ob[d.op-dist+i]
		}
		d.op += length
	}
}

// fast decodes symbols while at least 8 input bytes are buffered and the
// output area has room, and reports whether the block ended.
func (d *decoder) fast(lt *[litTableSize]uint32, dt *[distTableSize]uint32) (done bool, err error) {
	in := d.in.buf[:d.in.w]
	ip, ob, op, low := d.in.r, d.ob, d.op, d.low
	bb, nb := d.bitbuf, d.nbits
	end := min(outEnd, d.flushed+emitSize-1)
	last := len(in) - 8 // the last offset a refill can load 8 bytes from
	for ip <= last && op <= end {
		// Refill to at least 56 bits: enough for a length code, its
		// extra bits, a distance code and its extra bits. The bits above
		// nb are the following input bytes, as the next refill puts them.
		bb |= binary.LittleEndian.Uint64(in[ip:]) << (nb & 63)
		ip += int((63 - nb) >> 3)
		nb |= 56
		e := lt[bb&(1<<litTableBits-1)]
		if e&hSub != 0 {
			bb >>= litTableBits
			nb -= litTableBits
			e = lt[uint(e>>16)+uint(bb)&(1<<(e>>4&15)-1)]
		}
		bb >>= e & 15
		nb -= uint(e & 15)
		if e&hLiteral != 0 {
			ob[op] = byte(e >> 16)
			op++
			// More literals without a refill while their bits are there.
			for nb >= litTableBits {
				e = lt[bb&(1<<litTableBits-1)]
				if e&(hLiteral|hSub) != hLiteral {
					break
				}
				bb >>= e & 15
				nb -= uint(e & 15)
				ob[op] = byte(e >> 16)
				op++
			}
			continue
		}
		if e&(hEnd|hInvalid) != 0 {
			if e&hInvalid != 0 {
				err = errCorrupt
			}
			done = true
			break
		}
		x := e >> 4 & 15
		length := int(e>>16) + int(bb&(1<<x-1))
		bb >>= x
		nb -= uint(x)
		e = dt[bb&(1<<distTableBits-1)]
		if e&hSub != 0 {
			bb >>= distTableBits
			nb -= distTableBits
			e = dt[uint(e>>16)+uint(bb)&(1<<(e>>4&15)-1)]
		}
		bb >>= e & 15
		nb -= uint(e & 15)
		x = e >> 4 & 15
		dist := int(e>>16) + int(bb&(1<<x-1))
		bb >>= x
		nb -= uint(x)
		if e&hInvalid != 0 || dist > op-low {
			err = errCorrupt
			break
		}
		src := op - dist
		if dist >= 8 {
			// Two words cover most matches; what they store past the
			// match is overwritten by what follows. With dist < 16 the
			// second load reads what the first store wrote, as it must.
			o, s := ob[op:op+16], ob[src:src+16]
			binary.LittleEndian.PutUint64(o, binary.LittleEndian.Uint64(s))
			binary.LittleEndian.PutUint64(o[8:], binary.LittleEndian.Uint64(s[8:]))
			for i := 16; i < length; i += 8 {
				binary.LittleEndian.PutUint64(ob[op+i:], binary.LittleEndian.Uint64(ob[src+i:]))
			}
		} else {
			for i := range length {
				ob[op+i] = ob[src+i]
			}
		}
		op += length
	}
	d.in.r, d.op = ip, op
	d.bitbuf, d.nbits = bb&(1<<nb-1), nb
	return done, err
}
