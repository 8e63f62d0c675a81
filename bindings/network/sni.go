package network

import (
	"context"
	"crypto/tls"
	"errors"
	"net"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// sniResult is what the server's SNICallback answered.
type sniResult struct {
	cert *tls.Certificate // nil: the server's own
	ca   []string         // the chosen context's CAs
	err  error
}

// sniConfig is base with its certificate chosen by ask(name, ch), which
// has JS answer on ch (see askSNI), or reports false when it cannot; keep
// is told of a certificate the callback chose, refuse of a connection it
// refused.
func sniConfig(ctx context.Context, base *tls.Config, keep func(*tls.Certificate, []string) *tls.Certificate, refuse func(net.Conn), ask func(name string, ch chan<- sniResult) bool) *tls.Config {
	cfg := base.Clone()
	own := base.GetCertificate
	if own == nil {
		certs := base.Certificates
		own = func(*tls.ClientHelloInfo) (*tls.Certificate, error) { return firstCert(certs) }
	}
	cfg.GetCertificate = func(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
		if hello.ServerName == "" {
			return own(hello)
		}
		ch := make(chan sniResult, 1)
		if !ask(hello.ServerName, ch) {
			return nil, errors.New("server closed")
		}
		select {
		case r := <-ch:
			if r.err != nil {
				refuse(hello.Conn)
				return nil, r.err
			}
			if r.cert == nil {
				return own(hello)
			}
			return keep(r.cert, r.ca), nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	cfg.Certificates = nil
	return cfg
}

func firstCert(certs []tls.Certificate) (*tls.Certificate, error) {
	if len(certs) == 0 {
		return nil, errors.New("no certificate")
	}
	return &certs[0], nil
}

// askSNI calls onsni(servername, done) on the loop; done(error message
// or null, secure-context options or null) answers ch once.
func askSNI(rt *runtime.Runtime, onsni goja.Value, name string, ch chan<- sniResult) {
	vm := rt.VM()
	fn, ok := goja.AssertFunction(onsni)
	if !ok {
		ch <- sniResult{}
		return
	}
	answered := false
	done := func(call goja.FunctionCall) goja.Value {
		if answered {
			return goja.Undefined()
		}
		answered = true
		if msg := call.Argument(0); !goja.IsNull(msg) && !goja.IsUndefined(msg) {
			ch <- sniResult{err: errors.New(msg.String())}
			return goja.Undefined()
		}
		ctxOpts := call.Argument(1)
		if goja.IsNull(ctxOpts) || goja.IsUndefined(ctxOpts) {
			ch <- sniResult{}
			return goja.Undefined()
		}
		o, _ := tlsOptionsFrom(vm, ctxOpts)
		certs, err := o.certificates()
		if err != nil || len(certs) == 0 {
			ch <- sniResult{}
			return goja.Undefined()
		}
		ch <- sniResult{cert: &certs[0], ca: o.CA}
		return goja.Undefined()
	}
	rt.Call(fn, goja.Undefined(), vm.ToValue(name), vm.ToValue(done))
}
