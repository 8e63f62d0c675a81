package crypto

import (
	"crypto/ecdsa"
	"crypto/rsa"

	"github.com/dop251/goja"
)

func (n *natives) setKeyNatives(o *goja.Object) {
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { o.Set(name, fn) }
	o.Set("getCurves", curveNameList)
	o.Set("hasCurve", func(name string) bool { _, ok := curveByName(name); return ok })
	set("keyGenerate", n.keyGenerate)
	set("keySecret", func(call goja.FunctionCall) goja.Value {
		return n.vm.ToValue(&keyState{kind: "secret", secret: n.copied(call.Argument(0))})
	})
	set("keyPublic", func(call goja.FunctionCall) goja.Value {
		return n.vm.ToValue(handle[*keyState](n, call).publicOf())
	})
	set("keyInfo", n.keyInfo)
	set("keySecretBytes", func(call goja.FunctionCall) goja.Value {
		return n.rt.WrapBytes(append([]byte(nil), handle[*keyState](n, call).secret...))
	})
	set("keyExport", n.keyExport)
	set("keyJWK", n.keyJWK)
	set("keyImport", n.keyImport)
	set("keyImportJWK", n.keyImportJWK)
	set("keyEquals", func(call goja.FunctionCall) goja.Value {
		b, _ := call.Argument(1).Export().(*keyState)
		return n.vm.ToValue(b != nil && handle[*keyState](n, call).equal(b))
	})
	set("sign", n.sign)
	set("verify", n.verify)
}

// keyGenerate(type, modulusLength, publicExponent, namedCurve, cb)
// returns the private key's handle, or calls cb(err, handle) later.
func (n *natives) keyGenerate(call goja.FunctionCall) goja.Value {
	typ := call.Argument(0).String()
	bits, exp := n.int(call, 1), n.int(call, 2)
	curve := call.Argument(3).String()
	fn, async := goja.AssertFunction(call.Argument(4))
	if !async {
		k, err := generateKey(typ, bits, exp, curve)
		if err != nil {
			panic(n.vm.NewGoError(err))
		}
		return n.vm.ToValue(k)
	}
	enqueue := n.rt.Loop().Reserve()
	go func() {
		k, err := generateKey(typ, bits, exp, curve)
		enqueue(func() {
			if err != nil {
				n.rt.Call(fn, goja.Undefined(), n.vm.NewGoError(err))
				return
			}
			n.rt.Call(fn, goja.Undefined(), goja.Null(), n.vm.ToValue(k))
		})
	}()
	return goja.Undefined()
}

// keyInfo(h) describes a key: kind, asymmetricKeyType and its details.
func (n *natives) keyInfo(call goja.FunctionCall) goja.Value {
	k := handle[*keyState](n, call)
	o := n.vm.NewObject()
	o.Set("kind", k.kind)
	if k.kind == "secret" {
		o.Set("symmetricKeySize", len(k.secret))
		return o
	}
	o.Set("asymmetricKeyType", k.asymmetricType())
	switch pub := k.pub.(type) {
	case *rsa.PublicKey:
		o.Set("modulusLength", pub.N.BitLen())
		o.Set("publicExponent", pub.E)
	case *ecdsa.PublicKey:
		name, _ := curveNames(pub.Curve)
		o.Set("namedCurve", name)
	}
	return o
}

// keyExport(h, format, type) returns DER bytes or a PEM string, or
// undefined when type does not fit the key.
func (n *natives) keyExport(call goja.FunctionCall) goja.Value {
	k := handle[*keyState](n, call)
	format, typ := call.Argument(1).String(), call.Argument(2).String()
	if format == "pem" {
		s, err := k.exportPEM(typ)
		if err != nil {
			panic(n.vm.NewGoError(err))
		}
		if s == "" {
			return goja.Undefined()
		}
		return n.vm.ToValue(s)
	}
	der, _, err := k.exportDER(typ)
	if err != nil {
		panic(n.vm.NewGoError(err))
	}
	if der == nil {
		return goja.Undefined()
	}
	return n.rt.WrapBytes(der)
}

