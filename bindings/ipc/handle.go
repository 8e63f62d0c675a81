package ipc

import (
	"bytes"
	_ "embed"
	"errors"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/sys/unix"
)

//go:embed js/ipc.js
var glueSource string

//go:embed js/handles.js
var handlesSource string

// GlueModule is the name of the internal module holding the JS side of the
// channel: setupChannel(target, handle, serialization) turns an
// EventEmitter (process, or a ChildProcess) into one end of a channel.
const GlueModule = "internal/child_process/ipc"

var modules = []runtime.Module{
	runtime.JSModule(GlueModule, glueSource, nil),
	runtime.JSModule("internal/child_process/handles", handlesSource, nil),
	runtime.JSModule(ForkModule, forkSource, nil),
}

// Modules returns the internal IPC and fork modules.
func Modules() []runtime.Module { return modules }

// handle is the JS-facing wrapper of a Channel: the object setupChannel
// drives, like node's Pipe handle. Loop goroutine only, except where noted.
type handle struct {
	rt    *runtime.Runtime
	ch    *Channel
	obj   *goja.Object
	queue *runtime.TaskQueue

	jsonParse     goja.Callable
	jsonStringify goja.Callable

	readDone     chan struct{} // closed once the reader's end was delivered, or the channel closed
	readDoneOnce sync.Once

	// target is the channel's owner (process or a ChildProcess), whose
	// emit('message', ...) deliver calls directly for a lone message.
	target      *goja.Object
	messageName goja.Value

	partial []byte    // the start of a line (or frame) whose end has not been read
	adv     *advanced // set in 'advanced' serialization mode
	closed  bool      // close was called: later chunks are not delivered
}

// newHandle wraps ch for JS and starts reading. The read queue keeps the
// loop alive only if ref is set. Loop goroutine only.
func newHandle(rt *runtime.Runtime, ch *Channel, ref bool) *handle {
	vm := rt.VM()
	h := &handle{rt: rt, ch: ch, obj: vm.NewObject(), queue: rt.Loop().NewTaskQueue(), readDone: make(chan struct{})}
	if !ref {
		h.queue.Unref()
	}
	o := h.obj
	o.Set("fd", ch.Fd())
	o.Set("write", h.write)
	o.Set("send", h.sendValue)
	o.Set("takeFd", func() int { return ch.TakeFD() })
	o.Set("closeFd", func(fd int) { unix.Close(fd) })
	o.Set("pending", func() int { return ch.Pending() })
	o.Set("close", h.close)
	o.Set("ref", func() { h.queue.Ref() })
	o.Set("unref", func() { h.queue.Unref() })
	o.Set("hasRef", func() bool { return h.queue.HasRef() })
	rt.OnClose(func() {
		h.queue.Close(nil)
		ch.Destroy()
		h.markReadDone()
	})
	ch.Start(h.queue, h.onData, h.onEnd)
	return h
}

func (h *handle) markReadDone() { h.readDoneOnce.Do(func() { close(h.readDone) }) }

// write(text, token) sends one serialized message. It returns the bytes
// still queued: 0 means the write completed at once; otherwise JS's
// onwritedone(token, err) is called when it completes. A failed write
// throws an errno error.
func (h *handle) write(call goja.FunctionCall) goja.Value {
	msg := call.Argument(0).String()
	token := call.Argument(1)
	data := make([]byte, len(msg)+1)
	copy(data, msg)
	data[len(msg)] = '\n'
	queued, fail := h.send(data, nil, func(err error) { h.writeDone(token, err) })
	if fail != nil {
		panic(fail)
	}
	return h.rt.VM().ToValue(queued)
}

// sendValue(message, token) serializes message as JSON.stringify does
// (in Go for plain data) and sends it. It throws what JSON.stringify
// throws; a failed write is returned, not thrown: the error object (node
// reports it asynchronously). Otherwise it answers as write does.
//
// sendValue(message, token, fd, closeFd) also sends the descriptor fd
// with the message (SCM_RIGHTS) when fd is a number; with closeFd set, fd
// is closed once the write is done, however it went.
func (h *handle) sendValue(call goja.FunctionCall) goja.Value {
	msg, token := call.Argument(0), call.Argument(1)
	var data []byte
	if h.adv != nil {
		data = h.encodeAdvanced(msg)
	} else {
		data = h.encode(msg)
	}
	var fds []int
	closeAfter := false
	if v := call.Argument(2); !goja.IsUndefined(v) && !goja.IsNull(v) {
		fds = []int{int(v.ToInteger())}
		closeAfter = call.Argument(3).ToBoolean()
	}
	queued, fail := h.send(data, fds, func(err error) {
		if closeAfter {
			unix.Close(fds[0])
		}
		h.writeDone(token, err)
	})
	if closeAfter && (fail != nil || queued == 0) {
		unix.Close(fds[0])
	}
	if fail != nil {
		return fail
	}
	return h.rt.VM().ToValue(queued)
}

