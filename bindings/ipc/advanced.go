package ipc

import (
	"encoding/binary"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/v8ser"
)

// node's 'advanced' serialization: each message is a 4-byte big-endian
// length followed by that many bytes of V8's structured-clone format
// (header and one value), written by node's ChildProcessSerializer. That
// serializer writes every ArrayBufferView as a host object: a uint32 tag
// (0: a view; 1: another host object, followed by a plain-object copy of
// it), then, for a view, the view's type index (node's
// arrayBufferViewTypeToIndex; 10 for a Buffer), its byte length and its
// bytes.

const (
	hostView  = 0 // kArrayBufferViewTag
	hostOther = 1 // kNotArrayBufferViewTag
)

// advanced holds what the 'advanced' mode of one handle needs. Loop only.
type advanced struct {
	codec *v8ser.Codec
	// viewBytes(view) returns [typeIndex, a Uint8Array over the view's
	// bytes]; makeView(typeIndex, arrayBuffer) builds the view back. Both
	// are the glue module's (js/ipc.js).
	viewBytes goja.Callable
	makeView  goja.Callable
	errorCtor goja.Value // Error, node's Serializer's _getDataCloneError
}

// newAdvanced prepares the 'advanced' mode for h.
func newAdvanced(h *handle, glue *goja.Object) error {
	vm := h.rt.VM()
	codec, err := v8ser.New(vm)
	if err != nil {
		return err
	}
	a := &advanced{codec: codec, errorCtor: vm.Get("Error")}
	a.viewBytes, _ = goja.AssertFunction(glue.Get("viewBytes"))
	a.makeView, _ = goja.AssertFunction(glue.Get("makeView"))
	h.adv = a
	return nil
}

// encodeAdvanced returns message framed as node's advanced mode writes it.
// What V8 cannot clone throws node's error: an Error whose message says
// what could not be cloned.
func (h *handle) encodeAdvanced(msg goja.Value) []byte {
	a := h.adv
	enc := a.codec.NewEncoder()
	enc.ViewsAsHostObjects = true
	enc.WriteHostObject = func(obj *goja.Object) error {
		pair := h.rt.Call(a.viewBytes, goja.Undefined(), obj).ToObject(h.rt.VM())
		b, _ := pair.Get("1").Export().([]byte)
		enc.WriteUint32(hostView)
		enc.WriteUint32(uint32(pair.Get("0").ToInteger()))
		enc.WriteUint32(uint32(len(b)))
		enc.WriteRawBytes(b)
		return nil
	}
	enc.WriteRawBytes([]byte{0, 0, 0, 0})
	enc.WriteHeader()
	if err := enc.WriteValue(msg); err != nil {
		if ce, ok := err.(*v8ser.CloneError); ok {
			ctor, _ := goja.AssertConstructor(a.errorCtor)
			e, cerr := ctor(nil, h.rt.VM().ToValue(ce.Message))
			if cerr != nil {
				panic(cerr)
			}
			panic(e)
		}
		panic(err)
	}
	data := enc.Release()
	binary.BigEndian.PutUint32(data, uint32(len(data)-4))
	return data
}

// onDataAdvanced splits a chunk read into framed messages and delivers
// their values as one batch. A message V8 cannot read throws its error
// after the values before it were delivered.
func (h *handle) onDataAdvanced(chunk []byte) {
	data := chunk
	if len(h.partial) > 0 {
		h.partial = append(h.partial, chunk...)
		data = h.partial
	}
	var vals []any
	var failure any
	for len(data) >= 4 {
		n := int(binary.BigEndian.Uint32(data))
		if len(data)-4 < n {
			break
		}
		v, err := h.decodeAdvanced(data[4 : 4+n])
		data = data[4+n:]
		if err != nil {
			failure = err
			break
		}
		vals = append(vals, v)
	}
	// Keep what is left for the next chunk (data may be partial's own
	// tail: append moves overlapping bytes correctly).
	h.partial = append(h.partial[:0], data...)
	if len(vals) > 0 {
		h.emitValues(vals)
	}
	if failure != nil {
		panic(failure)
	}
}

// decodeAdvanced reads one message's value. It returns the JS error to
// throw for malformed data.
func (h *handle) decodeAdvanced(payload []byte) (goja.Value, any) {
	a := h.adv
	vm := h.rt.VM()
	dec := a.codec.NewDecoder(payload)
	dec.ReadHostObject = func() (*goja.Object, error) {
		tag, ok := dec.ReadUint32()
		if !ok {
			return nil, v8ser.ErrNoHostObjects
		}
		if tag == hostOther {
			v, err := dec.ReadValue()
			if err != nil {
				return nil, err
			}
			o, _ := v.(*goja.Object)
			return o, nil
		}
		if tag != hostView {
			return nil, v8ser.ErrNoHostObjects
		}
		index, ok1 := dec.ReadUint32()
		size, ok2 := dec.ReadUint32()
		if !ok1 || !ok2 || index > 12 {
			return nil, v8ser.ErrNoHostObjects
		}
		raw, ok := dec.ReadRawBytes(int(size))
		if !ok {
			return nil, v8ser.ErrNoHostObjects
		}
		ab := vm.NewArrayBuffer(append([]byte(nil), raw...))
		v := h.rt.Call(a.makeView, goja.Undefined(), vm.ToValue(index), vm.ToValue(ab))
		o, _ := v.(*goja.Object)
		return o, nil
	}
	fail := func(err error) any {
		msg := err.Error()
		if ex, ok := err.(*goja.Exception); ok {
			return ex
		}
		ctor, _ := goja.AssertConstructor(a.errorCtor)
		e, cerr := ctor(nil, vm.ToValue(msg))
		if cerr != nil {
			return cerr
		}
		return e
	}
	if err := dec.ReadHeader(); err != nil {
		return nil, fail(err)
	}
	v, err := dec.ReadValue()
	if err != nil {
		return nil, fail(err)
	}
	return v, nil
}
