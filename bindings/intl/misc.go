package intl

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
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
		return vm.ToValue(compareStrings(a, b, opts.Get("locale").String(), opts.Get("sensitivity").String(),
			opts.Get("numeric").ToBoolean(), opts.Get("ignorePunctuation").ToBoolean(), opts.Get("caseFirst").String()))
	})
}
