package runtime

import (
	"strings"
	"unicode/utf8"
)

// DecodeUTF8 decodes b as the WHATWG Encoding Standard's UTF-8 decoder
// (and Node) does: each maximal invalid subsequence becomes one U+FFFD, or
// decoding fails (ok false) when fatal is set. With stream set, a trailing
// incomplete sequence is left undecoded and its length returned as pending.
func DecodeUTF8(b []byte, fatal, stream bool) (s string, pending int, ok bool) {
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
