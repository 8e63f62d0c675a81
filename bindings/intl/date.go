package intl

import (
	"bufio"
	"embed"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// utcNames are the zone names ICU canonicalizes to "UTC".
var utcNames = map[string]bool{"utc": true, "etc/utc": true, "etc/gmt": true, "gmt": true, "etc/universal": true,
	"etc/zulu": true, "universal": true, "zulu": true, "etc/uct": true, "uct": true, "etc/gmt0": true,
	"etc/gmt+0": true, "etc/gmt-0": true, "gmt0": true, "gmt+0": true, "gmt-0": true, "etc/greenwich": true, "greenwich": true}

// zoneIndex maps the lower-cased names of the system's time zone database
// (zones and links, from its tzdata.zi) to their spelling and links to
// their targets.
var zoneIndex = sync.OnceValues(func() (map[string]string, map[string]string) {
	names := map[string]string{}
	links := map[string]string{}
	f, err := os.Open("/usr/share/zoneinfo/tzdata.zi")
	if err != nil {
		return names, links
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 2 && fields[0] == "Z":
			names[strings.ToLower(fields[1])] = fields[1]
		case len(fields) >= 3 && fields[0] == "L":
			names[strings.ToLower(fields[2])] = fields[2]
			links[fields[2]] = fields[1]
		}
	}
	return names, links
})

// canonicalTimeZone returns the name node reports for zone (matched
// case-insensitively), or "" when there is no such zone.
func canonicalTimeZone(zone string) string {
	if utcNames[strings.ToLower(zone)] {
		return "UTC"
	}
	if zone == "" || strings.HasPrefix(zone, "/") || strings.Contains(zone, "..") || strings.EqualFold(zone, "local") {
		return ""
	}
	names, links := zoneIndex()
	name, ok := names[strings.ToLower(zone)]
	if !ok {
		if _, err := time.LoadLocation(zone); err != nil {
			return ""
		}
		name = zone
	}
	if alias, ok := zoneAliases()[name]; ok {
		return alias
	}
	for _, r := range zoneRegions {
		if strings.HasPrefix(name, r) {
			return name
		}
	}
	if target, ok := links[name]; ok {
		return target
	}
	return name
}

// defaultTimeZone is the zone node uses: TZ, else the link /etc/localtime
// names. An empty TZ is "Etc/Unknown" and one that names no zone is ""
// (node reports no time zone then); both format as UTC.
func defaultTimeZone() string {
	if tz, ok := os.LookupEnv("TZ"); ok {
		if tz == "" {
			return "Etc/Unknown"
		}
		return canonicalTimeZone(strings.TrimPrefix(tz, ":"))
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
		if zone != "UTC" && zone != "" && zone != "Etc/Unknown" {
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