// encode returns message's JSON text and "\n", as node's channel writes
// it: JSON.stringify's text, or "undefined" when that gives undefined.
func (h *handle) encode(msg goja.Value) []byte {
	if data, ok := encodeJSON(h.rt.VM(), nil, msg); ok {
		return data
	}
	vm := h.rt.VM()
	if h.jsonStringify == nil {
		h.jsonStringify, _ = goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	}
	text := h.rt.Call(h.jsonStringify, goja.Undefined(), msg)
	s := "undefined"
	if !goja.IsUndefined(text) {
		s = text.String()
	}
	return append([]byte(s), '\n')
}

// send writes one message (and descriptors) and returns the bytes still
// queued (0: written at once), or the write's error object. An async
// write holds the loop until it completes, as a pending write request
// does in node, whatever the channel's ref.
func (h *handle) send(data []byte, fds []int, done func(error)) (int, *goja.Object) {
	complete, err := h.ch.Write(data, fds, func(err error) {
		h.rt.Loop().Unref()
		done(err)
	})
	if err != nil {
		if errors.Is(err, ErrClosed) {
			return 0, h.rt.NodeError("Error", "ERR_IPC_CHANNEL_CLOSED", "Channel closed")
		}
		return 0, h.rt.ErrnoException(err, "write")
	}
	if complete {
		return 0, nil
	}
	h.rt.Loop().Ref()
	// The writer may have finished the write off the loop already; the
	// answer must still say "not at once", since done will run (and JS
	// counts the write as in flight until then).
	return max(h.ch.Pending(), 1), nil
}

func (h *handle) writeDone(token goja.Value, err error) {
	fn, ok := goja.AssertFunction(h.obj.Get("onwritedone"))
	if !ok {
		return
	}
	var errv goja.Value = goja.Null()
	if err != nil {
		errv = h.rt.ErrnoException(err, "write")
	}
	if token == nil {
		token = goja.Undefined()
	}
	h.rt.Call(fn, h.obj, token, errv)
}

// onData splits a chunk read into lines and delivers their messages as
// one batch: one loop task per chunk, as node handles each chunk it reads
// in one callback. Chunks read after close are dropped; the messages of
// the chunk being delivered are all emitted, as in node.
func (h *handle) onData(chunk []byte) {
	if h.closed {
		return
	}
	if h.adv != nil {
		h.onDataAdvanced(chunk)
		return
	}
	var lines []string
	data := chunk
	for {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			break
		}
		if len(h.partial) > 0 {
			h.partial = append(h.partial, data[:i]...)
			lines = append(lines, string(h.partial))
			h.partial = h.partial[:0]
		} else {
			// The chunk is this handle's and never written again: its
			// lines need no copy.
			lines = append(lines, unsafe.String(unsafe.SliceData(data), i))
		}
		data = data[i+1:]
	}
	if len(data) > 0 {
		h.partial = append(h.partial, data...)
	}
	if len(lines) > 0 {
		h.deliver(lines)
	}
}

// deliver decodes a batch of lines and passes the values to JS. A line
// that is not valid JSON throws JSON.parse's SyntaxError after the values
// before it were delivered.
func (h *handle) deliver(lines []string) {
	vm := h.rt.VM()
	vals := make([]any, 0, len(lines))
	var failure any
	for _, l := range lines {
		if len(l) == 0 {
			continue
		}
		v, ok := decodeJSON(vm, l)
		if !ok {
			v, failure = h.parseSlow(l)
			if failure != nil {
				break
			}
		}
		vals = append(vals, v)
	}
	h.emitValues(vals)
	if failure != nil {
		panic(failure)
	}
}

