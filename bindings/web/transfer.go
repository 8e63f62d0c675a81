package web

import (
	"fmt"
	"reflect"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/sharedmem"
	"github.com/jsproc/jsproc/runtime"
)

// hooksBinding is internalBinding('webstreams') for the hooks module:
// transfer, the streams' TransferArrayBuffer.
func hooksBinding(rt *runtime.Runtime, name string) (goja.Value, error) {
	if name != "webstreams" {
		return nil, fmt.Errorf("no such binding: %s", name)
	}
	o := rt.VM().NewObject()
	o.Set("transfer", func(call goja.FunctionCall) goja.Value { return transfer(rt, call.Argument(0)) })
	return o, nil
}

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

// transfer is the streams' TransferArrayBuffer: a new ArrayBuffer over
// buf's bytes, buf detached, as node's streams move the buffer of an
// enqueued chunk or of a view read into. Nothing is copied, so a chunk
// read from the network or a pipe reaches the reader as it was read.
// Shared memory, which no transfer may move, is copied instead.
func transfer(rt *runtime.Runtime, v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != arrayBufferType {
		panic(rt.VM().NewTypeError("The buffer to transfer must be an ArrayBuffer"))
	}
	ab := o.Export().(goja.ArrayBuffer)
	if _, shared := sharedmem.ObjectOf(o); shared || ab.Detached() {
		data := ab.Bytes()
		return rt.VM().ToValue(rt.VM().NewArrayBuffer(append(make([]byte, 0, len(data)), data...)))
	}
	data := ab.Bytes()
	ab.Detach()
	return rt.VM().ToValue(rt.VM().NewArrayBuffer(data))
}
