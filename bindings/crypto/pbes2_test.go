package crypto

import (
	"bytes"
	"crypto/ed25519"
	"crypto/x509"
	"testing"
)

// TestPBES2RoundTrip encrypts a PKCS #8 key with every cipher and reads
// it back, and checks that a wrong passphrase and damaged data fail.
func TestPBES2RoundTrip(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(nil)
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range pbesCiphers {
		enc, err := encryptPKCS8(der, c.name, []byte("pass"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !isEncryptedPKCS8(enc) {
			t.Fatalf("%s: not recognised as encrypted", c.name)
		}
		got, err := decryptPKCS8(enc, []byte("pass"))
		if err != nil || !bytes.Equal(got, der) {
			t.Fatalf("%s: got %x, %v", c.name, got, err)
		}
		if _, err := decryptPKCS8(enc, []byte("wrong")); err == nil {
			// A wrong key yields valid padding about once in 256 tries;
			// the DER then fails to parse, which the caller reports.
			t.Logf("%s: wrong passphrase passed the padding check", c.name)
		}
	}
	if _, err := encryptPKCS8(der, "aes-128-ctr", nil); err != errPBESNoOID {
		t.Fatalf("ctr: %v", err)
	}
	if _, err := encryptPKCS8(der, "aes-128-gcm", nil); err != errPBESCipherParams {
		t.Fatalf("gcm: %v", err)
	}
}

func TestUnpadPKCS7(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want int // -1: bad
	}{
		{[]byte{1, 2, 3, 4, 4, 4, 4, 4}, 4},
		{[]byte{8, 8, 8, 8, 8, 8, 8, 8}, 0},
		{[]byte{1, 2, 3, 4, 5, 6, 7, 1}, 7},
		{[]byte{1, 2, 3, 4, 5, 6, 7, 0}, -1},
		{[]byte{1, 2, 3, 4, 5, 6, 7, 9}, -1},
		{[]byte{1, 2, 3, 4, 3, 4, 4, 4}, -1},
	} {
		out, err := unpadPKCS7(c.in, 8)
		if c.want < 0 {
			if err == nil {
				t.Errorf("%x: accepted", c.in)
			}
			continue
		}
		if err != nil || len(out) != c.want {
			t.Errorf("%x: got %x, %v", c.in, out, err)
		}
	}
}
