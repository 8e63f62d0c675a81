package crypto

import (
	"math/big"
	"testing"
)

// TestGenerateSafePrime checks the primes made for each generator class.
func TestGenerateSafePrime(t *testing.T) {
	for _, c := range []struct {
		g         int64
		mod, want int64
	}{{2, 24, 23}, {5, 60, 59}, {3, 4, 3}} {
		p, err := generateSafePrime(512, c.g)
		if err != nil {
			t.Fatal(err)
		}
		q := new(big.Int).Rsh(p, 1)
		if p.BitLen() != 512 || !p.ProbablyPrime(20) || !q.ProbablyPrime(20) {
			t.Fatalf("g=%d: %x is not a 512-bit safe prime", c.g, p)
		}
		if new(big.Int).Mod(p, big.NewInt(c.mod)).Int64() != c.want {
			t.Fatalf("g=%d: p mod %d != %d", c.g, c.mod, c.want)
		}
		if dhCheck(p, big.NewInt(c.g)) != 0 {
			t.Fatalf("g=%d: verifyError %d", c.g, dhCheck(p, big.NewInt(c.g)))
		}
	}
	if _, err := generateSafePrime(128, 2); err != errDHTooSmall {
		t.Fatalf("128 bits: %v", err)
	}
}
