package util

import (
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// decodeUTF8 is decodeUTF8(bytes, fatal, stream): it decodes bytes as the
// WHATWG Encoding Standard's UTF-8 decoder does and returns
// [text, pendingByteCount], or null when fatal is set and the input is
// malformed. With stream set, an incomplete sequence at the end is left
// undecoded and counted in pendingByteCount for the next call.
func decodeUTF8(r *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := r.VM()
	b, ok := r.Bytes(call.Argument(0))
	if !ok && !goja.IsUndefined(call.Argument(0)) {
		panic(vm.NewTypeError("decodeUTF8: not a buffer source"))
	}
	fatal := call.Argument(1).ToBoolean()
	stream := call.Argument(2).ToBoolean()
	s, pending, valid := decodeWHATWG(b, fatal, stream)
	if !valid {
		return goja.Null()
	}
	return vm.NewArray(s, pending)
}

// decodeWHATWG decodes b, replacing each maximal invalid subpart with
// U+FFFD (or failing, when fatal). With stream set, a trailing incomplete
// sequence is not decoded; its length is returned.
func decodeWHATWG(b []byte, fatal, stream bool) (string, int, bool) {
	if utf8.Valid(b) {
		return string(b), 0, true
	}
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	i := 0
	for i < len(b) {
		c := b[i]
		if c < 0x80 {
			sb.WriteByte(c)
			i++
			continue
		}
		need, lower, upper := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c == 0xE0:
			need, lower = 2, 0xA0
		case c == 0xED:
			need, upper = 2, 0x9F
		case c >= 0xE1 && c <= 0xEF:
			need = 2
		case c == 0xF0:
			need, lower = 3, 0x90
		case c == 0xF4:
			need, upper = 3, 0x8F
		case c >= 0xF1 && c <= 0xF3:
			need = 3
		}
		if need == 0 {
			if fatal {
				return "", 0, false
			}
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		j := i + 1
		bad := false
		for k := 0; k < need; k++ {
			if j >= len(b) {
				if stream {
					return sb.String(), len(b) - i, true
				}
				bad = true
				break
			}
			if b[j] < lower || b[j] > upper {
				bad = true
				break
			}
			lower, upper = 0x80, 0xBF
			j++
		}
		if bad {
			if fatal {
				return "", 0, false
			}
			sb.WriteRune(utf8.RuneError)
			i = j
			continue
		}
		sb.Write(b[i:j])
		i = j
	}
	return sb.String(), 0, true
}
