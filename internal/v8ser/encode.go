package v8ser

import (
	"encoding/binary"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/sharedmem"
)

var (
	proxyType       = reflect.TypeOf(goja.Proxy{})
	mapType         = reflect.TypeOf([][2]interface{}{})
	setType         = reflect.TypeOf([]interface{}{})
	arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})
	bigIntType      = reflect.TypeOf((*big.Int)(nil))
	promiseType     = reflect.TypeOf((*goja.Promise)(nil))
)

// Encoder writes values in V8's format into a growing buffer.
type Encoder struct {
	h         *helpers
	buf       []byte
	ids       map[*goja.Object]uint32
	transfers map[*goja.Object]uint32

	// ViewsAsHostObjects writes TypedArrays and DataViews as host objects
	// (through WriteHostObject), as node's DefaultSerializer asks, instead
	// of as V8's own views after their ArrayBuffer.
	ViewsAsHostObjects bool
	// WriteHostObject writes a host object's contents, after its tag, with
	// the Encoder's Write methods. When nil, host objects cannot be cloned.
	WriteHostObject func(obj *goja.Object) error
	// SharedArrayBufferID returns the id under which a SharedArrayBuffer
	// is written (its memory is not). When nil, or when it returns
	// ErrNoSharedArrayBufferID, SharedArrayBuffers cannot be cloned.
	SharedArrayBufferID func(sab *goja.Object) (uint32, error)
}

// shared writes a SharedArrayBuffer as its id.
func (e *Encoder) shared(o *goja.Object) error {
	if e.SharedArrayBufferID == nil {
		return cloneError(e.h.call(e.h.describe, o).String())
	}
	id, err := e.SharedArrayBufferID(o)
	if err == ErrNoSharedArrayBufferID {
		return cloneError(e.h.call(e.h.describe, o).String())
	}
	if err != nil {
		return err
	}
	e.buf = append(e.buf, tagSharedBuffer)
	e.varint(uint64(id))
	return nil
}

// NewEncoder returns an empty Encoder.
func (c *Codec) NewEncoder() *Encoder {
	return &Encoder{h: c.h, ids: map[*goja.Object]uint32{}}
}

// Encode returns the header and v, with views as V8's own (not node's host
// objects).
func (c *Codec) Encode(v goja.Value) ([]byte, error) {
	e := c.NewEncoder()
	e.WriteHeader()
	if err := e.WriteValue(v); err != nil {
		return nil, err
	}
	return e.Release(), nil
}

// WriteHeader writes the version tag and version.
func (e *Encoder) WriteHeader() {
	e.buf = append(e.buf, tagVersion)
	e.varint(Latest)
}

// WriteUint32 writes v as a varint.
func (e *Encoder) WriteUint32(v uint32) { e.varint(uint64(v)) }

// WriteUint64 writes v as a varint.
func (e *Encoder) WriteUint64(v uint64) { e.varint(v) }

// WriteDouble writes v's eight bytes, little-endian (NaN as V8's quiet NaN).
func (e *Encoder) WriteDouble(v float64) {
	if v != v {
		e.buf = binary.LittleEndian.AppendUint64(e.buf, 0x7FF8000000000000) // V8's NaN
		return
	}
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v))
}

// WriteRawBytes appends b.
func (e *Encoder) WriteRawBytes(b []byte) { e.buf = append(e.buf, b...) }

// Release returns what was written and empties the Encoder.
func (e *Encoder) Release() []byte {
	b := e.buf
	e.buf = nil
	return b
}

// TransferArrayBuffer makes ab be written as a reference to transfer id.
func (e *Encoder) TransferArrayBuffer(id uint32, ab *goja.Object) {
	if e.transfers == nil {
		e.transfers = map[*goja.Object]uint32{}
	}
	e.transfers[ab] = id
}

// WriteValue writes v. It returns a *CloneError for what V8 cannot clone,
// or the JS exception a getter or a helper threw.
func (e *Encoder) WriteValue(v goja.Value) (err error) {
	defer func() {
		if x := recover(); x != nil {
			if ex, ok := x.(*goja.Exception); ok {
				err = ex
				return
			}
			panic(x)
		}
	}()
	return e.write(v)
}