// keyJWK(h) returns the key as a JWK object.
func (n *natives) keyJWK(call goja.FunctionCall) goja.Value {
	fields, err := handle[*keyState](n, call).exportJWK()
	if err != nil {
		panic(n.vm.NewGoError(err))
	}
	o := n.vm.NewObject()
	for _, f := range fields {
		o.Set(f.name, f.value)
	}
	return o
}

// keyImport(data, format, type, wantPublic) returns a handle or
// "unsupported".
func (n *natives) keyImport(call goja.FunctionCall) goja.Value {
	k, err := parseKey(n.bytes(call.Argument(0)), call.Argument(1).String(), call.Argument(2).String(), call.Argument(3).ToBoolean())
	if err != nil {
		return n.vm.ToValue("unsupported")
	}
	return n.vm.ToValue(k)
}

// keyImportJWK(jwk, wantPublic) returns a handle or "jwk".
func (n *natives) keyImportJWK(call goja.FunctionCall) goja.Value {
	obj := call.Argument(0).ToObject(n.vm)
	m := map[string]string{}
	for _, key := range obj.Keys() {
		if v, ok := obj.Get(key).Export().(string); ok {
			m[key] = v
		}
	}
	k, err := importJWK(m, call.Argument(1).ToBoolean())
	if err != nil {
		return n.vm.ToValue("jwk")
	}
	return n.vm.ToValue(k)
}

// signOptions reads (digest|null, p1363, pss, saltLength, prehashed) from
// the call's arguments at i.
func (n *natives) signOptions(call goja.FunctionCall, i int) *signOpts {
	o := &signOpts{
		p1363:      call.Argument(i + 1).ToBoolean(),
		pss:        call.Argument(i + 2).ToBoolean(),
		saltLength: n.int(call, i+3),
		prehashed:  call.Argument(i + 4).ToBoolean(),
	}
	if d := call.Argument(i); !goja.IsNull(d) && !goja.IsUndefined(d) {
		o.digest = lookupDigest(d.String())
	}
	return o
}

func signFailure(err error) string {
	switch err {
	case errSignDigest, errSignUnsupported:
		return err.Error()
	}
	return "failed"
}

// sign(h, data, digest, p1363, pss, saltLength, prehashed, cb) returns the
// signature or a failure name; with cb it calls cb(err, signature) later.
func (n *natives) sign(call goja.FunctionCall) goja.Value {
	k := handle[*keyState](n, call)
	o := n.signOptions(call, 2)
	fn, async := goja.AssertFunction(call.Argument(7))
	if !async {
		sig, err := sign(k, n.bytes(call.Argument(1)), o)
		if err != nil {
			return n.vm.ToValue(signFailure(err))
		}
		return n.rt.WrapBytes(sig)
	}
	data := n.copied(call.Argument(1))
	enqueue := n.rt.Loop().Reserve()
	go func() {
		sig, err := sign(k, data, o)
		enqueue(func() {
			if err != nil {
				n.rt.Call(fn, goja.Undefined(), n.vm.ToValue(signFailure(err)))
				return
			}
			n.rt.Call(fn, goja.Undefined(), goja.Null(), n.rt.WrapBytes(sig))
		})
	}()
	return goja.Undefined()
}

// verify(h, data, digest, p1363, pss, saltLength, prehashed, sig, cb)
// returns whether sig holds, or a failure name.
func (n *natives) verify(call goja.FunctionCall) goja.Value {
	k := handle[*keyState](n, call)
	o := n.signOptions(call, 2)
	fn, async := goja.AssertFunction(call.Argument(8))
	if !async {
		ok, err := verify(k, n.bytes(call.Argument(1)), n.bytes(call.Argument(7)), o)
		if err != nil {
			return n.vm.ToValue(signFailure(err))
		}
		return n.vm.ToValue(ok)
	}
	data, sig := n.copied(call.Argument(1)), n.copied(call.Argument(7))
	enqueue := n.rt.Loop().Reserve()
	go func() {
		ok, err := verify(k, data, sig, o)
		enqueue(func() {
			if err != nil {
				n.rt.Call(fn, goja.Undefined(), n.vm.ToValue(signFailure(err)))
				return
			}
			n.rt.Call(fn, goja.Undefined(), goja.Null(), n.vm.ToValue(ok))
		})
	}()
	return goja.Undefined()
}
