package intl

import (
	"os"
	"testing"
)

// TestCanonicalTag checks locale identifiers' validation and case.
func TestCanonicalTag(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"EN-us", "en-US", true},
		{"zh-hant-tw", "zh-Hant-TW", true},
		{"en-u-ca-gregory-ca-buddhist", "en-u-ca-gregory", true},
		{"en-Latn-US-x-Private", "en-Latn-US-x-private", true},
		{"es-419", "es-419", true},
		{"x-foo", "", false},
		{"en_US", "", false},
		{"", "", false},
		{"123", "", false},
		{"en-GB-oed", "", false},
		{"de-1996-1996", "!de-1996-1996", false},
	}
	for _, c := range cases {
		got, ok := canonicalTag(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("canonicalTag(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestEnvLocale checks the default locale's environment rule.
func TestEnvLocale(t *testing.T) {
	cases := []struct {
		all, messages, lang string
		want                string
	}{
		{"-", "-", "de_DE.UTF-8", "de-DE"},
		{"-", "ja_JP.UTF-8", "de_DE.UTF-8", "ja-JP"},
		{"fr_FR", "-", "de_DE", "fr-FR"},
		{"-", "-", "C.UTF-8", "en-US"},
		{"", "-", "de_DE", "und"},
		{"-", "-", "-", "en-US"},
	}
	for _, c := range cases {
		for k, v := range map[string]string{"LC_ALL": c.all, "LC_MESSAGES": c.messages, "LANG": c.lang} {
			if v == "-" {
				t.Setenv(k, "")
				unsetenv(t, k)
			} else {
				t.Setenv(k, v)
			}
		}
		if got := envLocale(); got != c.want {
			t.Errorf("%+v: envLocale() = %q, want %q", c, got, c.want)
		}
	}
}

// TestRound checks half-away-from-zero rounding of shortest decimals.
func TestRound(t *testing.T) {
	cases := []struct {
		f       float64
		frac    int
		in, out string
	}{
		{1.005, 2, "1", "01"},
		{0.125, 2, "0", "13"},
		{999.995, 2, "1000", ""},
		{2.5, 0, "3", ""},
		{1e21, 0, "1000000000000000000000", ""},
		{0.0004, 3, "0", ""},
	}
	for _, c := range cases {
		d := floatDecimal(c.f)
		d = d.round(d.exp + c.frac)
		in, fr := d.intFrac(1, 0)
		if in != c.in || fr != c.out {
			t.Errorf("%v to %d digits: %s.%s, want %s.%s", c.f, c.frac, in, fr, c.in, c.out)
		}
	}
}

// TestCanonicalTimeZone checks zone names as node reports them.
func TestCanonicalTimeZone(t *testing.T) {
	cases := map[string]string{
		"utc": "UTC", "Etc/GMT": "UTC", "america/new_york": "America/New_York", "US/Eastern": "America/New_York",
		"Asia/Kolkata": "Asia/Calcutta", "Etc/GMT+5": "Etc/GMT+5", "Mars/Base": "", "": "", "../etc/passwd": "",
	}
	for in, want := range cases {
		if got := canonicalTimeZone(in); got != want {
			t.Errorf("canonicalTimeZone(%q) = %q, want %q", in, got, want)
		}
	}
}

// unsetenv removes k for the rest of the test; t.Setenv restores it.
func unsetenv(t *testing.T, k string) {
	t.Helper()
	if err := os.Unsetenv(k); err != nil {
		t.Fatal(err)
	}
}
