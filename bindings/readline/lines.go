package readline

import (
	"bytes"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

// lineReader splits a Go-backed input's bytes into lines in Go, as the
// Interface's _normalWrite does in JS, and hands a chunk's lines to the
// Interface in one call per 64 KiB piece, as arrays of line strings (one
// loop task per chunk, one JS call per piece).
// It is a streamio.Diverter: the input's bytes reach it instead of the
// stream's 'data' events, until the Interface gives them back (release)
// because a script did something only the JS path honours.
//
// The splitting itself is splitter's (split.go).
//
// All of it runs on the loop goroutine.
type lineReader struct {
	rt       *runtime.Runtime
	iface    goja.Value    // the Interface
	accept   goja.Callable // accept(size): acceptTake, acceptHold or acceptGone
	onLines  goja.Callable // onLines(segments, flat), called on the Interface
	src      streamio.Source
	attached bool
	splitter

	// paused holds chunks while the input is paused, until its 'resume'.
	// held are chunks not yet split, oldest first; end is the end of
	// input once it came (io.EOF or the read error), passed on after held.
	paused   bool
	held     [][]byte
	ended    bool
	endSent  bool
	end      error
	flushing bool
	released bool

	// batches and vals are split's slices of a chunk's arrays and of
	// their lines, kept between chunks.
	batches []any
	vals    []any
}

// What the Interface's accept() says of the next chunk.
const (
	acceptTake = 0 // split it
	acceptHold = 1 // hold it: the input is paused
	acceptGone = 2 // the input went back to the JS path, this chunk too
	acceptFlat = 3 // split it, its lines in one array (a for-await iterator takes them)
)

// Divert is called when the input takes the reader as its diverter.
func (r *lineReader) Divert(src streamio.Source) {
	r.src = src
	r.attached = true
}

// Chunk takes the input's next bytes.
func (r *lineReader) Chunk(b []byte) {
	r.held = append(r.held, b)
	r.flush()
}

// End takes the end of input. A destroyed input drops what is held, as a
// destroyed stream drops its buffer.
func (r *lineReader) End(err error) {
	if streamio.IsClosed(err) {
		r.held = nil
		r.src.Restore()
		r.released = true
		r.src.End(err)
		return
	}
	r.ended, r.end = true, err
	r.flush()
}

// flush splits held chunks while the Interface takes lines, then passes
// the end on once nothing is held. A source may answer Resume at once (a
// stream whose reads its JS side issues): a chunk or the end arriving
// meanwhile is taken in the same flush.
func (r *lineReader) flush() {
	if r.flushing || r.released {
		return
	}
	r.flushing = true
	defer func() { r.flushing = false }()
	for r.flushOnce() {
	}
}

// flushOnce is one round of flush: it reports whether something came
// while the source was resumed.
func (r *lineReader) flushOnce() bool {
	for len(r.held) > 0 && !r.paused && !r.released {
		// The Interface checks that the input is still its alone (if
		// not, it has released the input, this chunk with it) and flowing
		// (if not, the chunk waits for the input's 'resume').
		b := r.held[0]
		n := pieceLen(b)
		flat := false
		switch r.rt.Call(r.accept, r.iface, r.rt.VM().ToValue(n)).ToInteger() {
		case acceptFlat:
			flat = true
		case acceptHold:
			r.paused = true
			continue
		case acceptGone:
			return false
		}
		if r.released {
			return false
		}
		if n == len(b) {
			r.held[0] = nil
			r.held = r.held[1:]
		} else {
			r.held[0] = b[n:]
		}
		r.split(b[:n], flat)
	}
	if r.released {
		return false
	}
	if len(r.held) > 0 {
		r.src.Pause()
		return false
	}
	r.held = nil
	if r.ended {
		if r.endSent {
			return false
		}
		r.endSent = true
		// The stream ends as it would have: its 'end' calls the
		// Interface's onend, which takes the unfinished line (finish).
		r.src.End(r.end)
		return false
	}
	r.src.Resume()
	return !r.released && (len(r.held) > 0 || r.ended)
}

// maxPiece is the most bytes of a chunk split at once. A reader that
// fell behind merges its reads into chunks of up to a MiB; split whole,
// such a chunk would queue all its lines in a for-await iterator that
// paused the input after its first thousand. Taken piece by piece, as
// node's 64 KiB reads come, the pause holds the rest as bytes.
const maxPiece = 64 << 10

// pieceLen is how much of a chunk to split next: all of it up to
// maxPiece bytes, else up to its last \n within maxPiece bytes, else
// maxPiece bytes (and the \n of a \r\n they cut: a pause between the
// pieces must not make it two line ends).
func pieceLen(b []byte) int {
	if len(b) <= maxPiece {
		return len(b)
	}
	if i := bytes.LastIndexByte(b[:maxPiece], '\n'); i >= 0 {
		return i + 1
	}
	if b[maxPiece-1] == '\r' && b[maxPiece] == '\n' {
		return maxPiece + 1
	}
	return maxPiece
}

// split splits one chunk and hands its lines to the Interface as arrays
// of lines: one per text segment (see splitter.segments), or, flat, one
// of all the chunk's lines, which a for-await iterator queues as it is.
func (r *lineReader) split(b []byte, flat bool) {
	vm := r.rt.VM()
	batches, lines := r.batches[:0], r.vals[:0]
	r.segments(b, time.Now().UnixMilli(), func(text string) {
		lines = appendLines(vm, lines, text)
		if !flat {
			batches = append(batches, vm.NewArray(lines...))
			clear(lines)
			lines = lines[:0]
		}
	})
	if flat && len(lines) > 0 {
		batches = append(batches, vm.NewArray(lines...))
	}
	// NewArray copied the values: the slices are kept for the next
	// chunk, cleared so that they hold no line alive.
	clear(lines)
	r.vals = lines[:0]
	if len(batches) == 0 {
		r.batches = batches
		return
	}
	arr := vm.NewArray(batches...)
	clear(batches)
	r.batches = batches[:0]
	r.rt.Call(r.onLines, r.iface, arr)
}

// appendLines appends the lines of a text segment, the strings
// String.prototype.split(text, '\n') would make: an ASCII segment's lines
// are substrings of one string, as the split's are.
func appendLines(vm *goja.Runtime, vals []any, text string) []any {
	seg, _ := vm.ToValue(text).(goja.String)
	if seg == nil || seg.Length() != len(text) {
		// Not ASCII: each line on its own.
		for {
			i := strings.IndexByte(text, '\n')
			if i < 0 {
				return append(vals, vm.ToValue(text))
			}
			vals = append(vals, vm.ToValue(text[:i]))
			text = text[i+1:]
		}
	}
	start := 0
	for {
		i := strings.IndexByte(text[start:], '\n')
		if i < 0 {
			return append(vals, seg.Substring(start, len(text)))
		}
		vals = append(vals, seg.Substring(start, start+i))
		start += i + 1
	}
}

// takeState returns the unfinished line and the \r time for the JS
// splitter, which goes on from there: [bytes, crAt].
func (r *lineReader) takeState() goja.Value {
	state := r.rt.VM().NewArray(r.rt.WrapBytes(r.pending), r.crAt)
	r.pending, r.crAt = nil, 0
	return state
}

// release gives the input back to its JS side: held chunks and a held end
// go to the stream first, later ones follow as if never diverted.
func (r *lineReader) release() {
	if r.released || !r.attached {
		r.released = true
		return
	}
	r.released = true
	r.src.Restore()
	held := r.held
	r.held = nil
	for _, b := range held {
		r.src.Deliver(b)
	}
	switch {
	case r.ended && !r.endSent:
		r.endSent = true
		r.src.End(r.end)
	case !r.ended:
		r.src.Resume()
	}
}

// finish returns the unfinished line at the end of input, or undefined
// when there is none. As node's readline, which never ends its decoder,
// it leaves out the bytes of a character the input did not finish.
func (r *lineReader) finish() goja.Value {
	line := r.pending
	r.pending = nil
	s := finalLine(line)
	if s == "" {
		return goja.Undefined()
	}
	return r.rt.VM().ToValue(s)
}

// jsObject is the reader as the Interface drives it.
func (r *lineReader) jsObject() *goja.Object {
	vm := r.rt.VM()
	o := vm.NewObject()
	o.Set("resume", func(goja.FunctionCall) goja.Value {
		r.paused = false
		r.flush()
		return goja.Undefined()
	})
	o.Set("takeState", func(goja.FunctionCall) goja.Value { return r.takeState() })
	o.Set("release", func(goja.FunctionCall) goja.Value { r.release(); return goja.Undefined() })
	o.Set("finish", func(goja.FunctionCall) goja.Value { return r.finish() })
	o.Set("diverter", vm.ToValue(streamio.Diverter(r)))
	return o
}

// newLineReader is the binding's lineReader(iface, accept, onLines,
// crlfDelay).
func newLineReader(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	accept, ok1 := goja.AssertFunction(call.Argument(1))
	onLines, ok2 := goja.AssertFunction(call.Argument(2))
	if !ok1 || !ok2 {
		panic(rt.VM().NewTypeError("accept and onLines must be functions"))
	}
	r := &lineReader{rt: rt, iface: call.Argument(0), accept: accept, onLines: onLines}
	r.crlfDelay = call.Argument(3).ToFloat()
	return r.jsObject()
}
