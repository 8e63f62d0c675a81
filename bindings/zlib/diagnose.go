package zlib

import "sync"

// diagnose walks a deflate stream that the fast decoder rejected and
// returns the message zlib gives for its first fault ("invalid block
// type", "invalid distance too far back", ...). It decodes symbol by
// symbol and keeps no output, only its length, so it is slow but small;
// it runs only on the error path, over at most recordLimit bytes.
func diagnose(data, dict []byte) string {
	const fallback = "invalid block type"
	if data == nil {
		return fallback
	}
	s := &bitReader{data: data}
	out := len(dict)
	for {
		last, ok := s.bits(1)
		if !ok {
			return fallback
		}
		typ, ok := s.bits(2)
		if !ok {
			return fallback
		}
		var msg string
		switch typ {
		case 0:
			msg, ok = s.stored(&out)
		case 1:
			fixedLit, fixedDist := fixedCodes()
			msg, ok = s.codes(fixedLit, fixedDist, &out)
		case 2:
			var lit, dist *huffman
			lit, dist, msg, ok = s.dynamic()
			if ok && msg == "" {
				msg, ok = s.codes(lit, dist, &out)
			}
		default:
			return "invalid block type"
		}
		if msg != "" {
			return msg
		}
		if !ok || last == 1 {
			return fallback
		}
	}
}

type bitReader struct {
	data []byte
	pos  int
	bit  uint
	n    uint
}

// bits reads n bits, least significant first; ok is false past the end.
func (s *bitReader) bits(n uint) (int, bool) {
	for s.n < n {
		if s.pos >= len(s.data) {
			return 0, false
		}
		s.bit |= uint(s.data[s.pos]) << s.n
		s.pos++
		s.n += 8
	}
	v := int(s.bit & (1<<n - 1))
	s.bit >>= n
	s.n -= n
	return v, true
}

func (s *bitReader) stored(out *int) (string, bool) {
	s.bit, s.n = 0, 0
	if s.pos+4 > len(s.data) {
		return "", false
	}
	l := int(s.data[s.pos]) | int(s.data[s.pos+1])<<8
	nl := int(s.data[s.pos+2]) | int(s.data[s.pos+3])<<8
	if l != ^nl&0xffff {
		return "invalid stored block lengths", true
	}
	s.pos += 4 + l
	*out += l
	return "", s.pos <= len(s.data)
}

// huffman is a canonical code: count of codes per length, symbols in order.
type huffman struct {
	count  [16]int
	symbol []int
}

// build makes h from code lengths and reports whether the code is
// over-subscribed (-1), complete (0) or incomplete (>0).
func (h *huffman) build(lengths []int) int {
	h.count = [16]int{}
	for _, l := range lengths {
		h.count[l]++
	}
	if h.count[0] == len(lengths) {
		return 0
	}
	left := 1
	for l := 1; l < 16; l++ {
		left <<= 1
		left -= h.count[l]
		if left < 0 {
			return left
		}
	}
	var offs [16]int
	for l := 1; l < 15; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	h.symbol = make([]int, len(lengths))
	for sym, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = sym
			offs[l]++
		}
	}
	return left
}

// single reports whether h is one code of one bit, the only incomplete
// code zlib accepts.
func (h *huffman) single() bool {
	n := 0
	for l := 2; l < 16; l++ {
		n += h.count[l]
	}
	return n == 0 && h.count[1] == 1
}

