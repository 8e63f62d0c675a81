package zlib

import (
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
)

// inflater decompresses raw deflate, zlib or gzip data (or either of the
// last two, detected from the first bytes, for Unzip). The framing is read
// here, with zlib's checks and messages; the deflate body is decoded by a
// decoder; both run on a pump goroutine.
type inflater struct {
	mode       int
	windowBits int // 0: take the window size from the zlib header
	dict       []byte

	p    *pump
	br   inbuf
	dec  *decoder
	rec  recorder
	crc  hash.Hash32
	adl  hash.Hash32
	size uint32
	cur  int // the mode of the member being decoded
}

func newInflater(mode, windowBits int, dict []byte) *inflater {
	f := &inflater{mode: mode, windowBits: windowBits, dict: dict}
	f.p = newPump(f.run)
	return f
}

func (f *inflater) process(flush int, in, out []byte) (int, int, error) {
	return f.p.step(in, flush == zFinish, out)
}

func (f *inflater) processAsync(flush int, in, out []byte, done func(nIn, nOut int, err error)) {
	f.p.stepAsync(in, flush == zFinish, out, done)
}

func (f *inflater) params(level, strategy int) error { return nil }

func (f *inflater) reset() error {
	f.p.stop()
	f.p = newPump(f.run)
	return nil
}

func (f *inflater) close() { f.p.stop() }

// run decodes the whole input: one stream, or for gzip every member that
// follows (a zero byte after a member ends the data, as in zlib).
func (f *inflater) run(p *pump) error {
	f.rec.src = p
	f.br.reset(&f.rec)
	mode := f.mode
	if mode == modeUnzip {
		b, err := f.br.Peek(1)
		if err != nil {
			return readError(err)
		}
		mode = modeInflate
		if b[0] == 0x1f {
			b, err = f.br.Peek(2)
			if err != nil {
				return readError(err)
			}
			if b[1] == 0x8b {
				mode = modeGunzip
			}
		}
	}
	for {
		if err := f.member(mode); err != nil {
			return err
		}
		if mode != modeGunzip {
			break
		}
		b, err := f.br.Peek(1)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return readError(err)
		}
		if b[0] == 0 {
			break
		}
	}
	if n := f.br.Buffered(); n > 0 {
		rest, _ := f.br.Peek(n)
		p.unread(rest)
	}
	return nil
}

// member decodes one zlib stream, gzip member or raw deflate stream.
func (f *inflater) member(mode int) error {
	var dict []byte
	switch mode {
	case modeGunzip:
		if err := f.gzipHeader(); err != nil {
			return err
		}
		if f.crc == nil {
			f.crc = crc32.NewIEEE()
		}
		f.crc.Reset()
	case modeInflate:
		d, err := f.zlibHeader()
		if err != nil {
			return err
		}
		dict = d
		if f.adl == nil {
			f.adl = adler32.New()
		}
		f.adl.Reset()
	case modeInflateRaw:
		dict = f.dict
	}
	f.size = 0
	f.cur = mode
	f.rec.start(&f.br)
	if f.dec == nil {
		f.dec = new(decoder)
	}
	f.dec.reset(&f.br, dict, f.emit)
	if err := f.dec.inflate(); err != nil {
		if err == errCorrupt {
			return dataError(diagnose(f.rec.bytes(), dict))
		}
		return readError(err)
	}
	f.rec.stop()
	switch mode {
	case modeGunzip:
		var t [8]byte
		if _, err := io.ReadFull(&f.br, t[:4]); err != nil {
			return readError(err)
		}
		if binary.LittleEndian.Uint32(t[:4]) != f.crc.Sum32() {
			return dataError("incorrect data check")
		}
		if _, err := io.ReadFull(&f.br, t[4:]); err != nil {
			return readError(err)
		}
		if binary.LittleEndian.Uint32(t[4:]) != f.size {
			return dataError("incorrect length check")
		}
	case modeInflate:
		var t [4]byte
		if _, err := io.ReadFull(&f.br, t[:]); err != nil {
			return readError(err)
		}
		if binary.BigEndian.Uint32(t[:]) != f.adl.Sum32() {
			return dataError("incorrect data check")
		}
	}
	return nil
}

// emit hands decoded bytes to the pump and adds them to the checks.
func (f *inflater) emit(b []byte) error {
	switch f.cur {
	case modeGunzip:
		f.crc.Write(b)
	case modeInflate:
		f.adl.Write(b)
	}
	f.size += uint32(len(b))
	return f.rec.src.(*pump).emit(b)
}

