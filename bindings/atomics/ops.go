package atomics

import (
	"math"
	"math/big"
	"reflect"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/sharedmem"
)

// elemKind is what Atomics needs of an integer typed array's element type.
type elemKind struct {
	size   int
	signed bool
	big    bool
}

// integerKinds are the integer typed arrays by the Go slice goja exports
// them as; a []uint8 is a Uint8Array or a Uint8ClampedArray.
var integerKinds = map[reflect.Type]elemKind{
	reflect.TypeOf([]int8(nil)): {1, true, false}, reflect.TypeOf([]uint8(nil)): {1, false, false},
	reflect.TypeOf([]int16(nil)): {2, true, false}, reflect.TypeOf([]uint16(nil)): {2, false, false},
	reflect.TypeOf([]int32(nil)): {4, true, false}, reflect.TypeOf([]uint32(nil)): {4, false, false},
	reflect.TypeOf([]int64(nil)): {8, true, true}, reflect.TypeOf([]uint64(nil)): {8, false, true},
}

var typeBytes = reflect.TypeOf([]byte(nil))

// view is an integer typed array that an Atomics call validated.
type view struct {
	kind   elemKind
	base   unsafe.Pointer // the first element
	length int64
	block  sharedmem.Block // valid when the buffer is shared
}

func (v view) shared() bool { return v.block.Valid() }

func (v view) cell(i int64) sharedmem.Cell {
	return sharedmem.Cell{P: unsafe.Add(v.base, int(i)*v.kind.size), Size: v.kind.size, Shared: v.shared()}
}

