package v8ser

import (
	"encoding/binary"
	"math"

	"github.com/dop251/goja"
)

// Decoder reads values in V8's format.
type Decoder struct {
	h         *helpers
	data      []byte
	pos       int
	version   uint32
	objects   map[uint32]*goja.Object
	nextID    uint32
	transfers map[uint32]*goja.Object

	// ReadHostObject reads a host object's contents after its tag, with
	// the Decoder's Read methods. When nil, host objects are malformed data.
	ReadHostObject func() (*goja.Object, error)
}

// NewDecoder returns a Decoder over data (which it does not copy).
func (c *Codec) NewDecoder(data []byte) *Decoder {
	return &Decoder{h: c.h, data: data, objects: map[uint32]*goja.Object{}}
}

// Decode reads the header and one value from data.
func (c *Codec) Decode(data []byte) (goja.Value, error) {
	d := c.NewDecoder(data)
	if err := d.ReadHeader(); err != nil {
		return nil, err
	}
	return d.ReadValue()
}

// Version is the format version ReadHeader found.
func (d *Decoder) Version() uint32 { return d.version }

// Offset is how many bytes have been read.
func (d *Decoder) Offset() int { return d.pos }

// ReadHeader reads the version tag; versions 13 to 15 are accepted.
func (d *Decoder) ReadHeader() error {
	if d.pos < len(d.data) && d.data[d.pos] == tagVersion {
		d.pos++
		v, ok := d.varint()
		if !ok || v > Latest {
			return errBadVersion
		}
		d.version = uint32(v)
	}
	if d.version < 13 {
		return errBadVersion
	}
	return nil
}

// TransferArrayBuffer makes transfer id read as ab.
func (d *Decoder) TransferArrayBuffer(id uint32, ab *goja.Object) {
	if d.transfers == nil {
		d.transfers = map[uint32]*goja.Object{}
	}
	d.transfers[id] = ab
}

// ReadUint32 reads a varint that fits 32 bits.
func (d *Decoder) ReadUint32() (uint32, bool) {
	v, ok := d.varint()
	return uint32(v), ok && v <= math.MaxUint32
}

// ReadUint64 reads a varint.
func (d *Decoder) ReadUint64() (uint64, bool) { return d.varint() }

// ReadDouble reads eight little-endian bytes.
func (d *Decoder) ReadDouble() (float64, bool) {
	b, ok := d.ReadRawBytes(8)
	if !ok {
		return 0, false
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b)), true
}

// ReadRawBytes returns the next n bytes (not a copy).
func (d *Decoder) ReadRawBytes(n int) ([]byte, bool) {
	if n < 0 || n > len(d.data)-d.pos {
		return nil, false
	}
	b := d.data[d.pos : d.pos+n]
	d.pos += n
	return b, true
}

// ReadValue reads one value.
func (d *Decoder) ReadValue() (v goja.Value, err error) {
	defer func() {
		if x := recover(); x != nil {
			if ex, ok := x.(*goja.Exception); ok {
				v, err = nil, ex
				return
			}
			panic(x)
		}
	}()
	if d.pos < len(d.data) && d.data[d.pos] == tagPadding {
		return nil, errBadData
	}
	v, err = d.read(0)
	if err == nil && v == nil {
		err = errBadData
	}
	return v, err
}

func (d *Decoder) varint() (uint64, bool) {
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		return 0, false
	}
	d.pos += n
	return v, true
}

func (d *Decoder) tag() (byte, bool) {
	for d.pos < len(d.data) {
		t := d.data[d.pos]
		d.pos++
		if t != tagPadding {
			return t, true
		}
	}
	return 0, false
}

func (d *Decoder) peek() (byte, bool) {
	save := d.pos
	t, ok := d.tag()
	d.pos = save
	return t, ok
}

const maxDepth = 5000

func (d *Decoder) read(depth int) (goja.Value, error) {
	if depth > maxDepth {
		return nil, &DecodeError{"Maximum call stack size exceeded"}
	}
	v, err := d.readInner(depth)
	if err != nil {
		return nil, err
	}
	if o, ok := v.(*goja.Object); ok && o.ExportType() == arrayBufferType {
		if t, ok := d.peek(); ok && t == tagView {
			d.tag()
			return d.view(o)
		}
	}
	return v, nil
}

func (d *Decoder) id() uint32 {
	id := d.nextID
	d.nextID++
	return id
}

