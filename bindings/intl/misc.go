package intl

import (
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/text/collate"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

var pluralNames = map[plural.Form]string{plural.Other: "other", plural.Zero: "zero", plural.One: "one",
	plural.Two: "two", plural.Few: "few", plural.Many: "many"}

// pluralCategory is CLDR's plural category of the formatted decimal s
// ("1.50") in locale, cardinal or ordinal.
func pluralCategory(locale, kind, s string) string {
	tag, err := language.Parse(locale)
	if err != nil {
		tag = language.English
	}
	s = strings.TrimPrefix(s, "-")
	in, fr, _ := strings.Cut(s, ".")
	i, err := strconv.Atoi(in)
	if err != nil || len(in) > 9 {
		i = 1_000_000 // large integers: only the "many"/"other" rules see them
	}
	f, t := 0, 0
	v, w := len(fr), len(strings.TrimRight(fr, "0"))
	if v > 0 {
		f, _ = strconv.Atoi(fr)
		if w > 0 {
			t, _ = strconv.Atoi(strings.TrimRight(fr, "0"))
		}
	}
	rules := plural.Cardinal
	if kind == "ordinal" {
		rules = plural.Ordinal
	}
	return pluralNames[rules.MatchPlural(tag, i, v, w, f, t)]
}

var (
	collatorMu sync.Mutex
	collators  = map[string]*collate.Collator{}
)

// collator returns the collator for locale and options, made once per Go
// process (a collate.Collator is not safe for concurrent use, so callers
// hold collatorMu while they use it).
func collator(locale, sensitivity string, numeric, ignorePunct bool, caseFirst string) *collate.Collator {
	key := locale + "|" + sensitivity + "|" + strconv.FormatBool(numeric) + strconv.FormatBool(ignorePunct) + caseFirst
	if c, ok := collators[key]; ok {
		return c
	}
	tag, err := language.Parse(locale)
	if err != nil {
		tag = language.Und
	}
	var opts []collate.Option
	switch sensitivity {
	case "base":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics, collate.IgnoreWidth)
	case "accent":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreWidth)
	case "case":
		opts = append(opts, collate.IgnoreDiacritics, collate.IgnoreWidth)
	}
	if numeric {
		opts = append(opts, collate.Numeric)
	}
	if ignorePunct {
		opts = append(opts, collate.IgnoreWidth)
	}
	c := collate.New(tag, opts...)
	collators[key] = c
	return c
}

func installMisc(vm *goja.Runtime, o *goja.Object) {
	o.Set("pluralCategory", pluralCategory)
	o.Set("currencies", currencies)
	o.Set("timeZones", timeZones)
	o.Set("compare", func(call goja.FunctionCall) goja.Value {
		a, b := call.Argument(0).String(), call.Argument(1).String()
		if a == b {
			return vm.ToValue(0)
		}
		opts := call.Argument(2).ToObject(vm)
		collatorMu.Lock()
		defer collatorMu.Unlock()
		ignore := opts.Get("ignorePunctuation").ToBoolean()
		if ignore {
			a, b = stripPunct(a), stripPunct(b)
		}
		c := collator(opts.Get("locale").String(), opts.Get("sensitivity").String(),
			opts.Get("numeric").ToBoolean(), ignore, opts.Get("caseFirst").String())
		return vm.ToValue(c.CompareString(a, b))
	})
}

// stripPunct drops punctuation and spaces, which ignorePunctuation makes
// ignorable.
func stripPunct(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (r == ' ' || r == '\t' || r == '\n' || strings.ContainsRune("!\"#%&'()*,-./:;?@[\\]_{}", r)) {
			return -1
		}
		return r
	}, s)
}
