package runtime

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"
)

// Encodings as js/buffer.js numbers them when it calls the natives.
const (
	encUTF8 = iota + 1
	encUTF16LE
	encLatin1
	encASCII
	encBase64
	encBase64URL
	encHex
)

// bufferBinding is goja_nodejs's buffer module (whose Go read/write
// methods js/buffer.js keeps) plus the natives js/buffer.js builds Node's
// Buffer on: string encoding and decoding in every Node encoding, search,
// fill and compare over shared bytes.
func bufferBinding(r *Runtime, _ string) (goja.Value, error) {
	vm := r.vm
	module := vm.NewObject()
	exports := vm.NewObject()
	module.Set("exports", exports)
	buffer.Require(vm, module)
	ctor := exports.Get("Buffer").ToObject(vm)
	u8, ok := goja.AssertConstructor(vm.Get("Uint8Array"))
	if !ok {
		panic(vm.NewTypeError("Uint8Array is not a constructor"))
	}
	// newBuffer wraps data, without copying, in an object whose prototype
	// is Buffer.prototype (ctor.prototype, which js/buffer.js shares).
	r.newBuffer = func(data []byte) *goja.Object {
		o, err := u8(ctor, vm.ToValue(vm.NewArrayBuffer(data)))
		if err != nil {
			panic(err)
		}
		return o
	}
	n := &bufferNatives{r: r}
	natives := vm.NewObject()
	natives.Set("decode", n.decode)
	natives.Set("encode", n.encode)
	natives.Set("byteLength", n.byteLength)
	natives.Set("writeString", n.writeString)
	natives.Set("indexOf", n.indexOf)
	natives.Set("indexOfByte", n.indexOfByte)
	natives.Set("fill", n.fill)
	natives.Set("compare", n.compare)
	natives.Set("isUtf8", func(v goja.Value) bool { return utf8.Valid(n.bytes(v)) })
	natives.Set("isAscii", func(v goja.Value) bool {
		for _, c := range n.bytes(v) {
			if c >= utf8.RuneSelf {
				return false
			}
		}
		return true
	})
	exports.Set("natives", natives)
	return exports, nil
}

type bufferNatives struct{ r *Runtime }

// bytes returns the bytes a Uint8Array (or other view) covers, shared.
func (n *bufferNatives) bytes(v goja.Value) []byte {
	if b, ok := v.Export().([]byte); ok {
		return b
	}
	if b, ok := n.r.Bytes(v); ok {
		if _, isStr := v.Export().(string); !isStr {
			return b
		}
	}
	panic(n.r.vm.NewTypeError("argument must be a buffer"))
}

// codeUnits returns the UTF-16 code units of a JS string.
func codeUnits(v goja.Value) []uint16 {
	s, ok := v.(goja.String)
	if !ok {
		return utf16.Encode([]rune(v.String()))
	}
	units := make([]uint16, s.Length())
	for i := range units {
		units[i] = s.CharAt(i)
	}
	return units
}

// stringBytes encodes a JS string in enc as Node does.
func stringBytes(v goja.Value, enc int) []byte {
	switch enc {
	case encLatin1, encASCII:
		if s, ok := v.(goja.String); ok {
			out := make([]byte, s.Length())
			for i := range out {
				out[i] = byte(s.CharAt(i))
			}
			return out
		}
		units := codeUnits(v)
		out := make([]byte, len(units))
		for i, c := range units {
			out[i] = byte(c)
		}
		return out
	case encUTF16LE:
		units := codeUnits(v)
		out := make([]byte, 2*len(units))
		for i, c := range units {
			out[2*i] = byte(c)
			out[2*i+1] = byte(c >> 8)
		}
		return out
	case encHex:
		return decodeHex(v.String())
	case encBase64, encBase64URL:
		return decodeBase64(v.String())
	default:
		// goja turns lone surrogates into U+FFFD, which is what Node writes.
		return []byte(v.String())
	}
}

// decodeHex decodes pairs of hex digits up to the first invalid pair.
func decodeHex(s string) []byte {
	out := make([]byte, len(s)/2)
	for i := range out {
		hi, ok1 := hexDigit(s[2*i])
		lo, ok2 := hexDigit(s[2*i+1])
		if !ok1 || !ok2 {
			return out[:i]
		}
		out[i] = hi<<4 | lo
	}
	return out
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

var base64Values = func() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 0xff
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = byte(i)
	}
	t['-'] = 62
	t['_'] = 63
	return t
}()

