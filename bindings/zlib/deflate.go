package zlib

import (
	"bytes"
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"

	"github.com/klauspost/compress/flate"
)

// deflater compresses to raw deflate, zlib (RFC 1950) or gzip (RFC 1952)
// framing. The deflate body comes from klauspost/compress/flate; the
// headers, trailers and checksums are written here as zlib writes them
// (gzip: no name, mtime 0, OS 3), so only the body's bytes differ from
// node's.
type deflater struct {
	mode       int
	level      int
	strategy   int
	windowBits int
	dict       []byte

	w         *flate.Writer
	pending   bytes.Buffer // framed output not yet handed out
	sum       hash.Hash32  // crc32 (gzip) or adler32 (zlib)
	size      uint32       // input length mod 2^32 (gzip trailer)
	started   bool         // header written
	finished  bool         // trailer written
	lastFlush int          // zlib refuses to repeat a flush with no new input
}

func newDeflater(mode, level, windowBits, strategy int, dict []byte) (*deflater, error) {
	if level == -1 {
		level = 6
	}
	d := &deflater{mode: mode, level: level, strategy: strategy, windowBits: windowBits, dict: dict}
	if err := d.reset(); err != nil {
		return nil, err
	}
	return d, nil
}

// newWriter makes the flate writer for the current level and strategy.
func (d *deflater) newWriter() (*flate.Writer, error) {
	level := d.level
	if d.strategy == zHuffmanOnly && level != 0 {
		level = flate.HuffmanOnly
	}
	if d.windowBits < 15 && level > 0 {
		return flate.NewWriterWindow(&d.pending, 1<<d.windowBits)
	}
	if len(d.dict) > 0 && d.mode != modeGzip {
		return flate.NewWriterDict(&d.pending, level, d.dict)
	}
	return flate.NewWriter(&d.pending, level)
}

func (d *deflater) reset() error {
	d.pending.Reset()
	d.size = 0
	d.started, d.finished = false, false
	d.lastFlush = zNoFlush
	switch d.mode {
	case modeGzip:
		d.sum = crc32.NewIEEE()
	case modeDeflate:
		d.sum = adler32.New()
	default:
		d.sum = nil
	}
	w, err := d.newWriter()
	d.w = w
	return err
}

func (d *deflater) params(level, strategy int) error {
	if level == -1 {
		level = 6
	}
	if level == d.level && strategy == d.strategy {
		return nil
	}
	// Node flushes (Z_SYNC_FLUSH) before it changes parameters, so the
	// stream is at a block boundary: a new writer continues it with the
	// following blocks.
	if err := d.w.Flush(); err != nil {
		return err
	}
	d.level, d.strategy = level, strategy
	w, err := d.newWriter()
	if err != nil {
		return err
	}
	d.w = w
	return nil
}

func (d *deflater) close() {}

func (d *deflater) header() {
	switch d.mode {
	case modeGzip:
		xfl := byte(0)
		if d.level == 9 {
			xfl = 2
		} else if d.strategy >= zHuffmanOnly || d.level < 2 {
			xfl = 4
		}
		d.pending.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	case modeDeflate:
		wb := d.windowBits
		if wb == 8 {
			wb = 9
		}
		h := uint16(8+(wb-8)<<4) << 8
		var lf uint16
		switch {
		case d.strategy >= zHuffmanOnly || d.level < 2:
			lf = 0
		case d.level < 6:
			lf = 1
		case d.level == 6:
			lf = 2
		default:
			lf = 3
		}
		h |= lf << 6
		if len(d.dict) > 0 {
			h |= 0x20
		}
		h += 31 - h%31
		d.pending.Write([]byte{byte(h >> 8), byte(h)})
		if len(d.dict) > 0 {
			d.pending.Write(binary.BigEndian.AppendUint32(nil, adler32.Checksum(d.dict)))
		}
	}
}

func (d *deflater) trailer() {
	switch d.mode {
	case modeGzip:
		var t [8]byte
		binary.LittleEndian.PutUint32(t[:4], d.sum.Sum32())
		binary.LittleEndian.PutUint32(t[4:], d.size)
		d.pending.Write(t[:])
	case modeDeflate:
		d.pending.Write(binary.BigEndian.AppendUint32(nil, d.sum.Sum32()))
	}
}

func (d *deflater) process(flush int, in, out []byte) (int, int, error) {
	nIn := 0
	if !d.finished && (len(in) > 0 || flush != d.lastFlush || flush == zFinish) {
		if !d.started {
			d.started = true
			d.header()
		}
		if len(in) > 0 {
			if d.sum != nil {
				d.sum.Write(in)
			}
			d.size += uint32(len(in))
			if _, err := d.w.Write(in); err != nil {
				return 0, 0, err
			}
			nIn = len(in)
		}
		switch flush {
		case zNoFlush:
		case zFinish:
			if err := d.w.Close(); err != nil {
				return nIn, 0, err
			}
			d.trailer()
			d.finished = true
		default:
			if err := d.w.Flush(); err != nil {
				return nIn, 0, err
			}
		}
		d.lastFlush = flush
	}
	n := copy(out, d.pending.Bytes())
	d.pending.Next(n)
	return nIn, n, nil
}
