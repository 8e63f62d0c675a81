package intl

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// symbols are a locale's number symbols and patterns, read from what
// x/text's CLDR data formats for probe numbers.
type symbols struct {
	decimal, group, minus   string
	primary, secondary      int    // grouping sizes
	minGrouping             int    // CLDR minimumGroupingDigits
	percentPre, percentPost string // around the digits of a positive percent
	currencyAfter           bool   // "1,00 €" rather than "€1.00"
	currencySpace           bool   // a space between a leading symbol and the digits
	tag                     language.Tag
}

var (
	symbolsMu    sync.Mutex
	symbolsCache = map[string]*symbols{}
)

// minGroupingTwo are the languages whose CLDR minimumGroupingDigits is 2
// (1234 is written without a separator).
var minGroupingTwo = map[string]bool{"es": true, "it": true, "pl": true, "pt-PT": true}

// currencySuffix and currencyPrefixSpace give the position of the currency
// symbol in CLDR's standard currency pattern for the languages where it is
// not the leading "¤#,##0.00".
var currencySuffix = map[string]bool{"de": true, "fr": true, "es": true, "it": true, "ru": true, "sv": true,
	"pl": true, "fi": true, "da": true, "nb": true, "no": true, "cs": true, "sk": true, "pt-PT": true, "uk": true}
var currencyPrefixSpace = map[string]bool{"nl": true, "pt": true}

func localeSymbols(locale string) *symbols {
	symbolsMu.Lock()
	defer symbolsMu.Unlock()
	if s, ok := symbolsCache[locale]; ok {
		return s
	}
	tag, err := language.Parse(locale)
	if err != nil {
		tag = language.AmericanEnglish
	}
	p := message.NewPrinter(tag)
	s := &symbols{tag: tag, primary: 3, minGrouping: 1, decimal: ".", group: ",", minus: "-"}
	probe := p.Sprint(number.Decimal(-1234567.5))
	// The probe is minus, "1", group, "234" (or "12", group, "34"), group,
	// "567", decimal, "5"; x/text writes the locale's own digits, which
	// node's latn default does not, so only ASCII-digit probes are read.
	if i := strings.Index(probe, "1"); i >= 0 && strings.HasSuffix(probe, "5") {
		s.minus = strings.TrimLeft(probe[:i], "\u200e\u200f")
		if s.minus == "" {
			s.minus = "-"
		}
		rest := probe[i:]
		if j := strings.Index(rest, "567"); j >= 0 {
			s.decimal = rest[j+3 : len(rest)-1]
			head := rest[:j]
			if k := strings.Index(head, "234"); k > 1 {
				s.group = head[1:k]
			} else if k := strings.Index(head, "34"); k > 2 {
				s.group = head[2:k]
				s.secondary = 2
			}
		}
	}
	if s.secondary == 0 {
		s.secondary = s.primary
	}
	lang, _ := tag.Base()
	reg, _ := tag.Region()
	key := lang.String()
	full := key + "-" + reg.String()
	if minGroupingTwo[key] || minGroupingTwo[full] {
		s.minGrouping = 2
	}
	pct := p.Sprint(number.Percent(0.5))
	if i := strings.Index(pct, "50"); i >= 0 && !strings.ContainsAny(pct, "\u0660\u06f0") {
		s.percentPre, s.percentPost = pct[:i], pct[i+2:]
	} else {
		s.percentPost = "%"
	}
	s.currencyAfter = currencySuffix[key] && !currencyPrefixSpace[full] || currencySuffix[full]
	s.currencySpace = currencyPrefixSpace[key] && !currencySuffix[full]
	symbolsCache[locale] = s
	return s
}

// numOptions are a NumberFormat's resolved options, as the JS side passes
// them.
type numOptions struct {
	style, currency, currencyDisplay, currencySign string
	unit, unitDisplay                              string
	notation, compactDisplay, signDisplay          string
	useGrouping                                    string // "auto", "always", "min2" or "false"
	minInt, minFrac, maxFrac, minSig, maxSig       int
	roundingPriority                               string // only "auto" is honoured
}

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
func (d decimal) round(n int) decimal {
	if n >= len(d.digits) {
		return d
	}
	if n < 0 {
		return decimal{}
	}
	up := d.digits[n] >= '5'
	b := []byte(d.digits[:n])
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
			d.exp++
		}
	}
	s := strings.TrimRight(string(b), "0")
	if s == "" {
		return decimal{}
	}
	return decimal{digits: s, exp: d.exp}
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

