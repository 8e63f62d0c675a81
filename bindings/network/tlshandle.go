package network

import (
	"crypto/tls"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// secureHandle finishes a TLS socket's handle once its handshake is
// done: its tlsInfo (what peerInfo reports, and a client's sessions
// received during the handshake) and its TLS methods. A client's later
// sessions (TLS 1.3 tickets, which come with the data) are handed to the
// handle's onsession(buffer) on the loop.
func secureHandle(rt *runtime.Runtime, h *goja.Object, tc *tls.Conn, o *tlsOptions, code, message string) {
	vm := rt.VM()
	info := peerInfo(vm, tc.ConnectionState(), code, message)
	if o != nil && o.cache != nil {
		q := rt.Loop().NewTaskQueue()
		q.Unref()
		pending := o.cache.takePending(func(b []byte) {
			q.Queue(func() {
				if fn, ok := goja.AssertFunction(h.Get("onsession")); ok {
					rt.Call(fn, h, vm.ToValue(vm.NewArrayBuffer(b)))
				}
			})
		})
		sessions := make([]any, len(pending))
		for i, b := range pending {
			sessions[i] = vm.ToValue(vm.NewArrayBuffer(b))
		}
		info.Set("sessions", sessions)
	}
	h.Set("tlsInfo", info)
	// exportKeyingMaterial(length, label, context or undefined): the
	// keying material (RFC 5705), or an error message string.
	h.Set("exportKeyingMaterial", func(length int, label string, context goja.Value) goja.Value {
		var ctx []byte
		if !goja.IsUndefined(context) && !goja.IsNull(context) {
			ctx, _ = rt.Bytes(context)
			ctx = append([]byte{}, ctx...)
		}
		st := tc.ConnectionState()
		out, err := st.ExportKeyingMaterial(label, ctx, length)
		if err != nil {
			return vm.ToValue(err.Error())
		}
		return vm.ToValue(vm.NewArrayBuffer(out))
	})
}
