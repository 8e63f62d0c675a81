// Package v8 provides Node's v8 module: the structured-clone serializer
// (v8.serialize/deserialize and the Serializer classes) on the
// internal/v8ser codec, byte for byte the format node writes, and heap
// statistics from Go's runtime.
//
// There is no V8 here: getHeapStatistics and its siblings report the Go
// heap under node's key names (the values describe a different engine),
// and setFlagsFromString checks its argument but changes nothing.
package v8

import (
	_ "embed"
	"hash/fnv"
	"math"
	goruntime "runtime"
	"runtime/debug"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/v8ser"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/v8.js
var v8Source string

var modules = []runtime.Module{
	runtime.JSModule("v8", v8Source, binding),
}

// Modules returns the v8 module.
func Modules() []runtime.Module { return modules }

func binding(r *runtime.Runtime, _ string) (goja.Value, error) {
	vm := r.VM()
	codec, err := v8ser.New(vm)
	if err != nil {
		return nil, err
	}
	o := vm.NewObject()
	o.Set("newSerializer", func(self *goja.Object) *goja.Object { return newSerializer(vm, codec, self) })
	o.Set("newDeserializer", func(self *goja.Object, data []byte) *goja.Object {
		return newDeserializer(vm, codec, self, data)
	})
	o.Set("heapStatistics", func() map[string]any { return heapStatistics() })
	o.Set("heapSpaces", func() []map[string]any { return heapSpaces() })
	o.Set("cachedDataVersionTag", cachedDataVersionTag)
	return o, nil
}

// newSerializer returns the native side of a v8.Serializer: self is the
// JS object, asked for _writeHostObject when a host object comes.
func newSerializer(vm *goja.Runtime, codec *v8ser.Codec, self *goja.Object) *goja.Object {
	enc := codec.NewEncoder()
	enc.WriteHostObject = func(obj *goja.Object) error {
		f, ok := goja.AssertFunction(self.Get("_writeHostObject"))
		if !ok {
			return v8ser.ErrNoHostObjects
		}
		_, err := f(self, obj)
		return err
	}
	enc.SharedArrayBufferID = func(sab *goja.Object) (uint32, error) {
		f, ok := goja.AssertFunction(self.Get("_getSharedArrayBufferId"))
		if !ok {
			return 0, v8ser.ErrNoSharedArrayBufferID
		}
		id, err := f(self, sab)
		if err != nil {
			return 0, err
		}
		return uint32(id.ToInteger()), nil
	}
	h := vm.NewObject()
	h.Set("writeHeader", enc.WriteHeader)
	// writeValue returns nil, or the message of a DataCloneError.
	h.Set("writeValue", func(v goja.Value) goja.Value {
		err := enc.WriteValue(v)
		if err == nil {
			return goja.Null()
		}
		if ce, ok := err.(*v8ser.CloneError); ok {
			return vm.ToValue(ce.Message)
		}
		panic(err)
	})
	h.Set("releaseBuffer", func() goja.Value { return vm.ToValue(vm.NewArrayBuffer(enc.Release())) })
	h.Set("transferArrayBuffer", func(id uint32, ab *goja.Object) { enc.TransferArrayBuffer(id, ab) })
	h.Set("writeUint32", enc.WriteUint32)
	h.Set("writeUint64", func(hi, lo uint32) { enc.WriteUint64(uint64(hi)<<32 | uint64(lo)) })
	h.Set("writeDouble", enc.WriteDouble)
	h.Set("writeRawBytes", func(b []byte) { enc.WriteRawBytes(b) })
	h.Set("setViewsAsHostObjects", func(on bool) { enc.ViewsAsHostObjects = on })
	return h
}

// newDeserializer returns the native side of a v8.Deserializer over data
// (the bytes of its buffer).
func newDeserializer(vm *goja.Runtime, codec *v8ser.Codec, self *goja.Object, data []byte) *goja.Object {
	dec := codec.NewDecoder(data)
	dec.ReadHostObject = func() (*goja.Object, error) {
		f, ok := goja.AssertFunction(self.Get("_readHostObject"))
		if !ok {
			return nil, v8ser.ErrNoHostObjects
		}
		v, err := f(self)
		if err != nil {
			return nil, err
		}
		o, ok := v.(*goja.Object)
		if !ok {
			return nil, v8ser.ErrHostNotObject
		}
		return o, nil
	}
	fail := func(err error) {
		if de, ok := err.(*v8ser.DecodeError); ok {
			panic(vm.NewGoError(de))
		}
		panic(err)
	}
	h := vm.NewObject()
	h.Set("readHeader", func() goja.Value {
		if err := dec.ReadHeader(); err != nil {
			return vm.ToValue(err.Error())
		}
		return goja.Null()
	})
	// readValue returns [value] or the message of a deserialization error.
	h.Set("readValue", func() goja.Value {
		v, err := dec.ReadValue()
		if err == nil {
			return vm.NewArray(v)
		}
		if de, ok := err.(*v8ser.DecodeError); ok {
			return vm.ToValue(de.Message)
		}
		if err == v8ser.ErrHostNotObject {
			return vm.NewArray(goja.Undefined(), "readHostObject must return an object")
		}
		fail(err)
		return nil
	})
	h.Set("version", dec.Version)
	h.Set("transferArrayBuffer", func(id uint32, ab *goja.Object) { dec.TransferArrayBuffer(id, ab) })
	h.Set("readUint32", func() goja.Value {
		v, ok := dec.ReadUint32()
		if !ok {
			return goja.Null()
		}
		return vm.ToValue(v)
	})
	h.Set("readUint64", func() goja.Value {
		v, ok := dec.ReadUint64()
		if !ok {
			return goja.Null()
		}
		return vm.NewArray(uint32(v>>32), uint32(v))
	})
	h.Set("readDouble", func() goja.Value {
		v, ok := dec.ReadDouble()
		if !ok {
			return goja.Null()
		}
		return vm.ToValue(v)
	})
	h.Set("readRawBytes", func(n int) goja.Value {
		start := dec.Offset()
		if _, ok := dec.ReadRawBytes(n); !ok {
			return goja.Null()
		}
		return vm.ToValue(start)
	})
	return h
}

var peakMalloced struct {
	sync.Mutex
	n uint64
}

// heapStatistics maps Go's MemStats onto node's keys: the heap is Go's
// heap, "malloced" memory is what the Go runtime holds outside it.
func heapStatistics() map[string]any {
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	limit := uint64(debug.SetMemoryLimit(-1))
	if limit == math.MaxInt64 {
		limit = systemMemory()
	}
	malloced := m.Sys - m.HeapSys - m.StackSys
	peakMalloced.Lock()
	if malloced > peakMalloced.n {
		peakMalloced.n = malloced
	}
	peak := peakMalloced.n
	peakMalloced.Unlock()
	avail := uint64(0)
	if limit > m.HeapAlloc {
		avail = limit - m.HeapAlloc
	}
	return map[string]any{
		"total_heap_size":             m.HeapSys,
		"total_heap_size_executable":  0,
		"total_physical_size":         m.HeapSys - m.HeapReleased,
		"total_available_size":        avail,
		"used_heap_size":              m.HeapAlloc,
		"heap_size_limit":             limit,
		"malloced_memory":             malloced,
		"peak_malloced_memory":        peak,
		"does_zap_garbage":            0,
		"number_of_native_contexts":   1,
		"number_of_detached_contexts": 0,
		"total_global_handles_size":   0,
		"used_global_handles_size":    0,
		"external_memory":             0,
	}
}

// heapSpaces reports the Go heap as V8's old space (Go's collector has
// one generation) and the other spaces empty.
func heapSpaces() []map[string]any {
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	names := []string{"read_only_space", "new_space", "old_space", "code_space", "shared_space",
		"new_large_object_space", "large_object_space", "code_large_object_space", "shared_large_object_space"}
	out := make([]map[string]any, len(names))
	for i, n := range names {
		s := map[string]any{"space_name": n, "space_size": 0, "space_used_size": 0,
			"space_available_size": 0, "physical_space_size": 0}
		if n == "old_space" {
			s["space_size"] = m.HeapSys
			s["space_used_size"] = m.HeapAlloc
			s["space_available_size"] = m.HeapIdle - m.HeapReleased
			s["physical_space_size"] = m.HeapSys - m.HeapReleased
		}
		out[i] = s
	}
	return out
}

// cachedDataVersionTag identifies the engine build, as V8's tag does: a
// hash of the Go toolchain and the jsproc module's build.
func cachedDataVersionTag() uint32 {
	h := fnv.New32a()
	h.Write([]byte(goruntime.Version()))
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/dop251/goja" {
				h.Write([]byte(d.Version))
			}
		}
	}
	return h.Sum32()
}