// zlibHeader reads an RFC 1950 header and returns the preset dictionary
// the stream asks for.
func (f *inflater) zlibHeader() ([]byte, error) {
	var h [2]byte
	if _, err := io.ReadFull(&f.br, h[:]); err != nil {
		return nil, readError(err)
	}
	if (uint16(h[0])<<8|uint16(h[1]))%31 != 0 {
		return nil, dataError("incorrect header check")
	}
	if h[0]&0x0f != 8 {
		return nil, dataError("unknown compression method")
	}
	wb := int(h[0]>>4) + 8
	limit := f.windowBits
	if limit == 0 {
		limit = 15
	}
	if wb > 15 || wb > limit {
		return nil, dataError("invalid window size")
	}
	if h[1]&0x20 == 0 {
		return nil, nil
	}
	var id [4]byte
	if _, err := io.ReadFull(&f.br, id[:]); err != nil {
		return nil, readError(err)
	}
	if len(f.dict) == 0 {
		return nil, &codeError{message: "Missing dictionary", errno: zNeedDict, code: "Z_NEED_DICT"}
	}
	if binary.BigEndian.Uint32(id[:]) != adler32.Checksum(f.dict) {
		return nil, &codeError{message: "Bad dictionary", errno: zNeedDict, code: "Z_NEED_DICT"}
	}
	return f.dict, nil
}

// gzipHeader reads an RFC 1952 member header with zlib's checks.
func (f *inflater) gzipHeader() error {
	var h [10]byte
	if _, err := io.ReadFull(&f.br, h[:2]); err != nil {
		return readError(err)
	}
	if h[0] != 0x1f || h[1] != 0x8b {
		return dataError("incorrect header check")
	}
	if _, err := io.ReadFull(&f.br, h[2:4]); err != nil {
		return readError(err)
	}
	if h[2] != 8 {
		return dataError("unknown compression method")
	}
	flg := h[3]
	if flg&0xe0 != 0 {
		return dataError("unknown header flags set")
	}
	if _, err := io.ReadFull(&f.br, h[4:]); err != nil {
		return readError(err)
	}
	hcrc := crc32.NewIEEE()
	hcrc.Write(h[:])
	if flg&0x04 != 0 { // FEXTRA
		var l [2]byte
		if _, err := io.ReadFull(&f.br, l[:]); err != nil {
			return readError(err)
		}
		hcrc.Write(l[:])
		extra := make([]byte, binary.LittleEndian.Uint16(l[:]))
		if _, err := io.ReadFull(&f.br, extra); err != nil {
			return readError(err)
		}
		hcrc.Write(extra)
	}
	for _, bit := range []byte{0x08, 0x10} { // FNAME, FCOMMENT
		if flg&bit == 0 {
			continue
		}
		s, err := f.br.ReadBytes(0)
		if err != nil {
			return readError(err)
		}
		hcrc.Write(s)
	}
	if flg&0x02 != 0 { // FHCRC
		var c [2]byte
		if _, err := io.ReadFull(&f.br, c[:]); err != nil {
			return readError(err)
		}
		if binary.LittleEndian.Uint16(c[:]) != uint16(hcrc.Sum32()) {
			return dataError("header crc mismatch")
		}
	}
	return nil
}

// readError maps the end of the input inside a stream to zlib's error.
func readError(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return errUnexpectedEOF
	}
	return err
}

// recorder sits between the pump and the inbuf and keeps the bytes
// of the current deflate body (up to a limit), so that a corrupt body can
// be diagnosed with zlib's message.
type recorder struct {
	src   io.Reader
	on    bool
	data  []byte
	limit bool
}

const recordLimit = 1 << 20

func (r *recorder) Read(b []byte) (int, error) {
	n, err := r.src.Read(b)
	if r.on && n > 0 {
		if len(r.data)+n > recordLimit {
			r.on, r.limit, r.data = false, true, r.data[:0]
		} else {
			r.data = append(r.data, b[:n]...)
		}
	}
	return n, err
}

// start begins a recording with what br has buffered but not yet given out.
func (r *recorder) start(br *inbuf) {
	r.on, r.limit = true, false
	r.data = r.data[:0]
	if n := br.Buffered(); n > 0 {
		b, _ := br.Peek(n)
		r.data = append(r.data, b...)
	}
}

func (r *recorder) stop() { r.on = false }

// bytes returns the recording, or nil when the body outgrew the limit.
func (r *recorder) bytes() []byte {
	if r.limit {
		return nil
	}
	return r.data
}