// decodeBase64 decodes standard or URL-safe base64 as leniently as Node:
// characters outside both alphabets are skipped, '=' ends the data and a
// missing padding is fine.
func decodeBase64(s string) []byte {
	out := make([]byte, 0, len(s)*3/4+2)
	var acc uint32
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			break
		}
		v := base64Values[c]
		if v == 0xff {
			continue
		}
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}

// decode(string, enc) returns a new Buffer holding string encoded in enc.
func (n *bufferNatives) decode(v goja.Value, enc int) *goja.Object {
	return n.r.newBuffer(stringBytes(v, enc))
}

// byteLength(string, enc) is the number of bytes string takes in enc.
func (n *bufferNatives) byteLength(v goja.Value, enc int) int {
	switch enc {
	case encUTF8:
		s, ok := v.(goja.String)
		if !ok {
			return len(v.String())
		}
		total := 0
		l := s.Length()
		for i := 0; i < l; i++ {
			c := s.CharAt(i)
			switch {
			case c < 0x80:
				total++
			case c < 0x800:
				total += 2
			case c >= 0xd800 && c <= 0xdbff && i+1 < l && s.CharAt(i+1) >= 0xdc00 && s.CharAt(i+1) <= 0xdfff:
				total += 4
				i++
			default:
				total += 3
			}
		}
		return total
	default:
		return len(stringBytes(v, enc))
	}
}

