package network

import (
	"crypto/tls"
	"strings"
)

// OpenSSL's names for the cipher suites crypto/tls has, as node reports
// and takes them. TLS 1.3 suites keep their standard names; crypto/tls
// does not let them be chosen (ciphers picks TLS 1.2 suites only).

// cipherInfo is a suite as getCipher() shows it.
type cipherInfo struct {
	id      uint16
	name    string // OpenSSL's
	version string // the oldest protocol it is defined for, as OpenSSL names it
}

var cipherTable = []cipherInfo{
	{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, "ECDHE-ECDSA-AES128-GCM-SHA256", "TLSv1.2"},
	{tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, "ECDHE-RSA-AES256-GCM-SHA384", "TLSv1.2"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, "ECDHE-ECDSA-AES256-GCM-SHA384", "TLSv1.2"},
	{tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-RSA-CHACHA20-POLY1305", "TLSv1.2"},
	{tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-ECDSA-CHACHA20-POLY1305", "TLSv1.2"},
	{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, "ECDHE-RSA-AES128-SHA256", "TLSv1.2"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, "ECDHE-ECDSA-AES128-SHA256", "TLSv1.2"},
	{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, "ECDHE-RSA-AES128-SHA", "TLSv1.0"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, "ECDHE-ECDSA-AES128-SHA", "TLSv1.0"},
	{tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, "ECDHE-RSA-AES256-SHA", "TLSv1.0"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, "ECDHE-ECDSA-AES256-SHA", "TLSv1.0"},
	{tls.TLS_RSA_WITH_AES_128_GCM_SHA256, "AES128-GCM-SHA256", "TLSv1.2"},
	{tls.TLS_RSA_WITH_AES_256_GCM_SHA384, "AES256-GCM-SHA384", "TLSv1.2"},
	{tls.TLS_RSA_WITH_AES_128_CBC_SHA256, "AES128-SHA256", "TLSv1.2"},
	{tls.TLS_RSA_WITH_AES_128_CBC_SHA, "AES128-SHA", "SSLv3"},
	{tls.TLS_RSA_WITH_AES_256_CBC_SHA, "AES256-SHA", "SSLv3"},
}

// cipherNames are getCipher()'s name, standardName and version for a
// negotiated suite.
func cipherNames(id uint16) (name, standard, version string) {
	standard = tls.CipherSuiteName(id)
	for _, c := range cipherTable {
		if c.id == id {
			return c.name, standard, c.version
		}
	}
	// The TLS 1.3 suites: OpenSSL uses the standard names.
	return standard, standard, "TLSv1.3"
}

// cipherAlias tells whether an OpenSSL alias (one part of "A+B") selects
// a suite of the table, and whether it is an alias known here at all.
func cipherAlias(alias string, c cipherInfo) (selects, known bool) {
	n := c.name
	ecdhe := strings.HasPrefix(n, "ECDHE-")
	switch alias {
	case "ALL", "DEFAULT", "HIGH", "COMPLEMENTOFDEFAULT":
		return alias != "COMPLEMENTOFDEFAULT", true
	case "kECDHE", "kEECDH", "ECDHE", "EECDH", "ECDH":
		return ecdhe, true
	case "kRSA", "RSA":
		return !ecdhe, true
	case "aRSA":
		return !strings.Contains(n, "ECDSA"), true
	case "aECDSA", "ECDSA":
		return strings.Contains(n, "ECDSA"), true
	case "AES":
		return strings.Contains(n, "AES"), true
	case "AES128":
		return strings.Contains(n, "AES128"), true
	case "AES256":
		return strings.Contains(n, "AES256"), true
	case "AESGCM":
		return strings.Contains(n, "GCM"), true
	case "CHACHA20":
		return strings.Contains(n, "CHACHA20"), true
	case "SHA1", "SHA":
		return strings.HasSuffix(n, "-SHA"), true
	case "SHA256":
		return strings.HasSuffix(n, "SHA256") || strings.Contains(n, "CHACHA20"), true
	case "SHA384":
		return strings.HasSuffix(n, "SHA384"), true
	case "TLSv1.2":
		return c.version == "TLSv1.2", true
	case "TLSv1", "TLSv1.0", "SSLv3":
		return c.version != "TLSv1.2", true
	}
	return false, false
}

// cipherSuites reads the TLS 1.2 part of an OpenSSL cipher list (the
// TLS_ entries are TLS 1.3 suites, which crypto/tls always offers) into
// crypto/tls suites: nil for its defaults when the list names nothing
// crypto/tls has. Order is crypto/tls's own: it ignores a list's (so
// honorCipherOrder changes nothing either).
func cipherSuites(list string) []uint16 {
	if list == "" {
		// node's default list has all of them.
		list = "ALL"
	}
	chosen := map[uint16]bool{}
	banned := map[uint16]bool{}
	for _, entry := range strings.FieldsFunc(list, func(r rune) bool { return r == ':' || r == ',' || r == ' ' }) {
		if i := strings.IndexByte(entry, '@'); i >= 0 {
			// A "@SECLEVEL=n" or "@STRENGTH" suffix: crypto/tls has no
			// security levels.
			entry = entry[:i]
		}
		if entry == "" || strings.HasPrefix(entry, "TLS_") || entry[0] == '+' {
			continue
		}
		op := byte(0)
		if entry[0] == '!' || entry[0] == '-' {
			op, entry = entry[0], entry[1:]
		}
		for _, c := range cipherTable {
			match := entry == c.name
			if !match {
				match = true
				for _, a := range strings.Split(entry, "+") {
					if s, _ := cipherAlias(a, c); !s {
						match = false
						break
					}
				}
			}
			if !match {
				continue
			}
			switch op {
			case '!':
				banned[c.id] = true
				delete(chosen, c.id)
			case '-':
				delete(chosen, c.id)
			default:
				if !banned[c.id] {
					chosen[c.id] = true
				}
			}
		}
	}
	if len(chosen) == 0 {
		return nil
	}
	var out []uint16
	for _, c := range cipherTable {
		if chosen[c.id] {
			out = append(out, c.id)
		}
	}
	return out
}

// curveNames are OpenSSL's names of the groups crypto/tls has, as
// ecdhCurve takes them and getEphemeralKeyInfo() reports them.
var curveNames = []struct {
	id    tls.CurveID
	names []string
	size  int
}{
	{tls.X25519, []string{"X25519"}, 253},
	{tls.CurveP256, []string{"prime256v1", "P-256", "secp256r1"}, 256},
	{tls.CurveP384, []string{"secp384r1", "P-384"}, 384},
	{tls.CurveP521, []string{"secp521r1", "P-521"}, 521},
}

// defaultCurves are OpenSSL's default groups that crypto/tls has, in
// OpenSSL's order (it has no X448).
var defaultCurves = []tls.CurveID{tls.X25519, tls.CurveP256, tls.CurveP521, tls.CurveP384}

// curvePreferences reads an ecdhCurve option ("auto" or a colon-separated
// list of names); ok is false when a name is unknown (X448 is dropped:
// crypto/tls lacks it).
func curvePreferences(option string) (ids []tls.CurveID, ok bool) {
	if option == "" || option == "auto" {
		return defaultCurves, true
	}
	for _, name := range strings.Split(option, ":") {
		if name == "X448" {
			continue
		}
		found := false
		for _, c := range curveNames {
			for _, n := range c.names {
				if n == name {
					ids, found = append(ids, c.id), true
				}
			}
		}
		if !found {
			return nil, false
		}
	}
	if len(ids) == 0 {
		return defaultCurves, true
	}
	return ids, true
}

// curveInfo is getEphemeralKeyInfo()'s name and size of a group.
func curveInfo(id tls.CurveID) (string, int) {
	for _, c := range curveNames {
		if c.id == id {
			return c.names[0], c.size
		}
	}
	return id.String(), 0
}
