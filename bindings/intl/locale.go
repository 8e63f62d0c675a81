package intl

import (
	"os"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/text/language"
)

// canonicalTag checks tag as a Unicode BCP 47 locale identifier and returns
// it in canonical case, or false when it is not one (node's RangeError
// "Incorrect locale information provided").
func canonicalTag(tag string) (string, bool) {
	if tag == "" || strings.ContainsAny(tag, "_ ") {
		return "", false
	}
	parts := strings.Split(strings.ToLower(tag), "-")
	out := make([]string, 0, len(parts))
	isAlpha := func(s string) bool {
		for _, c := range s {
			if c < 'a' || c > 'z' {
				return false
			}
		}
		return true
	}
	isAlnum := func(s string) bool {
		for _, c := range s {
			if (c < 'a' || c > 'z') && (c < '0' || c > '9') {
				return false
			}
		}
		return true
	}
	isDigits := func(s string) bool {
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
		}
		return s != ""
	}
	i := 0
	lang := parts[0]
	if !isAlpha(lang) || !(len(lang) >= 2 && len(lang) <= 3 || len(lang) >= 5 && len(lang) <= 8) {
		return "", false
	}
	out = append(out, lang)
	i++
	if i < len(parts) && len(parts[i]) == 4 && isAlpha(parts[i]) {
		out = append(out, strings.ToUpper(parts[i][:1])+parts[i][1:])
		i++
	}
	if i < len(parts) && (len(parts[i]) == 2 && isAlpha(parts[i]) || len(parts[i]) == 3 && isDigits(parts[i])) {
		out = append(out, strings.ToUpper(parts[i]))
		i++
	}
	seen := map[string]bool{}
	for i < len(parts) {
		v := parts[i]
		if !(len(v) >= 5 && len(v) <= 8 && isAlnum(v) || len(v) == 4 && v[0] >= '0' && v[0] <= '9' && isAlnum(v)) {
			break
		}
		if seen[v] {
			return "!" + strings.ToLower(tag), false
		}
		seen[v] = true
		out = append(out, v)
		i++
	}
	singletons := map[string]bool{}
	for i < len(parts) {
		s := parts[i]
		if len(s) != 1 || !isAlnum(s) || singletons[s] {
			return "", false
		}
		singletons[s] = true
		i++
		start := i
		min := 2
		if s == "x" {
			min = 1
		}
		for i < len(parts) && len(parts[i]) >= min && len(parts[i]) <= 8 && isAlnum(parts[i]) && (s == "x" || len(parts[i]) > 1) {
			i++
		}
		if i == start && s != "u" {
			return "", false
		}
		if s == "u" && i == start {
			return "", false
		}
		out = append(out, s)
		if s == "u" {
			out = append(out, dedupeKeywords(parts[start:i])...)
		} else {
			out = append(out, parts[start:i]...)
		}
		if s == "x" {
			if i != len(parts) {
				return "", false
			}
		}
	}
	return strings.Join(out, "-"), true
}

// dedupeKeywords drops the second and later occurrences of a -u- key
// with their values, as V8 does.
func dedupeKeywords(sub []string) []string {
	var out []string
	seen := map[string]bool{}
	skip := false
	for _, p := range sub {
		if len(p) == 2 {
			skip = seen[p]
			seen[p] = true
		}
		if !skip {
			out = append(out, p)
		}
	}
	return out
}

// envLocale is the default locale as node's ICU takes it from the
// environment: LC_ALL, LC_MESSAGES, then LANG, without the codeset; "C"
// and "POSIX" (and nothing set) are en-US.
func envLocale() string {
	v := ""
	set := false
	// The first of them that is set decides, even when it is empty.
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s, ok := os.LookupEnv(k); ok {
			v, set = s, true
			break
		}
	}
	if !set {
		return "en-US"
	}
	if v == "" {
		return "und"
	}
	if i := strings.IndexAny(v, ".@"); i >= 0 {
		v = v[:i]
	}
	if v == "C" || v == "POSIX" {
		return "en-US"
	}
	tag, ok := canonicalTag(strings.ReplaceAll(v, "_", "-"))
	if !ok {
		return "en-US"
	}
	return tag
}

// available reports whether the locale data has tag's language, and
// returns the tag trimmed to what it has (language, script, region;
// extensions are handled by the callers).
func available(tag string) (string, bool) {
	parts := strings.Split(tag, "-")
	if parts[0] == "und" {
		return "", false
	}
	b, err := language.ParseBase(parts[0])
	if err != nil || b.String() != parts[0] {
		return "", false
	}
	out := []string{parts[0]}
	for _, p := range parts[1:] {
		if len(p) == 1 {
			break
		}
		if len(p) == 4 {
			if _, err := language.ParseScript(p); err == nil {
				out = append(out, p)
			}
			continue
		}
		if len(p) == 2 || len(p) == 3 {
			if r, err := language.ParseRegion(p); err == nil && r.IsCountry() || len(p) == 3 && err == nil {
				out = append(out, p)
			}
			continue
		}
	}
	return strings.Join(out, "-"), true
}

func installLocale(vm *goja.Runtime, o *goja.Object) {
	def := envLocale()
	o.Set("defaultLocale", func() string {
		if t, ok := available(def); ok {
			return t
		}
		return def
	})
	// canonicalize returns the canonical tag, "" for an invalid one, or
	// "!" and the lower-cased tag for one with a repeated variant.
	o.Set("canonicalize", func(tag string) string {
		t, ok := canonicalTag(tag)
		if !ok && !strings.HasPrefix(t, "!") {
			return ""
		}
		return t
	})
	// lookup returns the available form of a canonical tag, or "".
	o.Set("lookup", func(tag string) string {
		t, ok := available(tag)
		if !ok {
			return ""
		}
		return t
	})
}
