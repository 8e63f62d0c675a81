package crypto

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// certState is an X509Certificate's native state.
type certState struct {
	cert *x509.Certificate
}

// parseCert reads a certificate in PEM or DER.
func parseCert(data []byte) (*certState, bool) {
	if block, _ := pem.Decode(data); block != nil {
		if block.Type != "CERTIFICATE" && block.Type != "TRUSTED CERTIFICATE" && block.Type != "X509 CERTIFICATE" {
			return nil, false
		}
		data = block.Bytes
	}
	c, err := x509.ParseCertificate(data)
	if err != nil {
		return nil, false
	}
	return &certState{cert: c}, true
}

// Short names OpenSSL prints for the attributes of a distinguished name.
var attrNames = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "serialNumber", "2.5.4.6": "C", "2.5.4.7": "L",
		"2.5.4.8": "ST", "2.5.4.9": "street", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.12": "title",
		"2.5.4.13": "description", "2.5.4.17": "postalCode", "2.5.4.42": "GN", "2.5.4.43": "initials",
		"2.5.4.44": "generationQualifier", "2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym",
		"2.5.4.97": "organizationIdentifier", "1.2.840.113549.1.9.1": "emailAddress",
		"0.9.2342.19200300.100.1.25": "DC", "0.9.2342.19200300.100.1.1": "UID",
		"1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC", "2.5.4.15": "businessCategory",
	}
})

