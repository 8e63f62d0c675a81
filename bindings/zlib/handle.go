package zlib

import (
	"encoding/binary"
	"sync"

	"github.com/dop251/goja"
)

// handle is the native side of one zlib stream object: the engine and the
// two-slot write state (avail_out, avail_in after a write) the JS side
// reads, as node's zlib binding keeps them.
type handle struct {
	b    *binding
	mode int
	// mu serialises the engine between an async write's goroutine and the
	// loop's close and reset.
	mu     sync.Mutex
	eng    engine
	state  []byte // loop: the Uint32Array(2) write state
	closed bool   // loop

	obj    *goja.Object  // loop: the handle's JS object
	onStep goja.Callable // loop: obj.onStep, once looked up
	job    job           // loop: the asynchronous write in progress
}

// newHandle builds the JS object for a new handle of the given mode.
func (b *binding) newHandle(mode int) *goja.Object {
	h := &handle{b: b, mode: mode}
	vm := b.rt.VM()
	o := vm.NewObject()
	h.obj = o
	o.Set("init", h.init)
	o.Set("initBrotli", h.initBrotli)
	o.Set("writeSync", h.writeSync)
	o.Set("writeAll", h.writeAll)
	o.Set("transform", h.transform)
	o.Set("resume", h.resume)
	o.Set("params", h.params)
	o.Set("reset", h.reset)
	o.Set("close", h.close)
	return o
}

// init(windowBits, level, memLevel, strategy, writeState, dictionary) sets
// up a deflate or inflate engine.
func (h *handle) init(call goja.FunctionCall) goja.Value {
	windowBits := int(call.Argument(0).ToInteger())
	level := int(call.Argument(1).ToInteger())
	strategy := int(call.Argument(3).ToInteger())
	h.state, _ = h.b.rt.Bytes(call.Argument(4))
	var dict []byte
	if d := call.Argument(5); !goja.IsUndefined(d) {
		src, _ := h.b.rt.Bytes(d)
		dict = append([]byte(nil), src...)
	}
	switch h.mode {
	case modeDeflate, modeGzip, modeDeflateRaw:
		d, err := newDeflater(h.mode, level, windowBits, strategy, dict)
		if err != nil {
			return h.b.rt.VM().ToValue(false)
		}
		h.eng = d
	default:
		h.eng = newInflater(h.mode, windowBits, dict)
	}
	h.b.track(h)
	return h.b.rt.VM().ToValue(true)
}

// initBrotli(params, writeState) sets up a brotli engine; params is the
// Uint32Array of parameter slots (0xffffffff where unset).
func (h *handle) initBrotli(call goja.FunctionCall) goja.Value {
	raw, _ := h.b.rt.Bytes(call.Argument(0))
	params := make([]uint32, len(raw)/4)
	for i := range params {
		params[i] = binary.LittleEndian.Uint32(raw[4*i:])
	}
	h.state, _ = h.b.rt.Bytes(call.Argument(1))
	if h.mode == modeBrotliEnc {
		h.eng = newBrotliEncoder(params)
	} else {
		h.eng = newBrotliDecoder()
	}
	h.b.track(h)
	return h.b.rt.VM().ToValue(true)
}

// buffers returns the input and output windows of a write call.
func (h *handle) buffers(call goja.FunctionCall) (flush int, in, out []byte) {
	flush = int(call.Argument(0).ToInteger())
	src, _ := h.b.rt.Bytes(call.Argument(1))
	inOff, inLen := int(call.Argument(2).ToInteger()), int(call.Argument(3).ToInteger())
	dst, _ := h.b.rt.Bytes(call.Argument(4))
	outOff, outLen := int(call.Argument(5).ToInteger()), int(call.Argument(6).ToInteger())
	if inOff < 0 || inLen < 0 || inOff+inLen > len(src) || outOff < 0 || outLen < 0 || outOff+outLen > len(dst) {
		panic(h.b.rt.NodeError("RangeError", "ERR_OUT_OF_RANGE", "zlib write out of bounds"))
	}
	return flush, src[inOff : inOff+inLen], dst[outOff : outOff+outLen]
}

// run processes one write under the engine lock.
func (h *handle) run(flush int, in, out []byte) (availOut, availIn int, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.eng == nil {
		return len(out), len(in), nil
	}
	nIn, nOut, err := h.eng.process(flush, in, out)
	return len(out) - nOut, len(in) - nIn, err
}

