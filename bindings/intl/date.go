package intl

import (
	"embed"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// utcNames are the zone names ICU canonicalizes to "UTC".
var utcNames = map[string]bool{"utc": true, "etc/utc": true, "etc/gmt": true, "gmt": true, "etc/universal": true,
	"etc/zulu": true, "universal": true, "zulu": true, "etc/uct": true, "uct": true, "etc/gmt0": true,
	"etc/gmt+0": true, "etc/gmt-0": true, "gmt0": true, "gmt+0": true, "gmt-0": true, "etc/greenwich": true, "greenwich": true}

// canonicalTimeZone returns the IANA name of zone as node reports it, or ""
// when the time zone database has no such zone.
func canonicalTimeZone(zone string) string {
	if utcNames[strings.ToLower(zone)] {
		return "UTC"
	}
	if zone == "" || strings.HasPrefix(zone, "/") || strings.Contains(zone, "..") || strings.EqualFold(zone, "local") {
		return ""
	}
	if _, err := time.LoadLocation(zone); err == nil {
		return zone
	}
	// Node matches names case-insensitively; retry with each part in
	// title case, which is how the database spells most of them.
	parts := strings.Split(zone, "/")
	for i, p := range parts {
		words := strings.Split(strings.ToLower(p), "_")
		for j, w := range words {
			if w != "" && (i > 0 || len(w) > 3 || len(parts) > 1) {
				words[j] = strings.ToUpper(w[:1]) + w[1:]
			} else {
				words[j] = strings.ToUpper(w)
			}
		}
		parts[i] = strings.Join(words, "_")
	}
	z := strings.Join(parts, "/")
	if _, err := time.LoadLocation(z); err == nil {
		return z
	}
	return ""
}

// defaultTimeZone is the zone node uses: TZ, else the link /etc/localtime
// names.
func defaultTimeZone() string {
	if tz, ok := os.LookupEnv("TZ"); ok && tz != "" {
		if z := canonicalTimeZone(strings.TrimPrefix(tz, ":")); z != "" {
			return z
		}
		return "UTC"
	}
	if target, err := filepath.EvalSymlinks("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			if z := canonicalTimeZone(target[i+len("zoneinfo/"):]); z != "" {
				return z
			}
		}
	}
	return "UTC"
}

func installDate(vm *goja.Runtime, o *goja.Object) {
	o.Set("defaultTimeZone", defaultTimeZone)
	o.Set("datePatterns", datePatterns)
	o.Set("canonicalTimeZone", canonicalTimeZone)
	// dateFields returns year, month (1-12), day, weekday (0 is Sunday),
	// hour, minute, second, millisecond, the offset in minutes and the
	// zone's abbreviation for the time ms in zone.
	o.Set("dateFields", func(ms float64, zone string) goja.Value {
		loc := time.UTC
		if zone != "UTC" {
			if l, err := time.LoadLocation(zone); err == nil {
				loc = l
			}
		}
		sec := math.Floor(ms / 1000)
		t := time.Unix(int64(sec), int64(ms-sec*1000)*int64(time.Millisecond)).In(loc)
		name, off := t.Zone()
		return vm.NewArray(t.Year(), int(t.Month()), t.Day(), int(t.Weekday()), t.Hour(), t.Minute(), t.Second(),
			t.Nanosecond()/int(time.Millisecond), off/60, name)
	})
}

// dateData holds CLDR's date and time patterns and names (Unicode
// license) for the locales it names, as node's ICU resolves them for the
// component combinations DateTimeFormat takes.
//
//go:embed data
var dateData embed.FS

// datePatterns returns the JSON data of the locale closest to locale
// ("" when none is near; callers use en-US's).
func datePatterns(locale string) string {
	candidates := []string{locale}
	lang, region, _ := strings.Cut(locale, "-")
	switch lang {
	case "en":
		if region == "GB" || region == "IE" || region == "AU" || region == "NZ" {
			candidates = append(candidates, "en-GB")
		}
		candidates = append(candidates, "en-US")
	case "de":
		candidates = append(candidates, "de-DE")
	case "fr":
		candidates = append(candidates, "fr-FR")
	case "ja":
		candidates = append(candidates, "ja-JP")
	}
	for _, c := range candidates {
		if b, err := dateData.ReadFile("data/dates-" + c + ".json"); err == nil {
			return string(b)
		}
	}
	return ""
}
