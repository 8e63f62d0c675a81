package intl

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// compact scales d by the locale's compact pattern for its magnitude and
// rounds it with roundTo, moving to the next pattern when rounding carries
// into it; it returns the rounded number, its minimum fraction digits and
// the text before and after the digits.
func (o *numOptions) compact(s *symbols, d decimal, roundTo func(decimal) (decimal, int)) (decimal, int, string, string, bool) {
	lang, _ := s.tag.Base()
	region, _ := s.tag.Region()
	table, ok := compactPatterns()[lang.String()+"-"+region.String()]
	if !ok {
		table, ok = compactPatterns()[lang.String()]
	}
	if !ok {
		table = compactPatterns()["en"]
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

// unitParts wraps the number's parts in the unit's English pattern.
func unitParts(o *numOptions, num []string, one bool) []string {
	di := map[string]int{"short": 0, "long": 1, "narrow": 2}[o.unitDisplay]
	pi := 1
	if one {
		pi = 0
	}
	pat := "{0} " + o.unit
	if p, ok := unitPatterns()[o.unit]; ok {
		pat = p[di][pi]
	} else if a, b, ok := strings.Cut(o.unit, "-per-"); ok {
		pa, oka := unitPatterns()[a]
		suffix, okb := perUnitSuffixes()[b]
		c, compound := compoundUnits()[o.unit]
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