// compact scales d by the locale's compact pattern for its magnitude and
// rounds it with roundTo, moving to the next pattern when rounding carries
// into it; it returns the rounded number, its minimum fraction digits and
// the text before and after the digits.
func (o *numOptions) compact(s *symbols, d decimal, roundTo func(decimal) (decimal, int)) (decimal, int, string, string, bool) {
	lang, _ := s.tag.Base()
	region, _ := s.tag.Region()
	table, ok := compactPatterns[lang.String()+"-"+region.String()]
	if !ok {
		table, ok = compactPatterns[lang.String()]
	}
	if !ok {
		table = compactPatterns["en"]
	}
	rows := table[0]
	if o.compactDisplay == "long" {
		rows = table[1]
	}
	mag := d.exp - 1
	for {
		var row compactPattern
		if mag >= 3 {
			row = rows[min(mag, 18)-3]
		}
		sc := d
		sc.exp -= row.div
		r, mf := roundTo(sc)
		if newMag := r.exp - 1 + row.div; r.digits != "" && newMag > mag && mag < 18 {
			mag = newMag
			continue
		}
		if row.div == 0 {
			return r, mf, "", "", false
		}
		in, fr := r.intFrac(1, mf)
		num := in
		if fr != "" {
			num += "." + fr
		}
		pat, ok := row.forms[pluralCategory(s.tag.String(), "cardinal", num)]
		if one, isOne := row.forms["1"]; isOne && num == "1" {
			pat, ok = one, true
		}
		if !ok {
			pat = row.forms["other"]
		}
		before, after, ok := strings.Cut(pat, "{0}")
		if !ok {
			return r, mf, "", pat, true
		}
		return r, mf, before, after, false
	}
}

// compactPattern is one magnitude's compact form: the power of ten the
// number is divided by and the pattern for each plural category.
type compactPattern struct {
	div   int
	forms map[string]string
}

// affixParts splits text around a number into parts of type t, with the
// spaces at its ends as literals.
func affixParts(t, text string) []string {
	if text == "" {
		return nil
	}
	var out []string
	core := strings.TrimFunc(text, unicode.IsSpace)
	i := strings.Index(text, core)
	if core == "" {
		return []string{"literal", text}
	}
	if i > 0 {
		out = append(out, "literal", text[:i])
	}
	out = append(out, t, core)
	if rest := text[i+len(core):]; rest != "" {
		out = append(out, "literal", rest)
	}
	return out
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
				d = d.round(d.exp)
			} else {
				d = d.round(2)
			}
			mf = 0
		case o.maxSig > 0:
			d = d.round(o.maxSig)
			if d.digits != "" {
				if need := o.minSig - d.exp; need > mf {
					mf = need
				}
			} else if o.minSig > 1 {
				mf = o.minSig - 1
			}
		case maxFrac >= 0:
			d = d.round(d.exp + maxFrac)
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
		if one := currencyNames[o.currency]; one[0] != "" {
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

// currencySymbol is the currency's symbol in the locale for display
// ("symbol", "narrowSymbol", "code" or "name").
func currencySymbol(s *symbols, code, display string) string {
	u, err := currency.ParseISO(code)
	switch display {
	case "code":
		return code
	case "name":
		if n, ok := currencyNames[code]; ok {
			return n[1]
		}
		return code
	}
	if err != nil {
		return code
	}
	p := message.NewPrinter(s.tag)
	var out string
	if display == "narrowSymbol" {
		out = p.Sprint(currency.NarrowSymbol(u))
	} else {
		out = p.Sprint(currency.Symbol(u))
	}
	return out
}

// currencyDigits is the number of fraction digits ISO 4217 gives code.
func currencyDigits(code string) int {
	u, err := currency.ParseISO(code)
	if err != nil {
		return 2
	}
	scale, _ := currency.Standard.Rounding(u)
	return scale
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
			minSig: num("minimumSignificantDigits", 0), maxSig: num("maximumSignificantDigits", 0)}
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

// unitParts wraps the number's parts in the unit's English pattern.
func unitParts(o *numOptions, num []string, one bool) []string {
	di := map[string]int{"short": 0, "long": 1, "narrow": 2}[o.unitDisplay]
	pi := 1
	if one {
		pi = 0
	}
	pat := "{0} " + o.unit
	if p, ok := unitPatterns[o.unit]; ok {
		pat = p[di][pi]
	} else if a, b, ok := strings.Cut(o.unit, "-per-"); ok {
		pa, oka := unitPatterns[a]
		suffix, okb := perUnitSuffixes[b]
		c, compound := compoundUnits[o.unit]
		switch {
		case compound && di != 1:
			pat = c[di/2]
		case a == "percent" && di != 1:
			// ICU drops the denominator of a percentage in these forms.
			pat = pa[di][pi]
		case oka && okb:
			pat = pa[di][pi] + suffix[di]
		}
	}
	before, after, _ := strings.Cut(pat, "{0}")
	var out []string
	emit := func(s string) {
		lit := strings.TrimRight(s, " \u00a0")
		if strings.HasPrefix(s, " ") || strings.HasPrefix(s, "\u00a0") {
			r, n := utf8.DecodeRuneInString(s)
			_ = r
			out = append(out, "literal", s[:n])
			s = s[n:]
			lit = strings.TrimRight(s, " ")
		}
		if lit != "" {
			out = append(out, "unit", lit)
		}
		if rest := s[len(lit):]; rest != "" {
			out = append(out, "literal", rest)
		}
	}
	emit(before)
	out = append(out, num...)
	emit(after)
	return out
}
