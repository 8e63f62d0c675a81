package crypto

import (
	"crypto/subtle"
	"encoding/hex"

	"github.com/dop251/goja"
)

// cipherInfo(name) is getCipherInfo's object, or undefined.
func (n *natives) cipherInfo(call goja.FunctionCall) goja.Value {
	alg := lookupCipher(call.Argument(0).String())
	if alg == nil {
		return goja.Undefined()
	}
	o := n.vm.NewObject()
	o.Set("mode", alg.modeName())
	o.Set("name", alg.infoName)
	o.Set("nid", alg.nid)
	if bs := alg.blockSize(); bs != 0 {
		o.Set("blockSize", bs)
	}
	if alg.ivLen != 0 {
		o.Set("ivLength", alg.ivLen)
	}
	o.Set("keyLength", alg.keyLen)
	return o
}

// cipherNew(name, key, iv|null, authTagLength, decrypt) returns a cipher
// handle, or a string naming what is wrong: "cipher", "key", "iv", "tag".
func (n *natives) cipherNew(call goja.FunctionCall) goja.Value {
	alg := lookupCipher(call.Argument(0).String())
	if alg == nil {
		return n.vm.ToValue("cipher")
	}
	ivv := call.Argument(2)
	hasIV := !goja.IsNull(ivv) && !goja.IsUndefined(ivv)
	var iv []byte
	if hasIV {
		iv = n.bytes(ivv)
	}
	c, bad := newCipherState(alg, n.bytes(call.Argument(1)), iv, hasIV, n.int(call, 3), call.Argument(4).ToBoolean())
	if bad != "" {
		return n.vm.ToValue(bad)
	}
	return n.vm.ToValue(c)
}

// cipherUpdate(h, data) returns the output Buffer or a failure number.
func (n *natives) cipherUpdate(call goja.FunctionCall) goja.Value {
	out, fail := handle[*cipherState](n, call).update(n.bytes(call.Argument(1)))
	if fail != failNone {
		return n.vm.ToValue(fail)
	}
	return n.rt.WrapBytes(out)
}

// cipherFinal(h) returns the last output Buffer or a failure number.
func (n *natives) cipherFinal(call goja.FunctionCall) goja.Value {
	out, fail := handle[*cipherState](n, call).finish()
	if fail != failNone {
		return n.vm.ToValue(fail)
	}
	return n.rt.WrapBytes(out)
}

// cipherSetAAD(h, aad) reports whether AAD may be set now.
func (n *natives) cipherSetAAD(call goja.FunctionCall) goja.Value {
	c := handle[*cipherState](n, call)
	return n.vm.ToValue(c.aead != nil && c.aead.setAAD(n.bytes(call.Argument(1))))
}

// cipherGetAuthTag(h) returns the tag after an encryption's final, or
// undefined.
func (n *natives) cipherGetAuthTag(call goja.FunctionCall) goja.Value {
	c := handle[*cipherState](n, call)
	if c.aead == nil || c.decrypt || !c.final {
		return goja.Undefined()
	}
	return n.rt.WrapBytes(append([]byte(nil), c.aead.tag...))
}

// cipherSetAuthTag(h, tag) returns 0 when set, 1 in the wrong state, 2
// for a tag length the cipher refuses.
func (n *natives) cipherSetAuthTag(call goja.FunctionCall) goja.Value {
	c := handle[*cipherState](n, call)
	if c.aead == nil || !c.decrypt || c.final || c.aead.tag != nil {
		return n.vm.ToValue(1)
	}
	tag := n.bytes(call.Argument(1))
	if !c.aead.validTagLen(len(tag)) {
		return n.vm.ToValue(2)
	}
	c.aead.tag = append([]byte{}, tag...)
	return n.vm.ToValue(0)
}

func (n *natives) cipherSetAutoPadding(call goja.FunctionCall) goja.Value {
	return n.vm.ToValue(handle[*cipherState](n, call).setAutoPadding(call.Argument(1).ToBoolean()))
}

