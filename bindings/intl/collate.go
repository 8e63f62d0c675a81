package intl

import (
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var (
	collatorMu sync.Mutex
	collators  = map[string]*collate.Collator{}
)

// collator returns locale's collator at a strength (1 primary: letters;
// 2 secondary: and accents; 3 tertiary: and case), made once per Go
// process. A collate.Collator is not safe for concurrent use: callers hold
// collatorMu while they use it.
func collator(locale string, strength int, numeric bool) *collate.Collator {
	key := locale + "|" + strconv.Itoa(strength) + "|" + strconv.FormatBool(numeric)
	if c, ok := collators[key]; ok {
		return c
	}
	tag, err := language.Parse(locale)
	if err != nil {
		tag = language.Und
	}
	var opts []collate.Option
	switch strength {
	case 1:
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics, collate.IgnoreWidth)
	case 2:
		opts = append(opts, collate.IgnoreCase, collate.IgnoreWidth)
	}
	if numeric {
		opts = append(opts, collate.Numeric)
	}
	c := collate.New(tag, opts...)
	collators[key] = c
	return c
}

// compareStrings compares a and b as an Intl.Collator with these options
// does. x/text's collator has no case level and no caseFirst, so the case
// of strings whose letters (sensitivity "case") or letters and accents
// (upper first) are equal is compared here.
func compareStrings(a, b, locale, sensitivity string, numeric, ignorePunct bool, caseFirst string) int {
	if ignorePunct {
		a, b = stripPunct(a), stripPunct(b)
	}
	upper := caseFirst == "upper"
	collatorMu.Lock()
	defer collatorMu.Unlock()
	switch sensitivity {
	case "base":
		return collator(locale, 1, numeric).CompareString(a, b)
	case "accent":
		return collator(locale, 2, numeric).CompareString(a, b)
	case "case":
		if c := collator(locale, 1, numeric).CompareString(a, b); c != 0 {
			return c
		}
		return compareCase(a, b, upper)
	}
	if c := collator(locale, 2, numeric).CompareString(a, b); c != 0 {
		return c
	}
	if upper {
		if c := compareCase(a, b, true); c != 0 {
			return c
		}
	}
	return collator(locale, 3, numeric).CompareString(a, b)
}

// compareCase compares the case of a's and b's letters in order (lower
// first unless upper), as ICU's case level does for strings whose letters
// are equal; a letter that expands (æ, ß) counts once.
func compareCase(a, b string, upper bool) int {
	ka, kb := caseKey(a), caseKey(b)
	for i := 0; i < len(ka) && i < len(kb); i++ {
		if ka[i] != kb[i] {
			if (ka[i] == 'l') != upper {
				return -1
			}
			return 1
		}
	}
	return 0
}

// caseKey is "u" or "l" for each letter of s without its accents.
func caseKey(s string) string {
	var b strings.Builder
	for _, r := range stripMarks(s) {
		switch {
		case unicode.IsUpper(r):
			b.WriteByte('u')
		case unicode.IsLetter(r):
			b.WriteByte('l')
		}
	}
	return b.String()
}

// stripMarks removes the combining marks of s's canonical decomposition
// (the accents).
func stripMarks(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
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
