package crypto

import (
	"encoding/base64"
	"encoding/hex"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// natives is one Runtime's internalBinding('crypto'). Every native runs
// on the loop goroutine; the async ones hand their work to a goroutine.
type natives struct {
	rt *runtime.Runtime
	vm *goja.Runtime
}

func newNatives(rt *runtime.Runtime) *goja.Object {
	n := &natives{rt: rt, vm: rt.VM()}
	o := n.vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { o.Set(name, fn) }
	o.Set("getHashes", hashNames)
	o.Set("getCiphers", cipherNames)
	set("cipherInfo", n.cipherInfo)
	set("digestSize", n.digestSize)
	set("hashNew", n.hashNew)
	set("hashCopy", n.hashCopy)
	set("hashUpdate", n.hashUpdate)
	set("hashDigest", n.hashDigest)
	set("hashOnce", n.hashOnce)
	set("hmacNew", n.hmacNew)
	set("cipherNew", n.cipherNew)
	set("cipherUpdate", n.cipherUpdate)
	set("cipherFinal", n.cipherFinal)
	set("cipherSetAAD", n.cipherSetAAD)
	set("cipherGetAuthTag", n.cipherGetAuthTag)
	set("cipherSetAuthTag", n.cipherSetAuthTag)
	set("cipherSetAutoPadding", n.cipherSetAutoPadding)
	set("pbkdf2", n.pbkdf2)
	set("hkdf", n.hkdf)
	set("scrypt", n.scrypt)
	set("scryptCheck", n.scryptCheck)
	set("randomFill", n.randomFill)
	set("timingSafeEqual", n.timingSafeEqual)
	set("randomUUID", n.randomUUID)
	n.setKeyNatives(o)
	return o
}

// bytes returns the bytes of a Buffer, TypedArray, DataView or ArrayBuffer
// argument, shared with the script, or of a string in UTF-8 (lone
// surrogates as U+FFFD, as node encodes them). The JS layer has checked
// the type.
func (n *natives) bytes(v goja.Value) []byte {
	b, _ := n.rt.Bytes(v)
	return b
}

// copied returns a private copy of an argument's bytes, for work that
// leaves the loop goroutine.
func (n *natives) copied(v goja.Value) []byte {
	return append([]byte{}, n.bytes(v)...)
}

func (n *natives) int(call goja.FunctionCall, i int) int { return int(call.Argument(i).ToInteger()) }

// handle returns the native state a JS object holds. A method called on
// an object that is not its class's (Hash.prototype.update.call({})) has
// none, and gets a TypeError rather than reaching Go with nothing.
func handle[T comparable](n *natives, call goja.FunctionCall) T {
	h, _ := call.Argument(0).Export().(T)
	var zero T
	if h == zero {
		panic(n.vm.NewTypeError("Illegal invocation"))
	}
	return h
}

// dispatch runs work now and returns its bytes as a Buffer (cb not a
// function), or runs it on its own goroutine and calls cb(err, buffer)
// back on the loop.
func (n *natives) dispatch(cb goja.Value, work func() ([]byte, error)) goja.Value {
	fn, async := goja.AssertFunction(cb)
	if !async {
		out, err := work()
		if err != nil {
			panic(n.vm.NewGoError(err))
		}
		return n.rt.WrapBytes(out)
	}
	enqueue := n.rt.Loop().Reserve()
	go func() {
		out, err := work()
		enqueue(func() {
			if err != nil {
				n.rt.Call(fn, goja.Undefined(), n.vm.NewGoError(err))
				return
			}
			n.rt.Call(fn, goja.Undefined(), goja.Null(), n.rt.WrapBytes(out))
		})
	}()
	return goja.Undefined()
}

// ---- hashes ----------------------------------------------------------------

// digestSize returns a digest's output size, or -1 for an unknown name,
// -2 for an XOF (which HMAC and the key derivations refuse).
func (n *natives) digestSize(call goja.FunctionCall) goja.Value {
	alg := lookupDigest(call.Argument(0).String())
	switch {
	case alg == nil:
		return n.vm.ToValue(-1)
	case alg.xof:
		return n.vm.ToValue(-2)
	}
	return n.vm.ToValue(alg.size)
}

// hashNew(name, outputLength) returns a hash handle, 0 for an unknown
// digest or 1 for an output length the digest cannot give.
func (n *natives) hashNew(call goja.FunctionCall) goja.Value {
	alg := lookupDigest(call.Argument(0).String())
	if alg == nil {
		return n.vm.ToValue(0)
	}
	d, ok := newDigester(alg, n.int(call, 1))
	if !ok {
		return n.vm.ToValue(1)
	}
	return n.vm.ToValue(d)
}

func (n *natives) hashCopy(call goja.FunctionCall) goja.Value {
	d := handle[*digestState](n, call)
	c, ok := d.clone(n.int(call, 1))
	if !ok {
		return n.vm.ToValue(1)
	}
	return n.vm.ToValue(c)
}

func (n *natives) hashUpdate(call goja.FunctionCall) goja.Value {
	handle[*digestState](n, call).write(n.bytes(call.Argument(1)))
	return goja.Undefined()
}

// hashDigest(h, encoding) returns the digest as a string in hex, base64,
// base64url or latin1 (made here, which costs far less than a Buffer and
// its toString), or else as a Buffer.
func (n *natives) hashDigest(call goja.FunctionCall) goja.Value {
	return n.encoded(handle[*digestState](n, call).sum(), call.Argument(1))
}

// encoded returns b as a string in the encoding enc names when it is one
// of the common ones, otherwise as a Buffer for the JS layer to convert.
func (n *natives) encoded(b []byte, enc goja.Value) goja.Value {
	if s, ok := enc.Export().(string); ok {
		switch s {
		case "hex":
			return n.vm.ToValue(hex.EncodeToString(b))
		case "base64":
			return n.vm.ToValue(base64.StdEncoding.EncodeToString(b))
		case "base64url":
			return n.vm.ToValue(base64.RawURLEncoding.EncodeToString(b))
		case "latin1", "binary":
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			return n.vm.ToValue(string(r))
		}
	}
	return n.rt.WrapBytes(b)
}

// hashOnce(name, data, outputLength, cb, encoding) is crypto.hash and
// SubtleCrypto.digest: the digest (cb undefined; encoded as hashDigest
// does) or cb(err, buffer) later, from a goroutine; or 0 / 1 as hashNew
// reports failures.
func (n *natives) hashOnce(call goja.FunctionCall) goja.Value {
	alg := lookupDigest(call.Argument(0).String())
	if alg == nil {
		return n.vm.ToValue(0)
	}
	d, ok := newDigester(alg, n.int(call, 2))
	if !ok {
		return n.vm.ToValue(1)
	}
	if goja.IsUndefined(call.Argument(3)) {
		d.write(n.bytes(call.Argument(1)))
		return n.encoded(d.sum(), call.Argument(4))
	}
	data := n.copied(call.Argument(1))
	return n.dispatch(call.Argument(3), func() ([]byte, error) {
		d.write(data)
		return d.sum(), nil
	})
}

// hmacNew(name, key) returns an HMAC handle (driven by hashUpdate and
// hashDigest), 0 for an unknown digest or 2 for an XOF.
func (n *natives) hmacNew(call goja.FunctionCall) goja.Value {
	alg := lookupDigest(call.Argument(0).String())
	if alg == nil {
		return n.vm.ToValue(0)
	}
	if alg.xof {
		return n.vm.ToValue(2)
	}
	key := n.copied(call.Argument(1))
	d := &digestState{alg: alg, digester: digester{h: hmacHash(alg, key), outLen: alg.size}}
	return n.vm.ToValue(d)
}
