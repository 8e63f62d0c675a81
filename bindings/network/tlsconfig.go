package network

import (
	"context"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// tlsOptions are the secure-context options JS passes: PEM text.
type tlsOptions struct {
	Key, Cert   []string
	CA          []string
	Servername  string
	ALPN        []string
	MinVersion  string
	MaxVersion  string
	RequestCert bool
	RequireCert bool // a server's client must send a certificate
	HasCA       bool
	IsServer    bool
	SNI         bool // the server has an SNICallback
	Ciphers     string
	ECDHCurve   string
	Session     []byte // a client's session to resume
	TicketKeys  []byte // a server's 48 bytes of ticket keys
	// HandshakeTimeout is a server's limit on a handshake (node's
	// handshakeTimeout, in milliseconds); 0 is node's two minutes.
	HandshakeTimeout float64

	cache      *sessionCache     // a client's, once config made it
	parsed     []tls.Certificate // the certificates, when read already (ServerTLS)
	noCerts    bool              // there are none to read (ServerTLS)
	local      atomic.Pointer[x509.Certificate]
	sniCA      atomic.Pointer[[]string] // the CAs of the context an SNI callback chose
	sniRefused atomic.Bool              // an SNI callback failed the handshake
}

func tlsOptionsFrom(vm *goja.Runtime, v goja.Value) (*tlsOptions, error) {
	o := &tlsOptions{}
	obj := v.ToObject(vm)
	strs := func(k string) []string {
		x := obj.Get(k)
		if x == nil || goja.IsUndefined(x) || goja.IsNull(x) {
			return nil
		}
		var out []string
		if err := vm.ExportTo(x, &out); err != nil {
			return []string{x.String()}
		}
		return out
	}
	o.Key, o.Cert, o.CA, o.ALPN = strs("key"), strs("cert"), strs("ca"), strs("ALPNProtocols")
	o.HasCA = len(o.CA) > 0
	if s := strs("servername"); len(s) > 0 {
		o.Servername = s[0]
	}
	if s := strs("minVersion"); len(s) > 0 {
		o.MinVersion = s[0]
	}
	if s := strs("maxVersion"); len(s) > 0 {
		o.MaxVersion = s[0]
	}
	o.RequestCert = obj.Get("requestCert") != nil && obj.Get("requestCert").ToBoolean()
	o.RequireCert = obj.Get("requireCert") != nil && obj.Get("requireCert").ToBoolean()
	o.IsServer = obj.Get("isServer") != nil && obj.Get("isServer").ToBoolean()
	o.SNI = obj.Get("sni") != nil && obj.Get("sni").ToBoolean()
	if s := strs("ciphers"); len(s) > 0 {
		o.Ciphers = s[0]
	}
	if s := strs("ecdhCurve"); len(s) > 0 {
		o.ECDHCurve = s[0]
	}
	o.Session, o.TicketKeys = bytesOption(obj.Get("session")), bytesOption(obj.Get("ticketKeys"))
	if t := obj.Get("handshakeTimeout"); t != nil && !goja.IsUndefined(t) && !goja.IsNull(t) {
		o.HandshakeTimeout = t.ToFloat()
	}
	return o, nil
}

// bytesOption is a Buffer option's bytes, nil when it is not one.
func bytesOption(v goja.Value) []byte {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if b, ok := v.Export().([]byte); ok {
		return append([]byte(nil), b...)
	}
	return nil
}

var tlsVersions = sync.OnceValue(func() map[string]uint16 {
	return map[string]uint16{"TLSv1": tls.VersionTLS10, "TLSv1.1": tls.VersionTLS11, "TLSv1.2": tls.VersionTLS12, "TLSv1.3": tls.VersionTLS13}
})

func versionName(v uint16) string {
	for k, x := range tlsVersions() {
		if x == v {
			return k
		}
	}
	return "unknown"
}

// config builds a crypto/tls configuration. Verification is left to
// verifyChain, so that failures get node's codes and an unauthorized peer
// can still be accepted when rejectUnauthorized is false.
func (o *tlsOptions) config() (*tls.Config, error) {
	cfg := &tls.Config{InsecureSkipVerify: true, NextProtos: o.ALPN, ServerName: o.Servername, MinVersion: tls.VersionTLS12}
	cfg.CipherSuites = cipherSuites(o.Ciphers)
	cfg.CurvePreferences, _ = curvePreferences(o.ECDHCurve)
	if o.IsServer {
		if len(o.TicketKeys) == 48 {
			cfg.SetSessionTicketKeys([][32]byte{ticketKey(o.TicketKeys)})
		}
	} else {
		// As node's clients: tickets are always asked for, and kept for
		// getSession() and the 'session' event.
		o.cache = &sessionCache{offer: decodeSession(o.Session)}
		cfg.ClientSessionCache = o.cache
	}
	if v, ok := tlsVersions()[o.MinVersion]; ok {
		cfg.MinVersion = v
	}
	if v, ok := tlsVersions()[o.MaxVersion]; ok {
		cfg.MaxVersion = v
	}
	certs := o.parsed
	if certs == nil && !o.noCerts {
		var err error
		if certs, err = o.certificates(); err != nil {
			return nil, err
		}
	}
	cfg.Certificates = certs
	o.trackLocal(cfg)
	if o.IsServer && o.RequestCert {
		cfg.ClientAuth = tls.RequestClientCert
		if o.RequireCert {
			cfg.ClientAuth = tls.RequireAnyClientCert
		}
	}
	return cfg, nil
}

// certificates pairs the keys with their certificates. One key goes with
// all the certificates (its chain); each of several keys, as node's, goes
// with the certificate entry (a chain) whose leaf is its own, and the
// handshake presents the first pair the client supports.
func (o *tlsOptions) certificates() ([]tls.Certificate, error) {
	if len(o.Cert) == 0 && len(o.Key) == 0 {
		return nil, nil
	}
	if len(o.Key) <= 1 {
		pair, err := tls.X509KeyPair([]byte(strings.Join(o.Cert, "\n")), []byte(strings.Join(o.Key, "\n")))
		if err != nil {
			return nil, err
		}
		return []tls.Certificate{pair}, nil
	}
	var out []tls.Certificate
	for _, k := range o.Key {
		var pair tls.Certificate
		err := errors.New("tls: private key does not match public key")
		for _, c := range o.Cert {
			if pair, err = tls.X509KeyPair([]byte(c), []byte(k)); err == nil {
				break
			}
		}
		if err != nil {
			return nil, err
		}
		out = append(out, pair)
	}
	return out, nil
}

// keepLocal keeps the leaf of the certificate the handshake presents.
func (o *tlsOptions) keepLocal(c *tls.Certificate) *tls.Certificate {
	if c != nil && len(c.Certificate) > 0 {
		if leaf, err := x509.ParseCertificate(c.Certificate[0]); err == nil {
			o.local.Store(leaf)
		}
	}
	return c
}

// keepSNI keeps what an SNI callback chose: the certificate, and the CAs
// that check the client.
func (o *tlsOptions) keepSNI(c *tls.Certificate, ca []string) *tls.Certificate {
	o.sniCA.Store(&ca)
	return o.keepLocal(c)
}

// refuseSNI marks a connection an SNI callback refused: as node's, it is
// dropped with no alert (its writes fail from now on) and closed once the
// server has the error.
func (o *tlsOptions) refuseSNI(c net.Conn) {
	o.sniRefused.Store(true)
	if c != nil {
		_ = c.SetWriteDeadline(time.Now())
	}
}

// trackLocal has the handshake choose the certificate it presents as
// crypto/tls would, and keep its leaf for getCertificate().
func (o *tlsOptions) trackLocal(cfg *tls.Config) {
	certs := cfg.Certificates
	if len(certs) == 0 {
		return
	}
	keep := o.keepLocal
	if o.IsServer {
		// With Certificates set, crypto/tls asks GetCertificate only for
		// clients that send a name: it goes, and GetCertificate chooses.
		cfg.Certificates = nil
		cfg.GetCertificate = func(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
			for i := range certs {
				if hello.SupportsCertificate(&certs[i]) == nil {
					return keep(&certs[i]), nil
				}
			}
			return keep(&certs[0]), nil
		}
		return
	}
	cfg.Certificates = nil
	cfg.GetClientCertificate = func(req *tls.CertificateRequestInfo) (*tls.Certificate, error) {
		for i := range certs {
			if req.SupportsCertificate(&certs[i]) == nil {
				return keep(&certs[i]), nil
			}
		}
		return &tls.Certificate{}, nil
	}
}

var (
	extraOnce  sync.Once
	extraCerts []*x509.Certificate
)

// roots is what peers are checked against: the given CAs when there are
// any (as node, they replace the defaults), else the system's roots and
// the certificates of NODE_EXTRA_CA_CERTS.
func (o *tlsOptions) roots() *x509.CertPool {
	if o.HasCA {
		pool := x509.NewCertPool()
		for _, pemText := range o.CA {
			pool.AppendCertsFromPEM([]byte(pemText))
		}
		return pool
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	extraOnce.Do(func() {
		if f := os.Getenv("NODE_EXTRA_CA_CERTS"); f != "" {
			if data, err := os.ReadFile(f); err == nil {
				extraCerts = parsePEMCerts(data)
			}
		}
	})
	for _, c := range extraCerts {
		pool.AddCert(c)
	}
	return pool
}

func parsePEMCerts(data []byte) []*x509.Certificate {
	var out []*x509.Certificate
	for {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			return out
		}
		if block.Type == "CERTIFICATE" {
			if c, err := x509.ParseCertificate(block.Bytes); err == nil {
				out = append(out, c)
			}
		}
	}
}

// verifyChain checks a peer's chain and returns node's (OpenSSL's) code
// and message for a failure, or "" when it is trusted.
func verifyChain(chain []*x509.Certificate, roots *x509.CertPool, server bool) (code, message string) {
	if len(chain) == 0 {
		return "UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"
	}
	leaf := chain[0]
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	usage := x509.ExtKeyUsageServerAuth
	if server {
		usage = x509.ExtKeyUsageClientAuth
	}
	_, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, KeyUsages: []x509.ExtKeyUsage{usage}})
	if err == nil {
		return "", ""
	}
	var invalid x509.CertificateInvalidError
	if errors.As(err, &invalid) {
		switch invalid.Reason {
		case x509.Expired:
			if time.Now().Before(invalid.Cert.NotBefore) {
				return "CERT_NOT_YET_VALID", "certificate is not yet valid"
			}
			return "CERT_HAS_EXPIRED", "certificate has expired"
		case x509.IncompatibleUsage:
			return "UNSUPPORTED_CERTIFICATE_PURPOSE", "unsupported certificate purpose"
		}
		return "CERT_UNTRUSTED", "certificate not trusted"
	}
	var unknown x509.UnknownAuthorityError
	if errors.As(err, &unknown) {
		if selfSigned(leaf) {
			return "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"
		}
		last := chain[len(chain)-1]
		if len(chain) > 1 && selfSigned(last) {
			return "SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"
		}
		if len(chain) == 1 {
			return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"
		}
		return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"
	}
	return "CERT_UNTRUSTED", "certificate not trusted"
}

