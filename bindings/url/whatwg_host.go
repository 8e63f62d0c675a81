package url

import (
	"strconv"
	"strings"
)

// This file is the URL standard's host parser: domains (through UTS #46),
// IPv4 addresses in all their legacy spellings, IPv6 addresses and the
// opaque hosts of non-special schemes.

// isForbiddenHost reports a forbidden host code point.
func isForbiddenHost(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

// isForbiddenDomain reports a forbidden domain code point.
func isForbiddenDomain(c rune) bool {
	return isForbiddenHost(c) || c <= 0x1F || c == '%' || c == 0x7F
}

// parseHost parses a URL's host; opaque is true for non-special schemes.
// ok is false on failure.
func parseHost(input string, opaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if opaque {
		for _, c := range input {
			if c != '%' && isForbiddenHost(c) {
				return "", false
			}
		}
		return percentEncode(input, c0Set), true
	}
	return parseDomainHost(input)
}

// parseDomainHost is the host parser for special schemes: percent-decode,
// domain to ASCII, then IPv4 when the name ends in a number.
func parseDomainHost(input string) (string, bool) {
	domain := strings.ToValidUTF8(string(percentDecode(input)), "\uFFFD")
	ascii, ok := domainToASCII(domain)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if isForbiddenDomain(c) {
			return "", false
		}
	}
	if endsInNumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v), true
	}
	return ascii, true
}

// domainToASCII runs UTS #46 ToASCII as the URL standard does (not
// strict); plain lower-case ASCII names skip the tables.
func domainToASCII(domain string) (string, bool) {
	simple := domain != ""
	for i := 0; i < len(domain) && simple; i++ {
		c := domain[i]
		simple = c < 0x80 && !(c >= 'A' && c <= 'Z')
	}
	if simple && !strings.HasPrefix(domain, "xn--") && !strings.Contains(domain, ".xn--") {
		return domain, true
	}
	a, err := whatwg().ToASCII(domain)
	if err != nil || a == "" {
		return "", false
	}
	return a, true
}

// endsInNumber reports whether the last label (ignoring one trailing dot)
// is a number, which makes the host an IPv4 address.
func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := 10
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s, base = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, base = s[1:], 8
	}
	if s == "" {
		return 0, true
	}
	for _, c := range s {
		var ok bool
		switch base {
		case 8:
			ok = c >= '0' && c <= '7'
		case 10:
			ok = c >= '0' && c <= '9'
		default:
			ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
		}
		if !ok {
			return 0, false
		}
	}
	v, err := strconv.ParseUint(s, base, 64)
	if err != nil {
		// Too large for 64 bits is still a number, and too large for IPv4.
		return 1 << 40, true
	}
	return v, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." +
		strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func parseIPv6(s string) ([8]uint16, bool) {
	var addr [8]uint16
	piece, compress := 0, -1
	i := 0
	if strings.HasPrefix(s, ":") {
		if !strings.HasPrefix(s, "::") {
			return addr, false
		}
		i = 2
		piece++
		compress = piece
	}
	for i < len(s) {
		if piece == 8 {
			return addr, false
		}
		if s[i] == ':' {
			if compress != -1 {
				return addr, false
			}
			i++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && i < len(s) && hexVal(s[i]) >= 0 {
			value = value*16 + hexVal(s[i])
			i++
			length++
		}
		if i < len(s) && s[i] == '.' {
			if length == 0 {
				return addr, false
			}
			i -= length
			if piece > 6 {
				return addr, false
			}
			seen := 0
			for i < len(s) {
				v := -1
				if seen > 0 {
					if s[i] == '.' && seen < 4 {
						i++
					} else {
						return addr, false
					}
				}
				if i >= len(s) || s[i] < '0' || s[i] > '9' {
					return addr, false
				}
				for i < len(s) && s[i] >= '0' && s[i] <= '9' {
					n := int(s[i] - '0')
					if v == -1 {
						v = n
					} else if v == 0 {
						return addr, false
					} else {
						v = v*10 + n
					}
					if v > 255 {
						return addr, false
					}
					i++
				}
				addr[piece] = addr[piece]*0x100 + uint16(v)
				seen++
				if seen == 2 || seen == 4 {
					piece++
				}
			}
			if seen != 4 {
				return addr, false
			}
			break
		}
		if i < len(s) && s[i] == ':' {
			i++
			if i >= len(s) {
				return addr, false
			}
		} else if i < len(s) {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(addr [8]uint16) string {
	// The first longest run of two or more zero pieces is compressed.
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if addr[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && addr[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && addr[i] == 0 {
			continue
		}
		ignore0 = false
		if i == best {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteString(":")
			}
			ignore0 = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(addr[i]), 16))
		if i != 7 {
			b.WriteString(":")
		}
	}
	return b.String()
}

// percentDecode decodes %XX escapes into bytes, leaving malformed ones.
func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && hexVal(s[i+1]) >= 0 && hexVal(s[i+2]) >= 0 {
			out = append(out, byte(hexVal(s[i+1])<<4|hexVal(s[i+2])))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

// domainToUnicode is url.domainToUnicode: the host parsed as a special
// URL's, then its labels turned back into Unicode; "" on failure.
func domainToUnicode(s string) string {
	h, ok := parseDomainHost(s)
	if !ok {
		return ""
	}
	u, _ := whatwg().ToUnicode(h)
	return u
}
