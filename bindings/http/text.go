package http

import "github.com/dop251/goja"

// The text checks every header and body goes through, done in Go: a
// regular expression test costs goja microseconds, a native call and a
// scan of the string a fraction of that.

// badHeaderChar reports whether s holds a character node refuses in a
// header value: anything but tab, visible ASCII, space and U+0080-U+00FF.
func badHeaderChar(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\t' {
			continue
		}
		if c < 0x80 {
			return true
		}
		// A multi-byte character: only U+0080-U+00FF (C2 or C3 leads).
		for _, r := range s[i:] {
			if r == '\t' || r >= 0x20 && r <= 0x7e || r >= 0x80 && r <= 0xff {
				continue
			}
			return true
		}
		return false
	}
	return false
}

// isASCII reports whether s is all 7-bit characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// textFuncs adds the checks to the binding object, as natives that take
// the call as it is (goja's reflection on a typed Go func costs more than
// the check).
func textFuncs(vm *goja.Runtime, o *goja.Object) {
	check := func(f func(string) bool) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(f(call.Argument(0).String()))
		}
	}
	o.Set("isToken", check(isToken))
	o.Set("badHeaderChar", check(badHeaderChar))
	o.Set("isASCII", check(isASCII))
	// utf8Length is Buffer.byteLength(s, 'utf8'): goja's string becomes
	// UTF-8 with lone surrogates as U+FFFD, three bytes each, as node counts.
	o.Set("utf8Length", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(len(call.Argument(0).String()))
	})
}