func selfSigned(c *x509.Certificate) bool {
	return string(c.RawIssuer) == string(c.RawSubject) &&
		c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
}

// opensslIP prints an address as OpenSSL does in subjectaltname: IPv6
// as eight uncompressed groups.
func opensslIP(ip net.IP) string {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4.String()
	}
	parts := make([]string, 8)
	for i := range parts {
		parts[i] = fmt.Sprintf("%X", uint16(ip[2*i])<<8|uint16(ip[2*i+1]))
	}
	return strings.Join(parts, ":")
}

// peerInfo is what JS learns of a finished handshake.
func peerInfo(vm *goja.Runtime, st tls.ConnectionState, code, message string) *goja.Object {
	o := vm.NewObject()
	name, standard, version := cipherNames(st.CipherSuite)
	o.Set("cipherName", name)
	o.Set("cipherStandardName", standard)
	o.Set("cipherVersion", version)
	o.Set("resumed", st.DidResume)
	if !st.HandshakeComplete || st.CurveID == 0 {
		o.Set("curve", "")
	} else {
		curve, size := curveInfo(st.CurveID)
		o.Set("curve", curve)
		o.Set("curveSize", size)
	}
	o.Set("authorized", code == "" && len(st.PeerCertificates) > 0)
	if code != "" {
		o.Set("authorizationError", code)
		o.Set("authorizationMessage", message)
	}
	o.Set("protocol", versionName(st.Version))
	o.Set("alpn", st.NegotiatedProtocol)
	o.Set("cipher", tls.CipherSuiteName(st.CipherSuite))
	o.Set("servername", st.ServerName)
	var certs []any
	for _, c := range st.PeerCertificates {
		certs = append(certs, certObject(vm, c))
	}
	o.Set("peerCertificates", certs)
	return o
}