// finish stores the write state and returns undefined, or the error as
// [message, errno, code] for the JS side to raise. Loop goroutine only.
func (h *handle) finish(availOut, availIn int, err error) goja.Value {
	if len(h.state) >= 8 {
		binary.LittleEndian.PutUint32(h.state[0:], uint32(availOut))
		binary.LittleEndian.PutUint32(h.state[4:], uint32(availIn))
	}
	if err == nil {
		return goja.Undefined()
	}
	vm := h.b.rt.VM()
	ce, ok := err.(*codeError)
	if !ok {
		ce = &codeError{message: err.Error(), errno: -2, code: "Z_STREAM_ERROR"}
	}
	return vm.NewArray(ce.message, ce.errno, ce.code)
}

// writeSync(flush, in, inOff, inLen, out, outOff, outLen) runs one step
// on the loop goroutine.
func (h *handle) writeSync(call goja.FunctionCall) goja.Value {
	flush, in, out := h.buffers(call)
	return h.finish(h.run(flush, in, out))
}

// maxAllWindow bounds one output window of writeAll.
const maxAllWindow = 4 << 20

// writeAll(flush, in, chunkSize, maxOutputLength) runs steps on the loop
// goroutine until one leaves output space, as processChunkSync does with
// chunkSize windows, and returns [output Buffer, input bytes used], or
// [message, errno, code] for an engine error, or null once the output
// passes maxOutputLength. The windows grow from chunkSize, which changes
// nothing in the bytes (every engine's output is independent of how it is
// drained) and saves a call per chunkSize of output.
func (h *handle) writeAll(call goja.FunctionCall) goja.Value {
	flush := int(call.Argument(0).ToInteger())
	in, _ := h.b.rt.Bytes(call.Argument(1))
	size := max(int(call.Argument(2).ToInteger()), 64)
	limit := call.Argument(3).ToInteger()
	vm := h.b.rt.VM()
	if n := h.sizeHint(flush, in); n > 0 && int64(n) <= limit {
		size = n + 1 // one byte over, so that the first step can end the stream
	}
	var outs [][]byte
	total, used := 0, 0
	for {
		out := make([]byte, min(size, int(min(limit-int64(total)+1, int64(max(size, maxAllWindow))))))
		availOut, availIn, err := h.run(flush, in[used:], out)
		if err != nil {
			return h.finish(availOut, availIn, err)
		}
		n := len(out) - availOut
		used = len(in) - availIn
		if n > 0 {
			outs = append(outs, out[:n])
			total += n
			if int64(total) > limit {
				return goja.Null()
			}
		}
		if availOut != 0 {
			break
		}
		size = min(size*2, maxAllWindow)
	}
	var all []byte
	switch len(outs) {
	case 0:
		all = []byte{}
	case 1:
		all = outs[0]
	default:
		all = make([]byte, 0, total)
		for _, o := range outs {
			all = append(all, o...)
		}
	}
	return vm.NewArray(h.b.rt.WrapBytes(all), used)
}

// sizeHint returns the output size a whole gzip input announces in its
// trailer (ISIZE), when it is plausible for deflate (at most 1032 times
// the input), or 0. A wrong hint (several members, trailing bytes) costs
// only window sizes, never bytes.
func (h *handle) sizeHint(flush int, in []byte) int {
	if flush != zFinish || len(in) < 18 || in[0] != 0x1f || in[1] != 0x8b || (h.mode != modeGunzip && h.mode != modeUnzip) {
		return 0
	}
	n := int(binary.LittleEndian.Uint32(in[len(in)-4:]))
	if n > 1032*len(in) || n > maxHintWindow {
		return 0
	}
	return n
}

// maxHintWindow bounds the window a size hint may ask for, so that a
// trailer that lies costs little.
const maxHintWindow = 128 << 20

// params(level, strategy) changes the deflate settings mid-stream.
func (h *handle) params(level, strategy int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.eng != nil {
		h.eng.params(level, strategy)
	}
}

// reset() starts the stream over.
func (h *handle) reset() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.eng != nil {
		h.eng.reset()
	}
}

// close() releases the engine; later writes do nothing.
func (h *handle) close() {
	h.shut()
	h.b.untrack(h)
}

func (h *handle) shut() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.eng != nil {
		h.eng.close()
		h.eng = nil
	}
	h.closed = true
}