func (e *Encoder) varint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

func (e *Encoder) write(v goja.Value) error {
	switch {
	case v == nil || goja.IsUndefined(v):
		e.buf = append(e.buf, tagUndefined)
	case goja.IsNull(v):
		e.buf = append(e.buf, tagNull)
	case goja.IsNumber(v):
		e.number(v.ToFloat())
	case goja.IsString(v):
		e.str(v.(goja.String))
	case goja.IsBigInt(v):
		e.buf = append(e.buf, tagBigInt)
		e.bigint(v.Export().(*big.Int))
	default:
		switch x := v.(type) {
		case *goja.Symbol:
			return cloneError("Symbol(" + x.String() + ")")
		case *goja.Object:
			return e.receiver(x)
		}
		if v.ExportType().Kind() == reflect.Bool {
			if v.ToBoolean() {
				e.buf = append(e.buf, tagTrue)
			} else {
				e.buf = append(e.buf, tagFalse)
			}
			return nil
		}
		return cloneError(v.String())
	}
	return nil
}

func isSmi(f float64) bool {
	return f >= math.MinInt32 && f <= math.MaxInt32 && f == math.Trunc(f) && !(f == 0 && math.Signbit(f))
}

func (e *Encoder) number(f float64) {
	if isSmi(f) {
		e.buf = append(e.buf, tagInt32)
		i := int32(f)
		e.varint(uint64(uint32((i << 1) ^ (i >> 31))))
		return
	}
	e.buf = append(e.buf, tagDouble)
	e.WriteDouble(f)
}

func (e *Encoder) str(s goja.String) {
	n := s.Length()
	oneByte := true
	for i := 0; i < n; i++ {
		if s.CharAt(i) > 0xFF {
			oneByte = false
			break
		}
	}
	if oneByte {
		e.buf = append(e.buf, tagOneByteString)
		e.varint(uint64(n))
		for i := 0; i < n; i++ {
			e.buf = append(e.buf, byte(s.CharAt(i)))
		}
		return
	}
	size := uint64(2 * n)
	if (len(e.buf)+1+varintLen(size))&1 != 0 {
		e.buf = append(e.buf, tagPadding)
	}
	e.buf = append(e.buf, tagTwoByteString)
	e.varint(size)
	for i := 0; i < n; i++ {
		e.buf = binary.LittleEndian.AppendUint16(e.buf, s.CharAt(i))
	}
}

func varintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

func (e *Encoder) bigint(b *big.Int) {
	words := (b.BitLen() + 63) / 64
	bits := uint64(words*8) << 1
	if b.Sign() < 0 {
		bits |= 1
	}
	e.varint(bits)
	be := new(big.Int).Abs(b).FillBytes(make([]byte, words*8))
	for i := len(be) - 1; i >= 0; i-- {
		e.buf = append(e.buf, be[i])
	}
}

// key writes a property key: an array index as a number, as V8 keeps them.
func (e *Encoder) key(k string) {
	if idx, ok := arrayIndex(k); ok {
		e.number(float64(idx))
		return
	}
	e.str(e.h.vm.ToValue(k).(goja.String))
}

func arrayIndex(k string) (uint32, bool) {
	if k == "" || len(k) > 10 || (len(k) > 1 && k[0] == '0') {
		return 0, false
	}
	n, err := strconv.ParseUint(k, 10, 64)
	if err != nil || n >= math.MaxUint32 {
		return 0, false
	}
	return uint32(n), true
}