// certObject is a certificate as getPeerCertificate() shows it.
func certObject(vm *goja.Runtime, c *x509.Certificate) *goja.Object {
	o := vm.NewObject()
	o.Set("subject", nameObject(vm, c.Subject.ToRDNSequence()))
	o.Set("issuer", nameObject(vm, c.Issuer.ToRDNSequence()))
	var alt []string
	for _, d := range c.DNSNames {
		alt = append(alt, "DNS:"+d)
	}
	for _, ip := range c.IPAddresses {
		alt = append(alt, "IP Address:"+opensslIP(ip))
	}
	for _, e := range c.EmailAddresses {
		alt = append(alt, "email:"+e)
	}
	for _, u := range c.URIs {
		alt = append(alt, "URI:"+u.String())
	}
	if len(alt) > 0 {
		o.Set("subjectaltname", strings.Join(alt, ", "))
	}
	o.Set("ca", c.IsCA)
	setKeyFields(o, c)
	o.Set("valid_from", opensslTime(c.NotBefore))
	o.Set("valid_to", opensslTime(c.NotAfter))
	o.Set("serialNumber", strings.ToUpper(c.SerialNumber.Text(16)))
	s1 := sha1.Sum(c.Raw)
	s256 := sha256.Sum256(c.Raw)
	o.Set("fingerprint", colonHex(s1[:]))
	o.Set("fingerprint256", colonHex(s256[:]))
	o.Set("raw", append([]byte(nil), c.Raw...))
	return o
}