func (d *Decoder) readInner(depth int) (goja.Value, error) {
	vm := d.h.vm
	t, ok := d.tag()
	if !ok {
		return nil, errBadData
	}
	switch t {
	case tagVerifyCount:
		if _, ok := d.varint(); !ok {
			return nil, errBadData
		}
		return d.readInner(depth)
	case tagUndefined:
		return goja.Undefined(), nil
	case tagNull:
		return goja.Null(), nil
	case tagTrue:
		return vm.ToValue(true), nil
	case tagFalse:
		return vm.ToValue(false), nil
	case tagInt32:
		u, ok := d.varint()
		if !ok {
			return nil, errBadData
		}
		return vm.ToValue(int64(int32(uint32(u)>>1) ^ -int32(u&1))), nil
	case tagUint32:
		u, ok := d.ReadUint32()
		if !ok {
			return nil, errBadData
		}
		return vm.ToValue(int64(u)), nil
	case tagDouble:
		f, ok := d.ReadDouble()
		if !ok {
			return nil, errBadData
		}
		return vm.ToValue(f), nil
	case tagBigInt:
		b, err := d.bigint()
		if err != nil {
			return nil, err
		}
		return vm.ToValue(b), nil
	case tagUtf8String, tagOneByteString, tagTwoByteString:
		return d.stringBody(t)
	case tagObjectReference:
		id, ok := d.ReadUint32()
		if !ok {
			return nil, errBadData
		}
		o, found := d.objects[id]
		if !found {
			return nil, errBadData
		}
		return o, nil
	case tagBeginObject:
		o := vm.NewObject()
		d.objects[d.id()] = o
		n, err := d.props(o, tagEndObject, depth)
		if err != nil {
			return nil, err
		}
		if c, ok := d.varint(); !ok || c != uint64(n) {
			return nil, errBadData
		}
		return o, nil
	case tagBeginSparse:
		length, ok := d.ReadUint32()
		if !ok {
			return nil, errBadData
		}
		a := vm.NewArray()
		a.Set("length", length)
		d.objects[d.id()] = a
		n, err := d.props(a, tagEndSparse, depth)
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
	case tagBeginDense:
		return d.dense(depth)
	case tagDate:
		f, ok := d.ReadDouble()
		if !ok {
			return nil, errBadData
		}
		o := d.h.call(d.h.newDate, vm.ToValue(f)).(*goja.Object)
		d.objects[d.id()] = o
		return o, nil
	case tagTrueObject, tagFalseObject:
		o := d.h.call(d.h.box, vm.ToValue(t == tagTrueObject)).(*goja.Object)
		d.objects[d.id()] = o
		return o, nil
	case tagNumberObject:
		f, ok := d.ReadDouble()
		if !ok {
			return nil, errBadData
		}
		o := d.h.call(d.h.box, vm.ToValue(f)).(*goja.Object)
		d.objects[d.id()] = o
		return o, nil
	case tagBigIntObject:
		b, err := d.bigint()
		if err != nil {
			return nil, err
		}
		o := d.h.call(d.h.box, vm.ToValue(b)).(*goja.Object)
		d.objects[d.id()] = o
		return o, nil
	case tagStringObject:
		s, err := d.string()
		if err != nil {
			return nil, err
		}
		o := d.h.call(d.h.box, s).(*goja.Object)
		d.objects[d.id()] = o
		return o, nil
	case tagRegExp:
		id := d.id()
		src, err := d.string()
		if err != nil {
			return nil, err
		}
		flags, ok := d.ReadUint32()
		if !ok || flags&reLinear != 0 {
			return nil, errBadData
		}
		o := d.h.call(d.h.newRegExp, src, vm.ToValue(flags)).(*goja.Object)
		d.objects[id] = o
		return o, nil
	case tagBeginMap:
		m := d.h.call(d.h.newMap).(*goja.Object)
		d.objects[d.id()] = m
		n := 0
		for {
			if t, ok := d.peek(); !ok {
				return nil, errBadData
			} else if t == tagEndMap {
				d.tag()
				break
			}
			k, err := d.read(depth + 1)
			if err != nil {
				return nil, err
			}
			v, err := d.read(depth + 1)
			if err != nil {
				return nil, err
			}
			d.h.call(d.h.mapSet, m, k, v)
			n += 2
		}
		if c, ok := d.varint(); !ok || c != uint64(n) {
			return nil, errBadData
		}
		return m, nil
	case tagBeginSet:
		s := d.h.call(d.h.newSet).(*goja.Object)
		d.objects[d.id()] = s
		n := 0
		for {
			if t, ok := d.peek(); !ok {
				return nil, errBadData
			} else if t == tagEndSet {
				d.tag()
				break
			}
			v, err := d.read(depth + 1)
			if err != nil {
				return nil, err
			}
			d.h.call(d.h.setAdd, s, v)
			n++
		}
		if c, ok := d.varint(); !ok || c != uint64(n) {
			return nil, errBadData
		}
		return s, nil
	case tagArrayBuffer:
		n, ok := d.ReadUint32()
		if !ok {
			return nil, errBadData
		}
		b, ok := d.ReadRawBytes(int(n))
		if !ok {
			return nil, errBadData
		}
		o := vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), b...))).(*goja.Object)
		d.objects[d.id()] = o
		return o, nil
	case tagBufferTransfer:
		id, ok := d.ReadUint32()
		if !ok {
			return nil, errBadData
		}
		o, found := d.transfers[id]
		if !found {
			return nil, errBadData
		}
		d.objects[d.id()] = o
		return o, nil
	case tagHostObject:
		if d.ReadHostObject == nil {
			return nil, errBadData
		}
		id := d.id()
		o, err := d.ReadHostObject()
		if err == ErrNoHostObjects {
			return nil, errBadData
		}
		if err != nil {
			return nil, err
		}
		if o == nil {
			return nil, errBadData
		}
		d.objects[id] = o
		return o, nil
	case tagError:
		return d.error(depth)
	}
	return nil, errBadData
}
