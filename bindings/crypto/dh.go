package crypto

import (
	"crypto/rand"
	"errors"
	"math/big"
	"sync"

	"github.com/dop251/goja"
)

// dhState is a DiffieHellman object's native state: finite-field
// Diffie-Hellman over a prime p with generator g.
//
// The exponentiations use math/big, whose running time depends on the
// private exponent; Go's constant-time modular arithmetic is internal to
// crypto/rsa and crypto/ecdh. Prefer ECDH or X25519 where the peer allows.
type dhState struct {
	p, g        *big.Int
	priv, pub   *big.Int // nil until generated or set
	verifyError int
}

// OpenSSL's DH_check flags (crypto.constants.DH_*).
const (
	dhCheckPNotPrime     = 0x01
	dhCheckPNotSafePrime = 0x02
	dhNotSuitableGen     = 0x08
	dhModulusTooSmall    = 0x80
	dhModulusTooLarge    = 0x100
	dhMinModulusBits     = 512
	dhMaxModulusBits     = 10000
)

// Failures, named for the JS layer.
var (
	errDHBadGenerator = errors.New("bad generator")
	errDHTooSmall     = errors.New("modulus too small")
	errDHTooLarge     = errors.New("modulus too large")
	errDHKeyTooSmall  = errors.New("key too small")
	errDHKeyTooLarge  = errors.New("key too large")
	errDHNoKey        = errors.New("no key")
)

// dhCheck is DH_check's verdict on (p, g), as verifyError reports it.
// The named groups pass without the (slow, for their sizes) primality
// tests, as OpenSSL lets them.
func dhCheck(p, g *big.Int) int {
	if g.Cmp(big.NewInt(2)) == 0 {
		for name := range dhGroupPrimes() {
			if dhGroup(name).Cmp(p) == 0 {
				return 0
			}
		}
	}
	flags := 0
	if p.Bit(0) == 0 {
		flags |= dhCheckPNotPrime
	}
	pMinus1 := new(big.Int).Sub(p, big.NewInt(1))
	if g.Cmp(big.NewInt(1)) <= 0 || g.Cmp(pMinus1) >= 0 {
		flags |= dhNotSuitableGen
	}
	if p.BitLen() < dhMinModulusBits {
		flags |= dhModulusTooSmall
	}
	if p.BitLen() > dhMaxModulusBits {
		return flags | dhModulusTooLarge
	}
	if !p.ProbablyPrime(1) {
		flags |= dhCheckPNotPrime
	} else if !new(big.Int).Rsh(p, 1).ProbablyPrime(1) {
		flags |= dhCheckPNotSafePrime
	}
	return flags
}

// newDH sets up (p, g), refusing a generator below 2 as OpenSSL does.
func newDH(p, g *big.Int) (*dhState, error) {
	if g.Cmp(big.NewInt(2)) < 0 {
		return nil, errDHBadGenerator
	}
	return &dhState{p: p, g: g, verifyError: dhCheck(p, g)}, nil
}

// smallPrimes() are the odd primes below 2000, for sieving candidates.
var smallPrimes = sync.OnceValue(func() (ps []uint64) {
	composite := make([]bool, 2000)
	for i := 3; i < len(composite); i += 2 {
		if !composite[i] {
			ps = append(ps, uint64(i))
			for j := i * i; j < len(composite); j += 2 * i {
				composite[j] = true
			}
		}
	}
	return ps
})

