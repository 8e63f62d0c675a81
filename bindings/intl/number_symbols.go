package intl

import (
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
	"strings"
	"sync"
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

// currencySymbol is the currency's symbol in the locale for display
// ("symbol", "narrowSymbol", "code" or "name").
func currencySymbol(s *symbols, code, display string) string {
	u, err := currency.ParseISO(code)
	switch display {
	case "code":
		return code
	case "name":
		if n, ok := currencyNames()[code]; ok {
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