// emitValues passes a batch of decoded messages to JS.
func (h *handle) emitValues(vals []any) {
	fn, ok := goja.AssertFunction(h.obj.Get("onmessages"))
	if !ok {
		return
	}
	vm := h.rt.VM()
	switch {
	case len(vals) == 1 && h.target != nil && !isInternal(vals[0].(goja.Value)) && h.listened():
		// The common case, one plain message: emit it at once, sparing
		// the batch array and two JS frames.
		if emit, ok := goja.AssertFunction(h.target.Get("emit")); ok {
			h.rt.Call(emit, h.target, h.messageName, vals[0].(goja.Value), goja.Undefined())
		}
	case len(vals) > 0:
		h.rt.Call(fn, h.obj, vm.NewArray(vals...))
	}
}

// listened reports whether the target has a 'message' listener (its
// EventEmitter's _events.message), so that a message may be emitted to it
// directly rather than wait in the JS side's queue for one.
func (h *handle) listened() bool {
	ev, ok := h.target.Get("_events").(*goja.Object)
	if !ok {
		return false
	}
	l := ev.Get("message")
	return l != nil && !goja.IsUndefined(l)
}

// isInternal reports whether a message is one of node's internal ones
// (an object whose cmd is a string starting with "NODE_" and longer).
func isInternal(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	c := o.Get("cmd")
	if c == nil {
		return false
	}
	cmd, ok := c.Export().(string)
	return ok && len(cmd) > 5 && cmd[:5] == "NODE_"
}

// parseSlow parses a line with JSON.parse, returning what it throws.
func (h *handle) parseSlow(line string) (v goja.Value, thrown any) {
	vm := h.rt.VM()
	if h.jsonParse == nil {
		h.jsonParse, _ = goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	}
	defer func() {
		if x := recover(); x != nil {
			thrown = x
		}
	}()
	return h.rt.Call(h.jsonParse, goja.Undefined(), vm.ToValue(line)), nil
}

// onEnd runs when the socket ends: EOF, a read error, or the local close.
func (h *handle) onEnd(err error) {
	h.markReadDone()
	if h.closed || streamio.IsClosed(err) {
		return
	}
	fn, ok := goja.AssertFunction(h.obj.Get("onend"))
	if !ok {
		return
	}
	var errv goja.Value = goja.Undefined()
	if err != nil && !isEOF(err) {
		errv = h.rt.ErrnoException(err, "read")
	}
	h.rt.Call(fn, h.obj, errv)
}

// close closes the channel: queued writes are flushed, then the socket is
// closed. The loop is no longer held by the channel (pending writes still
// hold it until they complete). The messages of the chunk being delivered
// are still emitted: node emits every message of the chunk it read, even
// after a disconnect in a 'message' listener.
func (h *handle) close() {
	if h.closed {
		return
	}
	h.closed = true
	h.obj.Set("onend", goja.Undefined())
	h.queue.Unref()
	h.ch.Close()
	h.markReadDone()
}

// Attach makes target (process, or a ChildProcess object) one end of the
// channel ch: it gets send, disconnect, connected, channel and the
// 'message', 'internalMessage' and 'disconnect' events, as in node.
// serialization is "json" or "advanced" (node's V8 structured-clone
// framing, see advanced.go).
// isChild selects the child's rules: the channel starts unref'd and is
// ref'd while 'message' or 'disconnect' listeners exist. It returns the
// channel's control object (target.channel). Loop goroutine only.
func Attach(rt *runtime.Runtime, ch *Channel, target *goja.Object, serialization string, isChild bool) (*goja.Object, error) {
	ctl, _ := attach(rt, ch, target, serialization, isChild)
	return ctl, nil
}

func attach(rt *runtime.Runtime, ch *Channel, target *goja.Object, serialization string, isChild bool) (*goja.Object, *handle) {
	glue := rt.RequireCore(GlueModule).ToObject(rt.VM())
	setup, _ := goja.AssertFunction(glue.Get("setupChannel"))
	h := newHandle(rt, ch, !isChild)
	h.target, h.messageName = target, rt.VM().ToValue("message")
	if serialization == "advanced" {
		if err := newAdvanced(h, glue); err != nil {
			panic(rt.VM().NewGoError(err))
		}
	}
	ctl := rt.Call(setup, goja.Undefined(), target, h.obj, rt.VM().ToValue(serialization), rt.VM().ToValue(isChild))
	return ctl.ToObject(rt.VM()), h
}
