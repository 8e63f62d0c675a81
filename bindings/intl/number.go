package intl

import (
	"github.com/dop251/goja"
	"golang.org/x/text/currency"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numOptions are a NumberFormat's resolved options, as the JS side passes
// them.
type numOptions struct {
	style, currency, currencyDisplay, currencySign string
	unit, unitDisplay                              string
	notation, compactDisplay, signDisplay          string
	useGrouping                                    string // "auto", "always", "min2" or "false"
	minInt, minFrac, maxFrac, minSig, maxSig       int
	roundingMode, trailingZeroDisplay              string
}

// formatParts formats d (negative when neg) as the parts node's
// formatToParts gives, flattened to type, value pairs.
func (o *numOptions) formatParts(s *symbols, d decimal, neg bool, special string) []string {
	var parts []string
	add := func(t, v string) {
		if v != "" {
			parts = append(parts, t, v)
		}
	}
	minFrac, maxFrac := o.minFrac, o.maxFrac
	exponent := 0
	if o.style == "percent" && special == "" {
		d.exp += 2
	}
	if special == "" && (o.notation == "scientific" || o.notation == "engineering") && d.digits != "" {
		exponent = d.exp - 1
		if o.notation == "engineering" {
			exponent = int(math.Floor(float64(exponent)/3)) * 3
		}
		d.exp -= exponent
	}
	roundTo := func(d decimal) (decimal, int) {
		mf := minFrac
		switch {
		case o.notation == "compact" && o.minSig == 0 && o.maxFrac < 0:
			// Compact notation's default: two significant digits below
			// 100, none after the point above.
			if d.exp >= 2 {
				d = d.roundMode(d.exp, o.roundingMode, neg)
			} else {
				d = d.roundMode(2, o.roundingMode, neg)
			}
			mf = 0
		case o.maxSig > 0:
			d = d.roundMode(o.maxSig, o.roundingMode, neg)
			if d.digits != "" {
				if need := o.minSig - d.exp; need > mf {
					mf = need
				}
			} else if o.minSig > 1 {
				mf = o.minSig - 1
			}
		case maxFrac >= 0:
			d = d.roundMode(d.exp+maxFrac, o.roundingMode, neg)
		}
		return d, mf
	}
	compactBefore, compactAfter := "", ""
	wordOnly := false // the compact pattern is a word for the number
	if special == "" {
		if o.notation == "compact" && d.digits != "" {
			d, minFrac, compactBefore, compactAfter, wordOnly = o.compact(s, d, roundTo)
		} else {
			d, minFrac = roundTo(d)
		}
		// Rounding up can carry into a new digit (9.995E2 to 10.00E2).
		if o.notation == "scientific" && d.exp > 1 {
			d.exp--
			exponent++
		} else if o.notation == "engineering" && d.exp > 3 {
			d.exp -= 3
			exponent += 3
		}
	}
	if d.digits == "" && o.signDisplay != "negative" {
		// -0 keeps its sign as node prints it, except with "negative".
	} else if d.digits == "" {
		neg = false
	}
	if o.trailingZeroDisplay == "stripIfInteger" && (d.digits == "" || d.exp >= len(d.digits)) {
		minFrac = 0
	}
	in, fr := d.intFrac(o.minInt, minFrac)
	if o.notation == "compact" && special == "" {
		in, fr = d.intFrac(1, minFrac)
	}
	sign := ""
	switch o.signDisplay {
	case "auto", "":
		if neg {
			sign = "minusSign"
		}
	case "always":
		sign = "plusSign"
		if neg {
			sign = "minusSign"
		}
	case "exceptZero":
		if d.digits == "" && special != "infinity" {
			sign = ""
		} else if neg {
			sign = "minusSign"
		} else if special != "nan" {
			sign = "plusSign"
		}
	case "negative":
		if neg && (d.digits != "" || special == "infinity") {
			sign = "minusSign"
		}
	case "never":
	}
	if special == "nan" && o.signDisplay != "always" {
		sign = ""
	}
	accounting := o.style == "currency" && o.currencySign == "accounting" && sign == "minusSign" && !s.currencyAfter
	curSym := ""
	if o.style == "currency" {
		curSym = currencySymbol(s, o.currency, o.currencyDisplay)
	}
	if accounting {
		add("literal", "(")
	} else if sign == "minusSign" {
		add("minusSign", s.minus)
	} else if sign == "plusSign" {
		add("plusSign", "+")
	}
	if o.style == "currency" && !s.currencyAfter && o.currencyDisplay != "name" {
		add("currency", curSym)
		last, _ := utf8.DecodeLastRuneInString(curSym)
		if s.currencySpace || unicode.IsLetter(last) && special == "" {
			add("literal", "\u00a0")
		}
	}
	if o.style == "percent" {
		add("literal", s.percentPre)
	}
	switch special {
	case "nan":
		add("nan", "NaN")
	case "infinity":
		add("infinity", "∞")
	default:
		if wordOnly {
			add("compact", compactAfter)
			break
		}
		parts = append(parts, affixParts("compact", compactBefore)...)
		grouping := o.useGrouping != "false"
		if grouping && o.notation == "compact" && o.useGrouping == "min2" && len(in) < 5 {
			grouping = false
		}
		if grouping && (o.useGrouping == "min2" || o.useGrouping == "auto") && len(in) < s.primary+s.minGrouping+boolInt(o.useGrouping == "min2" && s.minGrouping < 2) {
			grouping = false
		}
		if grouping && len(in) > s.primary {
			var groups []string
			head := in[:len(in)-s.primary]
			for len(head) > s.secondary {
				groups = append([]string{head[len(head)-s.secondary:]}, groups...)
				head = head[:len(head)-s.secondary]
			}
			groups = append([]string{head}, groups...)
			groups = append(groups, in[len(in)-s.primary:])
			for i, g := range groups {
				if i > 0 {
					add("group", s.group)
				}
				add("integer", g)
			}
		} else {
			add("integer", in)
		}
		if fr != "" {
			add("decimal", s.decimal)
			add("fraction", fr)
		}
		if o.notation == "scientific" || o.notation == "engineering" {
			add("exponentSeparator", "E")
			if exponent < 0 {
				add("exponentMinusSign", "-")
			}
			add("exponentInteger", strconv.Itoa(abs(exponent)))
		}
		parts = append(parts, affixParts("compact", compactAfter)...)
	}
	if o.style == "percent" {
		pre, post := "", s.percentPost
		if i := strings.Index(post, "%"); i >= 0 {
			pre, post = post[:i], post[i:]
		}
		add("literal", pre)
		add("percentSign", post)
	}
	if o.style == "currency" && o.currencyDisplay == "name" {
		add("literal", " ")
		add("currency", curSym)
		if one := currencyNames()[o.currency]; one[0] != "" {
			if in == "1" && fr == "" && !neg || in == "1" && fr == "" {
				parts[len(parts)-1] = one[0]
			} else {
				parts[len(parts)-1] = one[1]
			}
		}
	} else if o.style == "currency" && s.currencyAfter {
		add("literal", "\u00a0")
		add("currency", curSym)
	}
	if accounting {
		add("literal", ")")
	}
	if o.style == "unit" {
		parts = unitParts(o, parts, in == "1" && fr == "")
	}
	return parts
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func installNumber(vm *goja.Runtime, o *goja.Object) {
	// numberFormatter(locale, options) returns a function of a number (or a
	// BigInt's decimal string) that returns the flattened parts.
	o.Set("numberFormatter", func(locale string, opts *goja.Object) goja.Value {
		s := localeSymbols(locale)
		get := func(k string) string {
			v := opts.Get(k)
			if v == nil || goja.IsUndefined(v) {
				return ""
			}
			return v.String()
		}
		num := func(k string, def int) int {
			v := opts.Get(k)
			if v == nil || goja.IsUndefined(v) {
				return def
			}
			return int(v.ToInteger())
		}
		no := &numOptions{style: get("style"), currency: get("currency"), currencyDisplay: get("currencyDisplay"),
			currencySign: get("currencySign"), unit: get("unit"), unitDisplay: get("unitDisplay"),
			notation: get("notation"), compactDisplay: get("compactDisplay"), signDisplay: get("signDisplay"),
			useGrouping: get("useGrouping"), minInt: num("minimumIntegerDigits", 1),
			minFrac: num("minimumFractionDigits", 0), maxFrac: num("maximumFractionDigits", -1),
			minSig: num("minimumSignificantDigits", 0), maxSig: num("maximumSignificantDigits", 0),
			roundingMode: get("roundingMode"), trailingZeroDisplay: get("trailingZeroDisplay")}
		return vm.ToValue(func(call goja.FunctionCall) goja.Value {
			v := call.Argument(0)
			var parts []string
			if str, ok := v.Export().(string); ok {
				neg := strings.HasPrefix(str, "-")
				digits := strings.TrimLeft(strings.TrimPrefix(str, "-"), "0")
				d := decimal{digits: strings.TrimRight(digits, "0"), exp: len(digits)}
				parts = no.formatParts(s, d, neg, "")
			} else {
				f := v.ToFloat()
				neg := math.Signbit(f)
				special := ""
				switch {
				case math.IsNaN(f):
					special = "nan"
					neg = false
				case math.IsInf(f, 0):
					special = "infinity"
				}
				parts = no.formatParts(s, floatDecimal(math.Abs(f)), neg, special)
			}
			vals := make([]any, len(parts))
			for i, p := range parts {
				vals[i] = p
			}
			return vm.NewArray(vals...)
		})
	})
	o.Set("currencyDigits", currencyDigits)
	o.Set("isCurrency", func(code string) bool {
		_, err := currency.ParseISO(code)
		return err == nil
	})
}
