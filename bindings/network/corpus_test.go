package network_test

import (
	"os"
	"testing"

	"github.com/jsproc/jsproc/internal/jstest"
)

// TestNetCorpus runs the net scripts (servers on 127.0.0.1 and Unix
// sockets only) under jsproc and compares them with node's output.
func TestNetCorpus(t *testing.T) {
	jstest.Corpus(t, "testdata/net")
}

// TestDNSCorpus runs the dns scripts: lookups of names in the hosts file,
// and queries to a DNS server on 127.0.0.1 that the test serves (its
// address is in JSPROC_TEST_DNS).
func TestDNSCorpus(t *testing.T) {
	addr := startDNSServer(t)
	os.Setenv("JSPROC_TEST_DNS", addr)
	t.Cleanup(func() { os.Unsetenv("JSPROC_TEST_DNS") })
	jstest.Corpus(t, "testdata/dns")
}

// TestTLSCorpus runs the tls scripts against servers on 127.0.0.1 with a
// test CA made here; the PEM files' directory is in JSPROC_TEST_PKI.
func TestTLSCorpus(t *testing.T) {
	os.Setenv("JSPROC_TEST_PKI", writeTestPKI(t))
	t.Cleanup(func() { os.Unsetenv("JSPROC_TEST_PKI") })
	jstest.Corpus(t, "testdata/tls")
}