// decode reads one symbol; -1 means no code matched.
func (s *bitReader) decode(h *huffman) (int, bool) {
	code, first, index := 0, 0, 0
	for l := 1; l < 16; l++ {
		b, ok := s.bits(1)
		if !ok {
			return 0, false
		}
		code |= b
		count := h.count[l]
		if code-count < first {
			return h.symbol[index+(code-first)], true
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return -1, true
}

var (
	lenBase  = [...]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra = [...]uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	dstBase  = [...]int{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	dstExtra = [...]uint{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}

	// fixedCodes are the fixed Huffman codes, made on first use.
	fixedCodes = sync.OnceValues(makeFixedCodes)
)

func makeFixedCodes() (*huffman, *huffman) {
	l := make([]int, 288)
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	d := make([]int, 30)
	for i := range d {
		d[i] = 5
	}
	lit, dist := &huffman{}, &huffman{}
	lit.build(l)
	dist.build(d)
	return lit, dist
}

// codes decodes one compressed block, counting output to find distances
// that reach before the start of the data.
func (s *bitReader) codes(lit, dist *huffman, out *int) (string, bool) {
	for {
		sym, ok := s.decode(lit)
		if !ok {
			return "", false
		}
		switch {
		case sym < 0 || sym > 285:
			return "invalid literal/length code", true
		case sym < 256:
			*out++
		case sym == 256:
			return "", true
		default:
			sym -= 257
			e, ok := s.bits(lenExtra[sym])
			if !ok {
				return "", false
			}
			length := lenBase[sym] + e
			d, ok := s.decode(dist)
			if !ok {
				return "", false
			}
			if d < 0 || d > 29 {
				return "invalid distance code", true
			}
			e, ok = s.bits(dstExtra[d])
			if !ok {
				return "", false
			}
			if dstBase[d]+e > *out {
				return "invalid distance too far back", true
			}
			*out += length
		}
	}
}

var clOrder = [19]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// dynamic reads a dynamic block's code description with zlib's checks.
func (s *bitReader) dynamic() (lit, dist *huffman, msg string, ok bool) {
	nlen, ok1 := s.bits(5)
	ndist, ok2 := s.bits(5)
	ncode, ok3 := s.bits(4)
	if !ok1 || !ok2 || !ok3 {
		return nil, nil, "", false
	}
	nlen += 257
	ndist++
	ncode += 4
	if nlen > 286 || ndist > 30 {
		return nil, nil, "too many length or distance symbols", true
	}
	var cl [19]int
	for i := 0; i < ncode; i++ {
		v, ok := s.bits(3)
		if !ok {
			return nil, nil, "", false
		}
		cl[clOrder[i]] = v
	}
	lencode := &huffman{}
	if lencode.build(cl[:]) != 0 {
		return nil, nil, "invalid code lengths set", true
	}
	lengths := make([]int, nlen+ndist)
	for i := 0; i < nlen+ndist; {
		sym, ok := s.decode(lencode)
		if !ok {
			return nil, nil, "", false
		}
		if sym < 0 {
			return nil, nil, "invalid code lengths set", true
		}
		if sym < 16 {
			lengths[i] = sym
			i++
			continue
		}
		val, rep := 0, 0
		var e int
		switch sym {
		case 16:
			if i == 0 {
				return nil, nil, "invalid bit length repeat", true
			}
			val = lengths[i-1]
			e, ok = s.bits(2)
			rep = 3 + e
		case 17:
			e, ok = s.bits(3)
			rep = 3 + e
		default:
			e, ok = s.bits(7)
			rep = 11 + e
		}
		if !ok {
			return nil, nil, "", false
		}
		if i+rep > nlen+ndist {
			return nil, nil, "invalid bit length repeat", true
		}
		for ; rep > 0; rep-- {
			lengths[i] = val
			i++
		}
	}
	if lengths[256] == 0 {
		return nil, nil, "invalid code -- missing end-of-block", true
	}
	lit, dist = &huffman{}, &huffman{}
	if left := lit.build(lengths[:nlen]); left < 0 || (left > 0 && !lit.single()) {
		return nil, nil, "invalid literal/lengths set", true
	}
	if left := dist.build(lengths[nlen:]); left < 0 || (left > 0 && !dist.single()) {
		return nil, nil, "invalid distances set", true
	}
	return lit, dist, "", true
}
