package util

import (
	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

// decodeUTF8 is decodeUTF8(bytes, fatal, stream): it decodes bytes as the
// WHATWG Encoding Standard's UTF-8 decoder does and returns
// [text, pendingByteCount], or null when fatal is set and the input is
// malformed. With stream set, an incomplete sequence at the end is left
// undecoded and counted in pendingByteCount for the next call.
func decodeUTF8(r *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := r.VM()
	b, ok := r.Bytes(call.Argument(0))
	if !ok && !goja.IsUndefined(call.Argument(0)) {
		panic(vm.NewTypeError("decodeUTF8: not a buffer source"))
	}
	fatal := call.Argument(1).ToBoolean()
	stream := call.Argument(2).ToBoolean()
	s, pending, valid := runtime.DecodeUTF8(b, fatal, stream)
	if !valid {
		return goja.Null()
	}
	return vm.NewArray(s, pending)
}