// ---- key derivation, random data -------------------------------------------

// pbkdf2(password, salt, iterations, keylen, digest, cb).
func (n *natives) pbkdf2(call goja.FunctionCall) goja.Value {
	alg := lookupDigest(call.Argument(4).String())
	password, salt := n.copied(call.Argument(0)), n.copied(call.Argument(1))
	iter, keyLen := n.int(call, 2), n.int(call, 3)
	return n.dispatch(call.Argument(5), func() ([]byte, error) {
		return pbkdf2Key(alg, password, salt, iter, keyLen)
	})
}

// hkdf(digest, key, salt, info, keylen, cb).
func (n *natives) hkdf(call goja.FunctionCall) goja.Value {
	alg := lookupDigest(call.Argument(0).String())
	key, salt, info := n.copied(call.Argument(1)), n.copied(call.Argument(2)), n.copied(call.Argument(3))
	keyLen := n.int(call, 4)
	return n.dispatch(call.Argument(5), func() ([]byte, error) {
		return hkdfKey(alg, key, salt, info, keyLen)
	})
}

// scrypt(password, salt, N, r, p, keylen, cb); scryptCheck has passed.
func (n *natives) scrypt(call goja.FunctionCall) goja.Value {
	password, salt := n.copied(call.Argument(0)), n.copied(call.Argument(1))
	N, r, p, keyLen := n.int(call, 2), n.int(call, 3), n.int(call, 4), n.int(call, 5)
	return n.dispatch(call.Argument(6), func() ([]byte, error) {
		return scryptKey(password, salt, N, r, p, keyLen)
	})
}

// scryptCheck(N, r, p, maxmem) returns scryptOK, scryptInvalid or
// scryptMemory.
func (n *natives) scryptCheck(call goja.FunctionCall) goja.Value {
	f := func(i int) uint64 {
		v := call.Argument(i).ToFloat()
		if v < 0 {
			return 0
		}
		if v >= 1<<64 {
			return 1<<64 - 1
		}
		return uint64(v)
	}
	return n.vm.ToValue(scryptCheck(f(0), f(1), f(2), f(3)))
}

// randomFill(view, offset, size, cb) fills size bytes of view from offset:
// now (cb not a function) or off the loop, copying the bytes in on the
// loop before cb(null) runs.
func (n *natives) randomFill(call goja.FunctionCall) goja.Value {
	view := call.Argument(0)
	off, size := n.int(call, 1), n.int(call, 2)
	fn, async := goja.AssertFunction(call.Argument(3))
	if !async {
		fillRandom(n.bytes(view)[off : off+size])
		return goja.Undefined()
	}
	enqueue := n.rt.Loop().Reserve()
	go func() {
		buf := make([]byte, size)
		fillRandom(buf)
		enqueue(func() {
			b := n.bytes(view)
			if off+size <= len(b) {
				copy(b[off:], buf)
			}
			n.rt.Call(fn, goja.Undefined(), goja.Null())
		})
	}()
	return goja.Undefined()
}

// randomUUID() returns a version 4 UUID (RFC 4122) as a string.
func (n *natives) randomUUID(goja.FunctionCall) goja.Value {
	var b [16]byte
	fillRandom(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	var s [36]byte
	hex.Encode(s[0:8], b[0:4])
	s[8] = '-'
	hex.Encode(s[9:13], b[4:6])
	s[13] = '-'
	hex.Encode(s[14:18], b[6:8])
	s[18] = '-'
	hex.Encode(s[19:23], b[8:10])
	s[23] = '-'
	hex.Encode(s[24:], b[10:])
	return n.vm.ToValue(string(s[:]))
}

// timingSafeEqual(a, b) compares equal-length byte views in constant time.
func (n *natives) timingSafeEqual(call goja.FunctionCall) goja.Value {
	return n.vm.ToValue(subtle.ConstantTimeCompare(n.bytes(call.Argument(0)), n.bytes(call.Argument(1))) == 1)
}