// makeAtomics builds the Atomics namespace object.
func (st *state) makeAtomics() {
	a := st.vm.NewObject()
	rmw := func(name string, op sharedmem.Op) {
		st.method(a, name, 3, func(call goja.FunctionCall) goja.Value {
			v, i := st.access(call.Argument(0), call.Argument(1), name)
			bits, _ := st.operand(v, call.Argument(2))
			return st.result(v, v.cell(i).RMW(op, bits))
		})
	}
	st.method(a, "load", 2, func(call goja.FunctionCall) goja.Value {
		v, i := st.access(call.Argument(0), call.Argument(1), "load")
		return st.result(v, v.cell(i).Load())
	})
	st.method(a, "store", 3, func(call goja.FunctionCall) goja.Value {
		v, i := st.access(call.Argument(0), call.Argument(1), "store")
		bits, stored := st.operand(v, call.Argument(2))
		v.cell(i).Store(bits)
		return stored
	})
	rmw("add", sharedmem.Add)
	rmw("sub", sharedmem.Sub)
	rmw("and", sharedmem.And)
	rmw("or", sharedmem.Or)
	rmw("xor", sharedmem.Xor)
	rmw("exchange", sharedmem.Exchange)
	st.method(a, "compareExchange", 4, func(call goja.FunctionCall) goja.Value {
		// V8 names store in compareExchange's detached-buffer error.
		v, i := st.access(call.Argument(0), call.Argument(1), "store")
		expected, _ := st.operand(v, call.Argument(2))
		replacement, _ := st.operand(v, call.Argument(3))
		return st.result(v, v.cell(i).CompareExchange(expected, replacement))
	})
	st.method(a, "isLockFree", 1, func(call goja.FunctionCall) goja.Value {
		n := st.toNumber(call.Argument(0)) // V8 does not truncate
		return st.vm.ToValue(n == 1 || n == 2 || n == 4 || n == 8)
	})
	st.method(a, "wait", 4, st.wait)
	st.method(a, "waitAsync", 4, st.waitAsync)
	st.method(a, "notify", 3, st.notify)
	_ = a.DefineDataPropertySymbol(goja.SymToStringTag, st.vm.ToValue("Atomics"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	st.atomics = a
}

// integerView is the spec's ValidateIntegerTypedArray: waitable allows
// only Int32Array and BigInt64Array. op names the call in the error for a
// detached buffer.
func (st *state) integerView(ta goja.Value, waitable bool, op string) view {
	// A typed array is an ordinary-class object that goja exports as a
	// Go slice (a Go slice given to JS is an array); the slice's element
	// type is the array's.
	o, _ := ta.(*goja.Object)
	var kind elemKind
	ok := false
	if o != nil && o.ClassName() == "Object" {
		typ := o.ExportType()
		kind, ok = integerKinds[typ]
		if ok && typ == typeBytes {
			ok = st.taTag(goja.FunctionCall{This: o}).String() == "Uint8Array"
		}
	}
	if waitable {
		ok = ok && kind.size >= 4 && kind.signed
	}
	if !ok {
		if waitable {
			st.throwType(st.describe(ta) + " is not an int32 or BigInt64 typed array.")
		}
		st.throwType(st.describe(ta) + " is not an integer typed array.")
	}
	bufObj, _ := st.taBuffer(goja.FunctionCall{This: o}).(*goja.Object)
	var ab goja.ArrayBuffer
	if bufObj != nil {
		ab, _ = bufObj.Export().(goja.ArrayBuffer)
	}
	if ab == (goja.ArrayBuffer{}) || ab.Detached() {
		st.throwType("Cannot perform Atomics." + op + " on a detached ArrayBuffer")
	}
	rv := reflect.ValueOf(o.Export())
	v := view{kind: kind, length: int64(rv.Len())}
	if v.length > 0 {
		v.base = rv.UnsafePointer()
	}
	// The elements lie in the block (checked, as the atomics rely on it).
	if b, ok := sharedmem.Of(ab); ok && v.length > 0 && b.Contains(v.base) {
		v.block = b
	} else if ok && v.length == 0 {
		v.block = b
	}
	return v
}

// access validates an Atomics call's array and index.
func (st *state) access(ta, index goja.Value, op string) (view, int64) {
	v := st.integerView(ta, false, op)
	return v, st.index(v, index)
}

// index is the spec's ValidateAtomicAccess.
func (st *state) index(v view, index goja.Value) int64 {
	const msg = "Invalid atomic access index"
	i := st.toIndex(index, msg)
	if i >= v.length {
		st.throwRange(msg)
	}
	return i
}

// operand converts an Atomics value argument for v's element type: the
// bits to store and the value store returns.
func (st *state) operand(v view, x goja.Value) (uint64, goja.Value) {
	if v.kind.big {
		n := st.toBigInt(x)
		return new(big.Int).And(n, maxUint64).Uint64(), st.vm.ToValue(n)
	}
	f := st.toNumber(x)
	switch {
	case f != f:
		return 0, st.vm.ToValue(0)
	case math.IsInf(f, 0):
		return 0, st.vm.ToValue(f)
	}
	f = math.Trunc(f)
	// f modulo 2^64, exactly: fmod is exact, and a float that large is a
	// multiple of 2^11, so adding 2^64 to a negative one is exact too.
	m := math.Mod(f, 1<<64)
	var bits uint64
	switch {
	case m >= -(1<<63) && m < 1<<63:
		bits = uint64(int64(m))
	case m < 0:
		bits = uint64(m + (1 << 64))
	default:
		bits = uint64(m)
	}
	if f == 0 {
		f = 0 // -0 is returned as +0
	}
	return bits, st.vm.ToValue(f)
}

var maxUint64 = new(big.Int).SetUint64(math.MaxUint64)

// result turns an element's bits into its JS value.
func (st *state) result(v view, bits uint64) goja.Value {
	k := v.kind
	switch {
	case k.big && k.signed:
		return st.vm.ToValue(big.NewInt(int64(bits)))
	case k.big:
		return st.vm.ToValue(new(big.Int).SetUint64(bits))
	}
	shift := 64 - uint(k.size*8)
	if k.signed {
		return st.vm.ToValue(int64(bits<<shift) >> shift)
	}
	return st.vm.ToValue(bits << shift >> shift)
}

// toBigInt is the spec's ToBigInt, with V8's errors.
func (st *state) toBigInt(x goja.Value) *big.Int {
	if o, ok := x.(*goja.Object); ok {
		x = st.toPrimitive(o)
	}
	switch {
	case goja.IsBigInt(x):
		return x.Export().(*big.Int)
	case goja.IsNumber(x):
		st.throwType("Cannot convert " + x.String() + " to a BigInt")
	case goja.IsUndefined(x), goja.IsNull(x):
		st.throwType("Cannot convert " + x.String() + " to a BigInt")
	}
	if _, ok := x.(*goja.Symbol); ok {
		st.throwType("Cannot convert a Symbol value to a BigInt")
	}
	// Booleans and strings: BigInt() converts them as ToBigInt does.
	r, err := st.bigIntFn(goja.Undefined(), x)
	if err != nil {
		panic(err)
	}
	return r.Export().(*big.Int)
}

// toPrimitive is OrdinaryToPrimitive with hint number, after
// @@toPrimitive.
func (st *state) toPrimitive(o *goja.Object) goja.Value {
	if f, ok := goja.AssertFunction(o.GetSymbol(goja.SymToPrimitive)); ok {
		r, err := f(o, st.vm.ToValue("number"))
		if err != nil {
			panic(err)
		}
		if _, isObj := r.(*goja.Object); isObj {
			st.throwType("Cannot convert object to primitive value")
		}
		return r
	}
	for _, name := range []string{"valueOf", "toString"} {
		if f, ok := goja.AssertFunction(o.Get(name)); ok {
			r, err := f(o)
			if err != nil {
				panic(err)
			}
			if _, isObj := r.(*goja.Object); !isObj {
				return r
			}
		}
	}
	st.throwType("Cannot convert object to primitive value")
	return nil
}

// timeout converts Atomics.wait's timeout: NaN and +Infinity wait
// forever (a negative Duration), other values are milliseconds, at least
// zero.
func (st *state) timeout(x goja.Value) time.Duration {
	if x == nil || goja.IsUndefined(x) {
		return -1
	}
	f := st.toNumber(x)
	switch {
	case f != f || f > float64(math.MaxInt64/int64(time.Millisecond)):
		return -1
	case f <= 0:
		return 0
	}
	return max(time.Duration(f*float64(time.Millisecond)), 1)
}