// setKeyFields adds what OpenSSL reports of the certificate's public
// key: an RSA key's modulus, bits, exponent and pubkey; an EC key's bits,
// pubkey (the point) and curve names.
func setKeyFields(o *goja.Object, c *x509.Certificate) {
	switch k := c.PublicKey.(type) {
	case *rsa.PublicKey:
		o.Set("modulus", strings.ToUpper(k.N.Text(16)))
		o.Set("bits", k.N.BitLen())
		o.Set("exponent", fmt.Sprintf("0x%x", k.E))
		o.Set("pubkey", append([]byte(nil), c.RawSubjectPublicKeyInfo...))
	case *ecdsa.PublicKey:
		o.Set("bits", k.Curve.Params().BitSize)
		if pk, err := k.ECDH(); err == nil {
			o.Set("pubkey", pk.Bytes())
		}
		asn1, nist := map[string][2]string{
			"P-256": {"prime256v1", "P-256"}, "P-384": {"secp384r1", "P-384"}, "P-521": {"secp521r1", "P-521"},
		}[k.Curve.Params().Name][0], k.Curve.Params().Name
		o.Set("asn1Curve", asn1)
		o.Set("nistCurve", nist)
	}
}

func nameObject(vm *goja.Runtime, seq interface{ String() string }) *goja.Object {
	o := vm.NewObject()
	// Fields in RFC 2253 order reversed back to the certificate's order,
	// short names as OpenSSL prints them.
	parts := strings.Split(seq.String(), ",")
	for i := len(parts) - 1; i >= 0; i-- {
		k, v, ok := strings.Cut(parts[i], "=")
		if !ok {
			continue
		}
		o.Set(k, v)
	}
	return o
}

func opensslTime(t time.Time) string {
	return t.UTC().Format("Jan _2 15:04:05 2006 GMT")
}

func colonHex(b []byte) string {
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteByte(':')
		}
		fmt.Fprintf(&sb, "%02X", c)
	}
	return sb.String()
}

// rootCertificates is tls.rootCertificates: the system's trusted roots
// as PEM text.
func rootCertificates(vm *goja.Runtime) goja.Value {
	var out []any
	for _, f := range []string{"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem"} {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, c := range parsePEMCerts(data) {
			out = append(out, strings.TrimSpace(string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}))))
		}
		break
	}
	return vm.ToValue(out)
}

// handshake runs the TLS handshake (off the loop) and verifies the peer.
func handshake(ctx context.Context, tc *tls.Conn, o *tlsOptions) (code, message string, err error) {
	if err := tc.HandshakeContext(ctx); err != nil {
		return "", "", err
	}
	// The CAs are the context's the handshake used: an SNI callback's,
	// when it chose one.
	roots := o.roots()
	if ca := o.sniCA.Load(); ca != nil {
		roots = (&tlsOptions{CA: *ca, HasCA: len(*ca) > 0}).roots()
	}
	st := tc.ConnectionState()
	if o.IsServer && len(st.PeerCertificates) == 0 {
		return "", "", nil
	}
	code, message = verifyChain(st.PeerCertificates, roots, o.IsServer)
	return code, message, nil
}
