package ipc

import (
	_ "embed"
	"errors"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/ipc.js
var glueSource string

// GlueModule is the name of the internal module holding the JS side of the
// channel: setupChannel(target, handle, serialization) turns an
// EventEmitter (process, or a ChildProcess) into one end of a channel.
const GlueModule = "internal/child_process/ipc"

var modules = []runtime.Module{
	runtime.JSModule(GlueModule, glueSource, nil),
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
	refd  bool

	jsonParse goja.Callable

	readDone chan struct{} // closed when the reader has queued its last task

	// target is the channel's owner (process or a ChildProcess), whose
	// emit('message', ...) deliver calls directly for a lone message.
	target      *goja.Object
	messageName goja.Value

	pendingMu sync.Mutex
	pending   []string // lines read and not yet delivered
	scheduled bool     // a deliverPending task is queued
}

// newHandle wraps ch for JS and starts reading. The read queue keeps the
// loop alive only if ref is set. Loop goroutine only.
func newHandle(rt *runtime.Runtime, ch *Channel, ref bool) *handle {
	vm := rt.VM()
	h := &handle{rt: rt, ch: ch, obj: vm.NewObject(), queue: rt.Loop().NewTaskQueue(), refd: true, readDone: make(chan struct{})}
	if !ref {
		h.queue.Unref()
		h.refd = false
	}
	o := h.obj
	o.Set("fd", ch.Fd())
	o.Set("write", h.write)
	o.Set("pending", func() int { return ch.Pending() })
	o.Set("close", h.close)
	o.Set("ref", func() { h.queue.Ref() })
	o.Set("unref", func() { h.queue.Unref() })
	o.Set("hasRef", func() bool { return h.queue.HasRef() })
	ch.SetOnWriteDone(func(token any, err error) {
		// Completion of an async write; the JS side holds a ref meanwhile.
		rt.Loop().Ref()
		if !h.queue.Queue(func() { rt.Loop().Unref(); h.writeDone(token, err) }) {
			rt.Loop().Unref()
		}
	})
	rt.OnClose(func() {
		h.queue.Close(nil)
		ch.Close()
	})
	go ch.ReadLoop(h.onLines, h.onEnd)
	return h
}

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
	sync, queued, err := h.ch.Write(data, token)
	if err != nil {
		if errors.Is(err, ErrClosed) {
			panic(h.rt.NodeError("Error", "ERR_IPC_CHANNEL_CLOSED", "Channel closed"))
		}
		panic(h.rt.ErrnoException(err, "write"))
	}
	if sync {
		return h.rt.VM().ToValue(0)
	}
	return h.rt.VM().ToValue(queued)
}

func (h *handle) writeDone(token any, err error) {
	fn, ok := goja.AssertFunction(h.obj.Get("onwritedone"))
	if !ok {
		return
	}
	var errv goja.Value = goja.Null()
	if err != nil {
		errv = h.rt.ErrnoException(err, "write")
	}
	tok, _ := token.(goja.Value)
	if tok == nil {
		tok = goja.Undefined()
	}
	h.rt.Call(fn, h.obj, tok, errv)
}

// onLines runs on the reader goroutine: it hands messages to the loop,
// where they are decoded and given to JS's onmessages(values). Lines read
// while an earlier delivery still waits for the loop join it: as node reads
// whatever has arrived when its loop polls, everything read before the
// script gets to run is one batch (and one macrotask).
func (h *handle) onLines(lines []string) {
	h.pendingMu.Lock()
	if h.scheduled {
		h.pending = append(h.pending, lines...)
		h.pendingMu.Unlock()
		return
	}
	h.pending, h.scheduled = lines, true
	h.pendingMu.Unlock()
	h.queue.Queue(h.deliverPending)
}

// deliverPending delivers the lines collected by onLines. Loop goroutine.
func (h *handle) deliverPending() {
	h.pendingMu.Lock()
	lines := h.pending
	h.pending, h.scheduled = nil, false
	h.pendingMu.Unlock()
	h.deliver(lines)
}

// deliver decodes a batch of lines and passes the values to JS. A line
// that is not valid JSON throws JSON.parse's SyntaxError after the values
// before it were delivered.
func (h *handle) deliver(lines []string) {
	fn, ok := goja.AssertFunction(h.obj.Get("onmessages"))
	if !ok {
		return
	}
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
	switch {
	case len(vals) == 1 && h.target != nil && !isInternal(vals[0].(goja.Value)):
		// The common case, one plain message: emit it at once, sparing
		// the batch array and two JS frames.
		if emit, ok := goja.AssertFunction(h.target.Get("emit")); ok {
			h.rt.Call(emit, h.target, h.messageName, vals[0].(goja.Value), goja.Undefined())
		}
	case len(vals) > 0:
		h.rt.Call(fn, h.obj, vm.NewArray(vals...))
	}
	if failure != nil {
		panic(failure)
	}
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

// onEnd runs on the reader goroutine when the socket ends.
func (h *handle) onEnd(err error) {
	defer close(h.readDone)
	h.queue.Close(func() {
		fn, ok := goja.AssertFunction(h.obj.Get("onend"))
		if !ok {
			return
		}
		var errv goja.Value = goja.Undefined()
		if err != nil {
			errv = h.rt.ErrnoException(err, "read")
		}
		h.rt.Call(fn, h.obj, errv)
	})
}

// close closes the channel: queued writes are flushed, then the socket is
// closed. The loop is no longer held by the channel. Messages read before
// the close and already queued to the loop are still delivered: node emits
// every message of the chunk it read, even after a disconnect in a
// 'message' listener.
func (h *handle) close() {
	h.obj.Set("onend", goja.Undefined())
	h.ch.Close()
	h.queue.Close(nil)
}

// Attach makes target (process, or a ChildProcess object) one end of the
// channel ch: it gets send, disconnect, connected, channel and the
// 'message', 'internalMessage' and 'disconnect' events, as in node.
// serialization is "json" (or "advanced", which is refused with an error).
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
	ctl := rt.Call(setup, goja.Undefined(), target, h.obj, rt.VM().ToValue(serialization), rt.VM().ToValue(isChild))
	return ctl.ToObject(rt.VM()), h
}