// generateSafePrime returns a safe prime of bits bits (p = 2q+1, q prime)
// that suits g as OpenSSL's parameter generation arranges: p ≡ 23 mod 24
// for g = 2, p ≡ 59 mod 60 for g = 5, p ≡ 3 mod 4 otherwise. From a
// random start it walks q through that residue class, sieving out q and p
// with small factors before the primality tests.
func generateSafePrime(bits int, g int64) (*big.Int, error) {
	if bits < dhMinModulusBits {
		return nil, errDHTooSmall
	}
	if bits > dhMaxModulusBits {
		return nil, errDHTooLarge
	}
	// The class of q: q ≡ res mod step.
	step, res := uint64(2), uint64(1)
	switch g {
	case 2:
		step, res = 12, 11
	case 5:
		step, res = 30, 29
	}
	buf := make([]byte, (bits-1+7)/8)
	residues := make([]uint64, len(smallPrimes()))
	m := new(big.Int)
	for {
		if _, err := rand.Read(buf); err != nil {
			return nil, err
		}
		q := new(big.Int).SetBytes(buf)
		q.SetBit(q, bits-2, 1).SetBit(q, bits-3, 1) // q has bits-1 bits, and keeps them while walking
		for i := bits - 1; i < len(buf)*8; i++ {
			q.SetBit(q, i, 0)
		}
		q.Sub(q, m.SetUint64(m.Mod(q, m.SetUint64(step)).Uint64()))
		q.Add(q, m.SetUint64(res))
		for i, sp := range smallPrimes() {
			residues[i] = m.Mod(q, m.SetUint64(sp)).Uint64()
		}
		for delta := uint64(0); delta < 1<<20; delta += step {
			ok := true
			for i, sp := range smallPrimes() {
				r := (residues[i] + delta) % sp
				if r == 0 || (2*r+1)%sp == 0 {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			cq := new(big.Int).Add(q, m.SetUint64(delta))
			p := new(big.Int).Lsh(cq, 1)
			p.Add(p, big.NewInt(1))
			if p.BitLen() != bits {
				break
			}
			if cq.ProbablyPrime(1) && p.ProbablyPrime(1) && cq.ProbablyPrime(20) && p.ProbablyPrime(20) {
				return p, nil
			}
		}
	}
}

// generateKeys makes a key pair, or (after setPrivateKey) the public key
// of the private key set.
func (d *dhState) generateKeys() error {
	if d.p.BitLen() < dhMinModulusBits {
		return errDHTooSmall
	}
	if d.priv == nil {
		// A private exponent in [2, p-2].
		max := new(big.Int).Sub(d.p, big.NewInt(3))
		x, err := rand.Int(rand.Reader, max)
		if err != nil {
			return err
		}
		d.priv = x.Add(x, big.NewInt(2))
	}
	d.pub = new(big.Int).Exp(d.g, d.priv, d.p)
	return nil
}

// computeSecret checks the peer's public key (1 < y < p-1) and returns
// y^x mod p, left-padded to the prime's size as node pads it.
func (d *dhState) computeSecret(peer []byte) ([]byte, error) {
	if d.priv == nil {
		return nil, errDHNoKey
	}
	y := new(big.Int).SetBytes(peer)
	if y.Cmp(big.NewInt(1)) <= 0 {
		return nil, errDHKeyTooSmall
	}
	if y.Cmp(new(big.Int).Sub(d.p, big.NewInt(1))) >= 0 {
		return nil, errDHKeyTooLarge
	}
	z := new(big.Int).Exp(y, d.priv, d.p)
	return z.FillBytes(make([]byte, (d.p.BitLen()+7)/8)), nil
}

// setDHNatives adds DiffieHellman's natives.
func (n *natives) setDHNatives(o *goja.Object) {
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { o.Set(name, fn) }
	fail := func(err error) goja.Value { return n.vm.ToValue([]string{err.Error()}) }
	wrap := func(d *dhState, err error) goja.Value {
		if err != nil {
			return fail(err)
		}
		return n.vm.ToValue(d)
	}
	// dhNew(sizeOrPrime, generator): a handle or [failure]. sizeOrPrime
	// is a bit count or the prime's bytes, generator a number or bytes.
	set("dhNew", func(call goja.FunctionCall) goja.Value {
		gv := call.Argument(1)
		var g *big.Int
		if gb, ok := gv.Export().(int64); ok {
			g = big.NewInt(gb)
		} else if f, ok := gv.Export().(float64); ok {
			g = big.NewInt(int64(f))
		} else {
			g = new(big.Int).SetBytes(n.bytes(gv))
		}
		sv := call.Argument(0)
		switch sv.Export().(type) {
		case int64, float64:
			bits := int(sv.ToInteger())
			if g.Cmp(big.NewInt(2)) < 0 {
				return fail(errDHBadGenerator)
			}
			p, err := generateSafePrime(bits, g.Int64())
			if err != nil {
				return fail(err)
			}
			return wrap(newDH(p, g))
		}
		return wrap(newDH(new(big.Int).SetBytes(n.bytes(sv)), g))
	})
	// dhGroup(name): a handle, or null for an unknown group.
	set("dhGroup", func(call goja.FunctionCall) goja.Value {
		p := dhGroup(call.Argument(0).String())
		if p == nil {
			return goja.Null()
		}
		return wrap(newDH(p, big.NewInt(2)))
	})
	set("dhVerifyError", func(call goja.FunctionCall) goja.Value {
		return n.vm.ToValue(handle[*dhState](n, call).verifyError)
	})
	set("dhGenerate", func(call goja.FunctionCall) goja.Value {
		if err := handle[*dhState](n, call).generateKeys(); err != nil {
			return fail(err)
		}
		return goja.Undefined()
	})
	set("dhCompute", func(call goja.FunctionCall) goja.Value {
		s, err := handle[*dhState](n, call).computeSecret(n.bytes(call.Argument(1)))
		if err != nil {
			return fail(err)
		}
		return n.rt.WrapBytes(s)
	})
	// dhGet(h, what): "prime", "generator", "public" or "private" as
	// bytes, or null for a key not there yet.
	set("dhGet", func(call goja.FunctionCall) goja.Value {
		d := handle[*dhState](n, call)
		var v *big.Int
		switch call.Argument(1).String() {
		case "prime":
			v = d.p
		case "generator":
			v = d.g
		case "public":
			v = d.pub
		case "private":
			v = d.priv
		}
		if v == nil {
			return goja.Null()
		}
		return n.rt.WrapBytes(v.Bytes())
	})
	// dhSet(h, what, bytes) sets the public or private key.
	set("dhSet", func(call goja.FunctionCall) goja.Value {
		d := handle[*dhState](n, call)
		v := new(big.Int).SetBytes(n.bytes(call.Argument(2)))
		if call.Argument(1).String() == "public" {
			d.pub = v
		} else {
			d.priv, d.pub = v, nil
		}
		return goja.Undefined()
	})
}