func (e *Encoder) receiver(o *goja.Object) error {
	if id, ok := e.ids[o]; ok {
		e.buf = append(e.buf, tagObjectReference)
		e.varint(uint64(id))
		return nil
	}
	typ := o.ExportType()
	class := o.ClassName()
	isView := false
	if class == "Object" && typ != nil {
		switch typ.Kind() {
		case reflect.Slice:
			isView = typ != setType && typ != mapType
		case reflect.Map:
			if p := o.Prototype(); p != nil && p != e.h.objectProto {
				isView = e.h.call(e.h.classify, o).String() == "DataView"
			}
		}
	}
	if isView && !e.ViewsAsHostObjects {
		info := e.h.call(e.h.viewInfo, o).ToObject(e.h.vm)
		if buf := info.Get("0").(*goja.Object); !e.seen(buf) {
			if err := e.receiver(buf); err != nil {
				return err
			}
		}
	}
	e.ids[o] = uint32(len(e.ids))
	if typ == proxyType {
		return cloneError("#<Object>")
	}
	if _, ok := goja.AssertFunction(o); ok {
		return cloneError(e.h.call(e.h.describe, o).String())
	}
	switch class {
	case "Array":
		return e.array(o)
	case "Date":
		e.buf = append(e.buf, tagDate)
		if t, ok := o.Export().(interface{ UnixMilli() int64 }); ok {
			e.WriteDouble(float64(t.UnixMilli()))
		} else {
			e.WriteDouble(math.NaN())
		}
		return nil
	case "RegExp":
		parts := e.h.call(e.h.regexp, o).ToObject(e.h.vm)
		e.buf = append(e.buf, tagRegExp)
		e.str(parts.Get("0").(goja.String))
		e.varint(uint64(parts.Get("1").ToInteger()))
		return nil
	case "Error":
		return e.error(o)
	case "Number":
		e.buf = append(e.buf, tagNumberObject)
		e.WriteDouble(e.h.call(e.h.unbox, o, e.h.vm.ToValue("Number")).ToFloat())
		return nil
	case "String":
		e.buf = append(e.buf, tagStringObject)
		e.str(e.h.call(e.h.unbox, o, e.h.vm.ToValue("String")).(goja.String))
		return nil
	case "Boolean":
		if e.h.call(e.h.unbox, o, e.h.vm.ToValue("Boolean")).ToBoolean() {
			e.buf = append(e.buf, tagTrueObject)
		} else {
			e.buf = append(e.buf, tagFalseObject)
		}
		return nil
	case "Object", "Math", "JSON":
	default:
		return cloneError(e.h.call(e.h.describe, o).String())
	}
	switch {
	case isView:
		if e.ViewsAsHostObjects {
			e.buf = append(e.buf, tagHostObject)
			if e.WriteHostObject == nil {
				return cloneError(e.h.call(e.h.describe, o).String())
			}
			if err := e.WriteHostObject(o); err != ErrNoHostObjects {
				return err
			}
			return cloneError(e.h.call(e.h.describe, o).String())
		}
		info := e.h.call(e.h.viewInfo, o).ToObject(e.h.vm)
		e.buf = append(e.buf, tagView, viewTags()[info.Get("3").String()])
		e.varint(uint64(info.Get("1").ToInteger()))
		e.varint(uint64(info.Get("2").ToInteger()))
		e.varint(0)
		return nil
	case typ == mapType:
		flat := e.h.call(e.h.mapEntries, o).ToObject(e.h.vm)
		n := int(flat.Get("length").ToInteger())
		e.buf = append(e.buf, tagBeginMap)
		for i := 0; i < n; i++ {
			if err := e.write(flat.Get(strconv.Itoa(i))); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, tagEndMap)
		e.varint(uint64(n))
		return nil
	case typ == setType:
		vals := e.h.call(e.h.setValues, o).ToObject(e.h.vm)
		n := int(vals.Get("length").ToInteger())
		e.buf = append(e.buf, tagBeginSet)
		for i := 0; i < n; i++ {
			if err := e.write(vals.Get(strconv.Itoa(i))); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, tagEndSet)
		e.varint(uint64(n))
		return nil
	case typ == arrayBufferType:
		if id, ok := e.transfers[o]; ok {
			e.buf = append(e.buf, tagBufferTransfer)
			e.varint(uint64(id))
			return nil
		}
		ab := o.Export().(goja.ArrayBuffer)
		if _, shared := sharedmem.Of(ab); shared {
			return e.shared(o)
		}
		if ab.Detached() {
			return &CloneError{Message: "An ArrayBuffer is detached and could not be cloned."}
		}
		data := ab.Bytes()
		e.buf = append(e.buf, tagArrayBuffer)
		e.varint(uint64(len(data)))
		e.buf = append(e.buf, data...)
		return nil
	case typ == bigIntType:
		e.buf = append(e.buf, tagBigIntObject)
		e.bigint(e.h.call(e.h.unbox, o, e.h.vm.ToValue("BigInt")).Export().(*big.Int))
		return nil
	case typ == promiseType || (typ != nil && typ.Kind() == reflect.String):
		return cloneError(e.h.call(e.h.describe, o).String())
	case typ != nil && typ.Kind() == reflect.Map:
		if p := o.Prototype(); p != nil && p != e.h.objectProto {
			if kind := e.h.call(e.h.classify, o).String(); kind != "" {
				return cloneError(e.h.call(e.h.describe, o).String())
			}
		}
	}
	return e.object(o)
}

