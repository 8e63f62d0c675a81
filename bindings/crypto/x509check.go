package crypto

import (
	"bytes"
	"crypto"
	"crypto/x509/pkix"
	"encoding/asn1"
	"fmt"
	"net"
	"strings"

	"github.com/dop251/goja"
)

// subjectValues returns the values of one attribute (by OID) of the
// certificate's subject.
func (s *certState) subjectValues(oid string) []string {
	var seq pkix.RDNSequence
	if _, err := asn1.Unmarshal(s.cert.RawSubject, &seq); err != nil {
		return nil
	}
	var out []string
	for _, rdn := range seq {
		for _, atv := range rdn {
			if atv.Type.String() == oid {
				out = append(out, fmt.Sprint(atv.Value))
			}
		}
	}
	return out
}

// altNames returns the subject alternative names of one GeneralName tag.
func (s *certState) altNames(tag int) []asn1.RawValue {
	der, ok := s.extension(oidSAN)
	if !ok {
		return nil
	}
	var out []asn1.RawValue
	for _, n := range generalNames(der) {
		if n.Tag == tag && n.Class == asn1.ClassContextSpecific {
			out = append(out, n)
		}
	}
	return out
}

// hostMatches reports whether a certificate's DNS name (perhaps with a
// wildcard as its whole leftmost label) matches host.
func hostMatches(pattern, host string, wildcards bool) bool {
	pattern, host = strings.ToLower(pattern), strings.ToLower(host)
	if pattern == host {
		return true
	}
	if !wildcards || !strings.HasPrefix(pattern, "*.") {
		return false
	}
	suffix := pattern[1:] // ".example.org"
	if strings.Count(suffix, ".") < 2 {
		return false // no wildcard over a top-level domain
	}
	label, rest, ok := strings.Cut(host, ".")
	return ok && label != "" && "."+rest == suffix
}

// checkHost returns the certificate's name that matches host, or "". The
// subject's common names count when subject is "always", or when it is
// "default" and there are no DNS names.
func (s *certState) checkHost(host, subject string, wildcards bool) string {
	dns := s.altNames(2)
	for _, n := range dns {
		if hostMatches(string(n.Bytes), host, wildcards) {
			return string(n.Bytes)
		}
	}
	if subject == "always" || (subject == "default" && len(dns) == 0) {
		for _, cn := range s.subjectValues("2.5.4.3") {
			if hostMatches(cn, host, wildcards) {
				return cn
			}
		}
	}
	return ""
}

// emailMatches compares addresses as OpenSSL does: the local part
// exactly, the domain in any case.
func emailMatches(a, b string) bool {
	la, da, oka := strings.Cut(a, "@")
	lb, db, okb := strings.Cut(b, "@")
	return oka && okb && la == lb && strings.EqualFold(da, db)
}

// checkEmail reports whether the certificate names email.
func (s *certState) checkEmail(email, subject string) bool {
	names := s.altNames(1)
	for _, n := range names {
		if emailMatches(string(n.Bytes), email) {
			return true
		}
	}
	if subject == "always" || (subject == "default" && len(names) == 0) {
		for _, e := range s.subjectValues("1.2.840.113549.1.9.1") {
			if emailMatches(e, email) {
				return true
			}
		}
	}
	return false
}

// checkIP reports whether the certificate names the address ip: four
// bytes for an address written as IPv4, sixteen for one written as IPv6
// (so ::ffff:127.0.0.1 is not 127.0.0.1, as for OpenSSL).
func (s *certState) checkIP(ip []byte) bool {
	for _, n := range s.altNames(7) {
		if bytes.Equal(n.Bytes, ip) {
			return true
		}
	}
	return false
}

// setX509Natives adds X509Certificate's natives.
func (n *natives) setX509Natives(o *goja.Object) {
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { o.Set(name, fn) }
	// x509Parse(bytes) returns a handle or null.
	set("x509Parse", func(call goja.FunctionCall) goja.Value {
		c, ok := parseCert(n.bytes(call.Argument(0)))
		if !ok {
			return goja.Null()
		}
		return n.vm.ToValue(c)
	})
	// x509Info(h) returns the certificate's fields as node prints them.
	set("x509Info", func(call goja.FunctionCall) goja.Value {
		s := handle[*certState](n, call)
		info := n.vm.NewObject()
		info.Set("subject", formatName(s.cert.RawSubject))
		info.Set("issuer", formatName(s.cert.RawIssuer))
		if v, ok := s.subjectAltName(); ok {
			info.Set("subjectAltName", v)
		}
		if v, ok := s.infoAccess(); ok {
			info.Set("infoAccess", v)
		}
		info.Set("validFrom", s.cert.NotBefore.UTC().Format(certTime))
		info.Set("validTo", s.cert.NotAfter.UTC().Format(certTime))
		f1, f256, f512 := s.fingerprints()
		info.Set("fingerprint", f1)
		info.Set("fingerprint256", f256)
		info.Set("fingerprint512", f512)
		if v, ok := s.extKeyUsage(); ok {
			info.Set("keyUsage", v)
		}
		info.Set("serialNumber", s.serialNumber())
		info.Set("ca", s.cert.BasicConstraintsValid && s.cert.IsCA)
		info.Set("pem", s.pem())
		return info
	})
	set("x509Raw", func(call goja.FunctionCall) goja.Value {
		return n.rt.WrapBytes(append([]byte(nil), handle[*certState](n, call).cert.Raw...))
	})
	// x509CheckHost(h, name, subject, wildcards) returns the name matched
	// or undefined.
	set("x509CheckHost", func(call goja.FunctionCall) goja.Value {
		s := handle[*certState](n, call)
		if m := s.checkHost(call.Argument(1).String(), call.Argument(2).String(), call.Argument(3).ToBoolean()); m != "" {
			return n.vm.ToValue(m)
		}
		return goja.Undefined()
	})
	set("x509CheckEmail", func(call goja.FunctionCall) goja.Value {
		s := handle[*certState](n, call)
		return n.vm.ToValue(s.checkEmail(call.Argument(1).String(), call.Argument(2).String()))
	})
	// x509CheckIP(h, ip) returns whether the address matches, or null
	// when ip is no address.
	set("x509CheckIP", func(call goja.FunctionCall) goja.Value {
		s := handle[*certState](n, call)
		text := call.Argument(1).String()
		ip := net.ParseIP(text)
		if ip == nil {
			return goja.Null()
		}
		if !strings.Contains(text, ":") {
			ip = ip.To4()
		} else {
			ip = ip.To16()
		}
		return n.vm.ToValue(s.checkIP(ip))
	})
	set("x509CheckIssued", func(call goja.FunctionCall) goja.Value {
		other, _ := call.Argument(1).Export().(*certState)
		return n.vm.ToValue(other != nil && handle[*certState](n, call).checkIssued(other))
	})
	// x509Verify(h, key) checks the signature with a public key handle.
	set("x509Verify", func(call goja.FunctionCall) goja.Value {
		k, _ := call.Argument(1).Export().(*keyState)
		return n.vm.ToValue(k != nil && handle[*certState](n, call).verify(k.pub))
	})
	// x509CheckPrivateKey(h, key) reports whether key is the private half
	// of the certificate's public key.
	set("x509CheckPrivateKey", func(call goja.FunctionCall) goja.Value {
		s := handle[*certState](n, call)
		k, _ := call.Argument(1).Export().(*keyState)
		if k == nil {
			return n.vm.ToValue(false)
		}
		e, ok := s.cert.PublicKey.(interface{ Equal(crypto.PublicKey) bool })
		return n.vm.ToValue(ok && e.Equal(k.pub))
	})
}