// escapeName escapes an attribute value as OpenSSL does under RFC 2253
// rules with control characters escaped: , + " \ < > ; anywhere, # and a
// space at the start, a space at the end, control bytes as \XX.
func escapeName(v string) string {
	var b strings.Builder
	for i, r := range v {
		switch {
		case strings.ContainsRune(",+\"\\<>;", r),
			(r == '#' || r == ' ') && i == 0,
			r == ' ' && i+utf8.RuneLen(r) == len(v):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// formatName prints a distinguished name as node does: one attribute a
// line, the attributes of a multi-valued RDN joined by " + ".
func formatName(raw []byte) string {
	var seq pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &seq); err != nil {
		return ""
	}
	var lines []string
	for _, rdn := range seq {
		var parts []string
		for _, atv := range rdn {
			name, ok := attrNames()[atv.Type.String()]
			if !ok {
				name = atv.Type.String()
			}
			parts = append(parts, name+"="+escapeName(fmt.Sprint(atv.Value)))
		}
		lines = append(lines, strings.Join(parts, " + "))
	}
	return strings.Join(lines, "\n")
}

// fingerprint is a digest as colon-separated upper-case hex pairs.
func fingerprint(sum []byte) string {
	h := strings.ToUpper(hex.EncodeToString(sum))
	var parts []string
	for i := 0; i < len(h); i += 2 {
		parts = append(parts, h[i:i+2])
	}
	return strings.Join(parts, ":")
}

var (
	oidSAN = asn1.ObjectIdentifier{2, 5, 29, 17}
	oidAIA = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}
	oidEKU = asn1.ObjectIdentifier{2, 5, 29, 37}
)

func (s *certState) extension(oid asn1.ObjectIdentifier) ([]byte, bool) {
	for _, e := range s.cert.Extensions {
		if e.Id.Equal(oid) {
			return e.Value, true
		}
	}
	return nil, false
}

// formatIP prints an address as OpenSSL does: dotted IPv4, or eight
// upper-case hex groups for IPv6.
func formatIP(ip []byte) string {
	switch len(ip) {
	case 4:
		return net.IP(ip).String()
	case 16:
		groups := make([]string, 8)
		for i := range groups {
			groups[i] = strings.ToUpper(strconv.FormatUint(uint64(ip[2*i])<<8|uint64(ip[2*i+1]), 16))
		}
		return strings.Join(groups, ":")
	}
	return "<invalid>"
}

// quoteAltName quotes a name that holds characters that could be taken
// for the list's separators, as node does since CVE-2021-44532.
func quoteAltName(v string) string {
	for _, r := range v {
		if r == ',' || r == '"' || r == '\\' || r < 0x20 || r > 0x7e {
			return strconv.Quote(v)
		}
	}
	return v
}

// formatGeneralName prints one GeneralName as OpenSSL does.
func formatGeneralName(n asn1.RawValue) string {
	switch n.Tag {
	case 1:
		return "email:" + quoteAltName(string(n.Bytes))
	case 2:
		return "DNS:" + quoteAltName(string(n.Bytes))
	case 6:
		return "URI:" + quoteAltName(string(n.Bytes))
	case 7:
		return "IP Address:" + formatIP(n.Bytes)
	case 4:
		return "DirName:" + strings.ReplaceAll(formatName(n.Bytes), "\n", "/")
	case 8:
		var oid asn1.ObjectIdentifier
		if _, err := asn1.UnmarshalWithParams(n.FullBytes, &oid, "tag:8"); err == nil {
			return "Registered ID:" + oid.String()
		}
	}
	return "othername:<unsupported>"
}

// generalNames reads a SEQUENCE OF GeneralName.
func generalNames(der []byte) []asn1.RawValue {
	var seq asn1.RawValue
	if _, err := asn1.Unmarshal(der, &seq); err != nil {
		return nil
	}
	var out []asn1.RawValue
	rest := seq.Bytes
	for len(rest) > 0 {
		var n asn1.RawValue
		var err error
		if rest, err = asn1.Unmarshal(rest, &n); err != nil {
			return out
		}
		out = append(out, n)
	}
	return out
}

// subjectAltName is node's subjectAltName string; ok false when the
// certificate has none.
func (s *certState) subjectAltName() (string, bool) {
	der, ok := s.extension(oidSAN)
	if !ok {
		return "", false
	}
	var parts []string
	for _, n := range generalNames(der) {
		parts = append(parts, formatGeneralName(n))
	}
	return strings.Join(parts, ", "), true
}

// infoAccess is node's infoAccess string (Authority Information Access).
func (s *certState) infoAccess() (string, bool) {
	der, ok := s.extension(oidAIA)
	if !ok {
		return "", false
	}
	var descs []struct {
		Method   asn1.ObjectIdentifier
		Location asn1.RawValue
	}
	if _, err := asn1.Unmarshal(der, &descs); err != nil {
		return "", false
	}
	var lines []string
	for _, d := range descs {
		method := d.Method.String()
		switch method {
		case "1.3.6.1.5.5.7.48.1":
			method = "OCSP"
		case "1.3.6.1.5.5.7.48.2":
			method = "CA Issuers"
		}
		lines = append(lines, method+" - "+formatGeneralName(d.Location))
	}
	return strings.Join(lines, "\n"), true
}

// extKeyUsage lists the extended key usage OIDs, in the certificate's
// order.
func (s *certState) extKeyUsage() ([]string, bool) {
	der, ok := s.extension(oidEKU)
	if !ok {
		return nil, false
	}
	var oids []asn1.ObjectIdentifier
	if _, err := asn1.Unmarshal(der, &oids); err != nil {
		return nil, false
	}
	out := make([]string, len(oids))
	for i, o := range oids {
		out[i] = o.String()
	}
	return out, true
}

// serialNumber is the serial in upper-case hex, an even number of digits.
func (s *certState) serialNumber() string {
	h := strings.ToUpper(s.cert.SerialNumber.Text(16))
	if len(h)%2 == 1 {
		h = "0" + h
	}
	return h
}

const certTime = "Jan _2 15:04:05 2006 GMT"

func (s *certState) fingerprints() (string, string, string) {
	raw := s.cert.Raw
	s1, s256, s512 := sha1.Sum(raw), sha256.Sum256(raw), sha512.Sum512(raw)
	return fingerprint(s1[:]), fingerprint(s256[:]), fingerprint(s512[:])
}

// pem is the certificate in PEM, as toString gives it.
func (s *certState) pem() string {
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.cert.Raw}))
}

// checkIssued reports whether other issued s: the names chain and, when
// both carry them, the key identifiers match.
func (s *certState) checkIssued(other *certState) bool {
	if !bytes.Equal(s.cert.RawIssuer, other.cert.RawSubject) {
		return false
	}
	if len(s.cert.AuthorityKeyId) > 0 && len(other.cert.SubjectKeyId) > 0 {
		return bytes.Equal(s.cert.AuthorityKeyId, other.cert.SubjectKeyId)
	}
	return true
}

// verify reports whether pub signed the certificate.
func (s *certState) verify(pub any) bool {
	signer := &x509.Certificate{PublicKey: pub}
	return signer.CheckSignature(s.cert.SignatureAlgorithm, s.cert.RawTBSCertificate, s.cert.Signature) == nil
}