// encode(buf, enc, start, end) returns buf[start:end] as a string in enc.
func (n *bufferNatives) encode(bv goja.Value, enc, start, end int) goja.Value {
	b := n.bytes(bv)
	if start < 0 {
		start = 0
	}
	if end > len(b) {
		end = len(b)
	}
	if start >= end {
		return n.r.vm.ToValue("")
	}
	b = b[start:end]
	vm := n.r.vm
	if encodedLength(enc, len(b)) > maxStringLength {
		panic(n.r.NodeErrorf("Error", "ERR_STRING_TOO_LONG", "Cannot create a string longer than 0x%x characters", maxStringLength))
	}
	switch enc {
	case encHex:
		return vm.ToValue(hex.EncodeToString(b))
	case encBase64:
		return vm.ToValue(base64.StdEncoding.EncodeToString(b))
	case encBase64URL:
		return vm.ToValue(base64.RawURLEncoding.EncodeToString(b))
	case encASCII:
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return vm.ToValue(string(out))
	case encLatin1:
		units := make([]uint16, len(b))
		for i, c := range b {
			units[i] = uint16(c)
		}
		return goja.StringFromUTF16(units)
	case encUTF16LE:
		units := make([]uint16, len(b)/2)
		for i := range units {
			units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(units)
	default:
		s, _, _ := DecodeUTF8(b, false, false)
		if len(b) > maxStringLength && utf16Length(s) > maxStringLength {
			panic(n.r.NodeErrorf("Error", "ERR_STRING_TOO_LONG", "Cannot create a string longer than 0x%x characters", maxStringLength))
		}
		return vm.ToValue(s)
	}
}

// maxStringLength is V8's limit on a string's length in UTF-16 units
// (buffer.constants.MAX_STRING_LENGTH); node refuses to decode past it.
const maxStringLength = 1<<29 - 24

// encodedLength is the length of the string n bytes decode to in enc; for
// UTF-8, which the caller checks once decoded, it is zero.
func encodedLength(enc, n int) int {
	switch enc {
	case encHex:
		return 2 * n
	case encBase64:
		return (n + 2) / 3 * 4
	case encBase64URL:
		return (n*4 + 2) / 3
	case encASCII, encLatin1:
		return n
	case encUTF16LE:
		return n / 2
	}
	return 0
}

// utf16Length is the length of s in UTF-16 units.
func utf16Length(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// writeString(buf, string, offset, max, enc) writes string encoded in enc
// at offset, at most max bytes and never part of a character, and returns
// the number of bytes written.
func (n *bufferNatives) writeString(bv, sv goja.Value, offset, max, enc int) int {
	b := n.bytes(bv)
	if offset < 0 || offset > len(b) {
		return 0
	}
	if max > len(b)-offset {
		max = len(b) - offset
	}
	data := stringBytes(sv, enc)
	if len(data) > max {
		switch enc {
		case encUTF8:
			for max > 0 && !utf8.RuneStart(data[max]) {
				max--
			}
		case encUTF16LE:
			max &^= 1
		}
		data = data[:max]
	}
	return copy(b[offset:], data)
}

// indexOffset is where a search for a needle of needleLen bytes starts in a
// haystack of length bytes given Node's offset argument; -1 for none.
func indexOffset(length, offset, needleLen int, forward bool) int {
	if offset < 0 {
		if offset+length >= 0 {
			return length + offset
		}
		if forward || needleLen == 0 {
			return 0
		}
		return -1
	}
	if offset+needleLen <= length {
		return offset
	}
	if needleLen == 0 {
		return length
	}
	if forward {
		return -1
	}
	return length - 1
}

// indexOf(buf, needle, offset, ucs2, forward) finds needle's bytes in buf
// as Buffer#indexOf/lastIndexOf do; ucs2 searches whole UTF-16 units.
func (n *bufferNatives) indexOf(bv, nv goja.Value, offset int, ucs2, forward bool) int {
	hay := n.bytes(bv)
	var needle []byte
	if s, ok := nv.(goja.String); ok {
		enc := encUTF8
		if ucs2 {
			enc = encUTF16LE
		}
		needle = stringBytes(s, enc)
	} else {
		needle = n.bytes(nv)
	}
	start := indexOffset(len(hay), offset, len(needle), forward)
	if len(needle) == 0 {
		return start
	}
	if len(hay) == 0 || start < 0 {
		return -1
	}
	if (forward && len(needle)+start > len(hay)) || len(needle) > len(hay) {
		return -1
	}
	if ucs2 {
		if len(hay) < 2 || len(needle) < 2 {
			return -1
		}
		return indexUnits(hay[:len(hay)&^1], needle[:len(needle)&^1], start/2, forward)
	}
	if forward {
		i := bytes.Index(hay[start:], needle)
		if i < 0 {
			return -1
		}
		return start + i
	}
	end := start + len(needle)
	if end > len(hay) {
		end = len(hay)
	}
	return bytes.LastIndex(hay[:end], needle)
}

// indexUnits searches for needle at even byte offsets only.
func indexUnits(hay, needle []byte, unit int, forward bool) int {
	last := (len(hay) - len(needle)) / 2
	if forward {
		for u := unit; u <= last; u++ {
			if bytes.Equal(hay[2*u:2*u+len(needle)], needle) {
				return 2 * u
			}
		}
		return -1
	}
	if unit > last {
		unit = last
	}
	for u := unit; u >= 0; u-- {
		if bytes.Equal(hay[2*u:2*u+len(needle)], needle) {
			return 2 * u
		}
	}
	return -1
}

// indexOfByte(buf, byte, offset, forward) is indexOf for a number.
func (n *bufferNatives) indexOfByte(bv goja.Value, c int64, offset int, forward bool) int {
	hay := n.bytes(bv)
	start := indexOffset(len(hay), offset, 1, forward)
	if start < 0 || len(hay) == 0 {
		return -1
	}
	if forward {
		i := bytes.IndexByte(hay[start:], byte(c))
		if i < 0 {
			return -1
		}
		return start + i
	}
	return bytes.LastIndexByte(hay[:start+1], byte(c))
}

// fill(buf, value, start, end, enc) fills buf[start:end] with the bytes of
// value (a string in enc, or a view) repeated. It returns -1 when value has
// no bytes and -2 when the range is outside buf.
func (n *bufferNatives) fill(bv, value goja.Value, start, end, enc int) int {
	b := n.bytes(bv)
	if start < 0 || end > len(b) || start > end {
		return -2
	}
	var pat []byte
	if _, ok := value.(goja.String); ok {
		pat = stringBytes(value, enc)
	} else {
		pat = n.bytes(value)
	}
	if len(pat) == 0 {
		return -1
	}
	dst := b[start:end]
	i := copy(dst, pat)
	for i < len(dst) {
		i += copy(dst[i:], dst[:i])
	}
	return end
}

// compare(a, b) is bytes.Compare over two views.
func (n *bufferNatives) compare(a, b goja.Value) int {
	return bytes.Compare(n.bytes(a), n.bytes(b))
}
