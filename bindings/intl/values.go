package intl

import (
	"bufio"
	"os"
	"sort"
	"strings"

	"golang.org/x/text/currency"
)

// currencies lists the ISO 4217 codes of current legal tender, as CLDR's
// region data (in x/text) has them, sorted.
func currencies() []string {
	seen := map[string]bool{}
	it := currency.Query()
	for it.Next() {
		seen[it.Unit().String()] = true
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// zoneRegions are the areas of the time zone database whose zones
// supportedValuesOf('timeZone') lists (not Etc/ and not the old
// country-named links).
var zoneRegions = []string{"Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/",
	"Europe/", "Indian/", "Pacific/"}

// timeZones lists the zones and links of the system's time zone database
// (its tzdata.zi) in those areas, sorted; nil when there is none.
func timeZones() []string {
	f, err := os.Open("/usr/share/zoneinfo/tzdata.zi")
	if err != nil {
		return []string{"UTC"}
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		var name string
		switch {
		case len(fields) >= 2 && fields[0] == "Z":
			name = fields[1]
		case len(fields) >= 3 && fields[0] == "L":
			name = fields[2]
		default:
			continue
		}
		for _, r := range zoneRegions {
			if strings.HasPrefix(name, r) {
				seen[name] = true
				break
			}
		}
	}
	out := make([]string, 0, len(seen))
	for z := range seen {
		out = append(out, z)
	}
	sort.Strings(out)
	return out
}
