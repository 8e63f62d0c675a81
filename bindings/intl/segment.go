package intl

import (
	"unicode"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/rivo/uniseg"
)

// segments splits s by granularity ("grapheme", "word" or "sentence", as
// Unicode's UAX #29 defines them) and returns each segment's start in UTF-16
// code units, doubled, plus one when the segment is word-like (has a
// letter, a digit or an ideograph), then the length of s doubled.
func segments(s string, granularity string) []int64 {
	out := make([]int64, 0, len(s)/2+2)
	pos := int64(0)
	add := func(seg string) {
		flag := int64(0)
		if granularity == "word" && wordLike(seg) {
			flag = 1
		}
		out = append(out, pos*2+flag)
		pos += utf16Len(seg)
	}
	state := -1
	rest := s
	var seg string
	for rest != "" {
		switch granularity {
		case "word":
			seg, rest, state = uniseg.FirstWordInString(rest, state)
		case "sentence":
			seg, rest, state = uniseg.FirstSentenceInString(rest, state)
		default:
			if c := rest[0]; c < utf8.RuneSelf && c != '\r' && (len(rest) == 1 || rest[1] < utf8.RuneSelf) {
				seg, rest = rest[:1], rest[1:]
				state = -1
			} else {
				seg, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
			}
		}
		add(seg)
	}
	return append(out, pos*2)
}

func utf16Len(s string) int64 {
	n := int64(0)
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func wordLike(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}

func installSegment(vm *goja.Runtime, o *goja.Object) {
	o.Set("segments", func(call goja.FunctionCall) goja.Value {
		b := segments(call.Argument(0).String(), call.Argument(1).String())
		vals := make([]any, len(b))
		for i, v := range b {
			vals[i] = v
		}
		return vm.NewArray(vals...)
	})
}
