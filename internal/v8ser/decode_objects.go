package v8ser

import (
	"encoding/binary"
	"math/big"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// The bodies of strings, BigInts, objects, arrays, views and errors.

func (d *Decoder) stringBody(t byte) (goja.Value, error) {
	n, ok := d.ReadUint32()
	if !ok {
		return nil, errBadData
	}
	b, ok := d.ReadRawBytes(int(n))
	if !ok {
		return nil, errBadData
	}
	switch t {
	case tagUtf8String:
		if !utf8.Valid(b) {
			return d.h.vm.ToValue(string([]rune(string(b)))), nil
		}
		return d.h.vm.ToValue(string(b)), nil
	case tagOneByteString:
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return d.h.vm.ToValue(string(r)), nil
	}
	if n%2 != 0 {
		return nil, errBadData
	}
	u := make([]uint16, n/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return goja.StringFromUTF16(u), nil
}

func (d *Decoder) string() (goja.Value, error) {
	t, ok := d.tag()
	if !ok || (t != tagUtf8String && t != tagOneByteString && t != tagTwoByteString) {
		return nil, errBadData
	}
	return d.stringBody(t)
}

func (d *Decoder) bigint() (*big.Int, error) {
	bits, ok := d.varint()
	if !ok {
		return nil, errBadData
	}
	n := int(bits >> 1)
	b, ok := d.ReadRawBytes(n)
	if !ok {
		return nil, errBadData
	}
	be := make([]byte, n)
	for i := range b {
		be[n-1-i] = b[i]
	}
	v := new(big.Int).SetBytes(be)
	if bits&1 != 0 {
		v.Neg(v)
	}
	return v, nil
}

// props reads key/value pairs up to end; keys are strings or numbers.
func (d *Decoder) props(o *goja.Object, end byte, depth int) (int, error) {
	n := 0
	for {
		t, ok := d.peek()
		if !ok {
			return 0, errBadData
		}
		if t == end {
			d.tag()
			return n, nil
		}
		k, err := d.read(depth + 1)
		if err != nil {
			return 0, err
		}
		var key string
		switch {
		case goja.IsString(k):
			key = k.String()
		case goja.IsNumber(k):
			key = k.String()
		default:
			return 0, errBadData
		}
		v, err := d.read(depth + 1)
		if err != nil {
			return 0, err
		}
		if err := o.Set(key, v); err != nil {
			return 0, err
		}
		n++
	}
}

func (d *Decoder) dense(depth int) (goja.Value, error) {
	length, ok := d.ReadUint32()
	if !ok || int(length) > len(d.data)-d.pos {
		return nil, errBadData
	}
	a := d.h.vm.NewArray()
	a.Set("length", length)
	d.objects[d.id()] = a
	for i := uint32(0); i < length; i++ {
		if t, ok := d.peek(); ok && t == tagTheHole {
			d.tag()
			continue
		}
		v, err := d.read(depth + 1)
		if err != nil {
			return nil, err
		}
		a.Set(strconv.FormatUint(uint64(i), 10), v)
	}
	n, err := d.props(a, tagEndDense, depth)
	if err != nil {
		return nil, err
	}
	if c, ok := d.varint(); !ok || c != uint64(n) {
		return nil, errBadData
	}
	if l, ok := d.varint(); !ok || l != uint64(length) {
		return nil, errBadData
	}
	return a, nil
}

func (d *Decoder) view(buf *goja.Object) (goja.Value, error) {
	sub, ok := d.tag()
	if !ok {
		return nil, errBadData
	}
	offset, ok1 := d.ReadUint32()
	length, ok2 := d.ReadUint32()
	if !ok1 || !ok2 {
		return nil, errBadData
	}
	if d.version >= 14 {
		if _, ok := d.varint(); !ok {
			return nil, errBadData
		}
	}
	name := ""
	for n, t := range viewTags() {
		if t == sub {
			name = n
		}
	}
	size := len(buf.Export().(goja.ArrayBuffer).Bytes())
	if name == "" || int(offset)+int(length) > size {
		return nil, errBadData
	}
	o, err := d.h.callErr(d.h.newView, d.h.vm.ToValue(name), buf, d.h.vm.ToValue(offset), d.h.vm.ToValue(length))
	if err != nil {
		return nil, errBadData
	}
	d.objects[d.id()] = o.(*goja.Object)
	return o, nil
}

var errorProtoTags = sync.OnceValue(func() map[byte]string {
	return map[byte]string{errEval: "E", errRange: "R", errReference: "F", errSyntax: "S", errType: "T", errURI: "U"}
})

func (d *Decoder) error(depth int) (goja.Value, error) {
	id := d.id()
	var proto string
	var message, stack, cause goja.Value
	hasCause := false
	for done := false; !done; {
		t, ok := d.varint()
		if !ok {
			return nil, errBadData
		}
		switch byte(t) {
		case errEval, errRange, errReference, errSyntax, errType, errURI:
			proto = errorProtoTags()[byte(t)]
		case errMessage:
			s, err := d.string()
			if err != nil {
				return nil, err
			}
			message = s
		case errStack:
			s, err := d.string()
			if err != nil {
				return nil, err
			}
			stack = s
		case errCause:
			c, err := d.read(depth + 1)
			if err != nil {
				return nil, err
			}
			cause, hasCause = c, true
		case errEnd:
			done = true
		default:
			return nil, errBadData
		}
	}
	e := d.h.call(d.h.newError, d.h.vm.ToValue(proto)).(*goja.Object)
	d.objects[id] = e
	if message != nil {
		d.h.call(d.h.setHidden, e, d.h.vm.ToValue("message"), message)
	}
	if stack != nil {
		d.h.call(d.h.setHidden, e, d.h.vm.ToValue("stack"), stack)
	}
	if hasCause {
		d.h.call(d.h.setHidden, e, d.h.vm.ToValue("cause"), cause)
	}
	return e, nil
}
