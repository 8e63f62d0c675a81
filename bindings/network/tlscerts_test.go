package network_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeTestPKI makes a test CA and certificates signed by it, writes them
// as PEM files to a temporary directory and returns its path:
//
//	ca.pem                 the CA
//	server.pem/-key.pem    localhost, 127.0.0.1 and ::1, signed by the CA
//	other.pem/-key.pem     other.test only, signed by the CA
//	expired.pem/-key.pem   localhost, expired a day ago, signed by the CA
//	self.pem/-key.pem      localhost, self-signed
//	client.pem/-key.pem    a client certificate signed by the CA
func writeTestPKI(t *testing.T) string {
	dir := t.TempDir()
	write := func(name, typ string, der []byte) {
		data := pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der})
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	newKey := func(name string) *ecdsa.PrivateKey {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		der, _ := x509.MarshalPKCS8PrivateKey(k)
		write(name+"-key.pem", "PRIVATE KEY", der)
		return k
	}
	now := time.Now()
	serial := int64(1000)
	template := func(cn string, notBefore, notAfter time.Time) *x509.Certificate {
		serial++
		return &x509.Certificate{
			SerialNumber: big.NewInt(serial),
			Subject:      pkix.Name{CommonName: cn, Organization: []string{"jsproc test"}},
			NotBefore:    notBefore,
			NotAfter:     notAfter,
			KeyUsage:     x509.KeyUsageDigitalSignature,
			ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
		}
	}
	caKey := newKey("ca")
	caTmpl := template("jsproc test CA", now.Add(-time.Hour), now.Add(24*time.Hour))
	caTmpl.IsCA = true
	caTmpl.BasicConstraintsValid = true
	caTmpl.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	write("ca.pem", "CERTIFICATE", caDER)
	caCert, _ := x509.ParseCertificate(caDER)
	issue := func(name string, tmpl *x509.Certificate, selfSign bool) {
		k := newKey(name)
		parent, signer := caCert, caKey
		if selfSign {
			parent, signer = tmpl, k
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &k.PublicKey, signer)
		if err != nil {
			t.Fatal(err)
		}
		write(name+".pem", "CERTIFICATE", der)
	}
	server := template("localhost", now.Add(-time.Hour), now.Add(24*time.Hour))
	server.DNSNames = []string{"localhost"}
	server.IPAddresses = []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}
	issue("server", server, false)
	other := template("other.test", now.Add(-time.Hour), now.Add(24*time.Hour))
	other.DNSNames = []string{"other.test", "*.wild.test"}
	issue("other", other, false)
	expired := template("localhost", now.Add(-48*time.Hour), now.Add(-24*time.Hour))
	expired.DNSNames = []string{"localhost"}
	expired.IPAddresses = []net.IP{net.IPv4(127, 0, 0, 1)}
	issue("expired", expired, false)
	self := template("localhost", now.Add(-time.Hour), now.Add(24*time.Hour))
	self.DNSNames = []string{"localhost"}
	self.IPAddresses = []net.IP{net.IPv4(127, 0, 0, 1)}
	issue("self", self, true)
	issue("client", template("test client", now.Add(-time.Hour), now.Add(24*time.Hour)), false)
	return dir
}