func (e *Encoder) seen(o *goja.Object) bool {
	_, ok := e.ids[o]
	return ok
}

func (e *Encoder) object(o *goja.Object) error {
	e.buf = append(e.buf, tagBeginObject)
	n, err := e.props(o, o.Keys(), false)
	if err != nil {
		return err
	}
	e.buf = append(e.buf, tagEndObject)
	e.varint(uint64(n))
	return nil
}

func (e *Encoder) props(o *goja.Object, keys []string, skipIndices bool) (int, error) {
	n := 0
	for _, k := range keys {
		if skipIndices {
			if _, ok := arrayIndex(k); ok {
				continue
			}
		}
		v := o.Get(k)
		e.key(k)
		if err := e.write(v); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func (e *Encoder) array(o *goja.Object) error {
	length := uint64(o.Get("length").ToInteger())
	if !e.h.call(e.h.isDense, o, e.h.vm.ToValue(length)).ToBoolean() {
		e.buf = append(e.buf, tagBeginSparse)
		e.varint(length)
		n, err := e.props(o, o.Keys(), false)
		if err != nil {
			return err
		}
		e.buf = append(e.buf, tagEndSparse)
		e.varint(uint64(n))
		e.varint(length)
		return nil
	}
	e.buf = append(e.buf, tagBeginDense)
	e.varint(length)
	vals := make([]goja.Value, length)
	allNumbers, anyDouble := length > 0, false
	for i := range vals {
		vals[i] = o.Get(strconv.Itoa(i))
		if !goja.IsNumber(vals[i]) {
			allNumbers = false
		} else if !isSmi(vals[i].ToFloat()) {
			anyDouble = true
		}
	}
	for _, v := range vals {
		if allNumbers && anyDouble {
			e.buf = append(e.buf, tagDouble)
			e.WriteDouble(v.ToFloat())
			continue
		}
		if err := e.write(v); err != nil {
			return err
		}
	}
	n, err := e.props(o, o.Keys(), true)
	if err != nil {
		return err
	}
	e.buf = append(e.buf, tagEndDense)
	e.varint(uint64(n))
	e.varint(length)
	return nil
}

var errorTags = sync.OnceValue(func() map[string]byte {
	return map[string]byte{
		"EvalError": errEval, "RangeError": errRange, "ReferenceError": errReference,
		"SyntaxError": errSyntax, "TypeError": errType, "URIError": errURI,
	}
})

func (e *Encoder) error(o *goja.Object) error {
	p := e.h.call(e.h.errorParts, o).ToObject(e.h.vm)
	e.buf = append(e.buf, tagError)
	if t, ok := errorTags()[p.Get("0").String()]; ok {
		e.buf = append(e.buf, t)
	}
	if p.Get("1").ToBoolean() {
		e.buf = append(e.buf, errMessage)
		e.str(p.Get("2").(goja.String))
	}
	if s := p.Get("3"); goja.IsString(s) {
		e.buf = append(e.buf, errStack)
		e.str(s.(goja.String))
	}
	if p.Get("4").ToBoolean() {
		e.buf = append(e.buf, errCause)
		if err := e.write(p.Get("5")); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, errEnd)
	return nil
}
