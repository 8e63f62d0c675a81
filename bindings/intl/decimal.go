package intl

import (
	"strconv"
	"strings"
)

// decimal is a non-negative number as digits (no leading zeros) and the
// position of the decimal point: value = 0.digits × 10^exp.
type decimal struct {
	digits string
	exp    int
}

func floatDecimal(f float64) decimal {
	if f == 0 {
		return decimal{}
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, ex, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(ex)
	digits := strings.Replace(mant, ".", "", 1)
	return decimal{digits: strings.TrimRight(digits, "0"), exp: e + 1}
}

// round keeps n digits (n may be ≤ 0), rounding half away from zero.
func (d decimal) round(n int) decimal { return d.roundMode(n, "halfExpand", false) }

// roundMode keeps n digits (n may be ≤ 0) of d, the magnitude of a number
// that is negative when neg, rounding by ECMA-402's roundingMode.
func (d decimal) roundMode(n int, mode string, neg bool) decimal {
	if n >= len(d.digits) || d.digits == "" {
		return d
	}
	first := byte('0')
	rest := true // digits after the first dropped one are not all zero
	keep := ""
	if n >= 0 {
		keep = d.digits[:n]
		first = d.digits[n]
		rest = n+1 < len(d.digits)
	}
	above := first > '5' || first == '5' && rest
	half := first == '5' && !rest
	odd := keep != "" && (keep[len(keep)-1]-'0')%2 == 1
	var up bool
	switch mode {
	case "trunc":
	case "expand":
		up = true
	case "ceil":
		up = !neg
	case "floor":
		up = neg
	case "halfTrunc":
		up = above
	case "halfCeil":
		up = above || half && !neg
	case "halfFloor":
		up = above || half && neg
	case "halfEven":
		up = above || half && odd
	default: // halfExpand
		up = above || half
	}
	exp := d.exp
	if n < 0 {
		exp -= n
		n = 0
	}
	b := []byte(keep)
	if up {
		i := n - 1
		for ; i >= 0; i-- {
			if b[i] == '9' {
				b[i] = '0'
				continue
			}
			b[i]++
			break
		}
		if i < 0 {
			b = append([]byte{'1'}, b...)
			exp++
		}
	}
	s := strings.TrimRight(string(b), "0")
	if s == "" {
		return decimal{}
	}
	return decimal{digits: s, exp: exp}
}

// intFrac returns the integer and fraction digits of d with at least
// minFrac fraction digits.
func (d decimal) intFrac(minInt, minFrac int) (string, string) {
	var in, fr string
	if d.digits == "" {
		in = "0"
	} else if d.exp <= 0 {
		in = "0"
		fr = strings.Repeat("0", -d.exp) + d.digits
	} else if d.exp >= len(d.digits) {
		in = d.digits + strings.Repeat("0", d.exp-len(d.digits))
	} else {
		in, fr = d.digits[:d.exp], d.digits[d.exp:]
	}
	if len(fr) < minFrac {
		fr += strings.Repeat("0", minFrac-len(fr))
	}
	if minInt > 0 && in == "0" && minInt >= 1 {
		in = strings.Repeat("0", minInt)
	} else if len(in) < minInt {
		in = strings.Repeat("0", minInt-len(in)) + in
	}
	return in, fr
}
