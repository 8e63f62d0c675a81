package worker

import (
	"strconv"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/sharedmem"
	"github.com/jsproc/jsproc/runtime"
)

// group is what a main thread and all the workers it starts (and theirs)
// share: thread ids and the BroadcastChannel names.
type group struct {
	mu       sync.Mutex
	nextID   int64
	channels map[string][]*port // members in the order they joined
}

func (g *group) newThreadID() int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.nextID++
	return g.nextID
}

// state is the worker_threads binding of one runtime. Loop goroutine only,
// except where a method says otherwise.
type state struct {
	rt             *runtime.Runtime
	group          *group
	link           *workerLink // nil on the main thread
	ports          map[*goja.Object]*portHandle
	untransferable map[*goja.Object]bool
	wrapPort       goja.Callable // set by the module's JS
	arrayFrom      goja.Callable
	isDataViewFn   goja.Callable
	domExc         goja.Value

	wg      sync.WaitGroup      // the goroutines of the workers this runtime started
	running map[*workerRun]bool // loop
}

func newState(rt *runtime.Runtime, link *workerLink) *state {
	st := &state{rt: rt, link: link, ports: map[*goja.Object]*portHandle{},
		untransferable: map[*goja.Object]bool{}, running: map[*workerRun]bool{}}
	if link != nil {
		st.group = link.group
	} else {
		st.group = &group{channels: map[string][]*port{}}
	}
	vm := rt.VM()
	helpers, err := vm.RunString(`({
		arrayFrom: (x) => Array.from(x),
		isDataView: (x) => { try { DataView.prototype.getInt8.call(x, 0); return true } catch (e) { return e instanceof RangeError } },
	})`)
	if err != nil {
		panic(err)
	}
	h := helpers.(*goja.Object)
	st.arrayFrom, _ = goja.AssertFunction(h.Get("arrayFrom"))
	st.isDataViewFn, _ = goja.AssertFunction(h.Get("isDataView"))
	rt.OnClose(st.close)
	return st
}

func (st *state) isDataView(o *goja.Object) bool {
	v, err := st.isDataViewFn(goja.Undefined(), o)
	return err == nil && v.ToBoolean()
}

func (st *state) domException(msg, name string) *goja.Object {
	vm := st.rt.VM()
	if st.domExc == nil {
		st.domExc = vm.GlobalObject().Get("DOMException")
	}
	o, err := vm.New(st.domExc, vm.ToValue(msg), vm.ToValue(name))
	if err != nil {
		panic(err)
	}
	return o
}

// send serializes a posted value with its transfer list (an array, or an
// options object with a transfer array). from is the port posting it (nil
// for workerData), which may not transfer itself. On success the
// transferred ArrayBuffers are detached and the ports leave this runtime.
func (st *state) send(value, transfer goja.Value, from *portHandle) *message {
	s := st.newSerializer()
	s.transfer = map[*goja.Object]bool{}
	s.ports = map[*goja.Object]*port{}
	var portOrder []*portHandle
	var buffers []*goja.Object
	for _, item := range st.transferItems(transfer) {
		o, ok := item.(*goja.Object)
		if !ok {
			panic(st.rt.NodeError("TypeError", "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList"))
		}
		if h, ok := st.ports[o]; ok {
			if h == from {
				panic(st.domException("Transfer list contains source port", "DataCloneError"))
			}
			if _, dup := s.ports[o]; dup {
				panic(st.domException("Transfer list contains duplicate MessagePort", "DataCloneError"))
			}
			s.ports[o] = h.p
			portOrder = append(portOrder, h)
			continue
		}
		if _, ok := o.Export().(goja.ArrayBuffer); ok && o.ExportType() == reflectArrayBuffer {
			if _, shared := sharedmem.ObjectOf(o); shared {
				// Shared memory is shared, never moved.
				panic(st.rt.NodeError("TypeError", "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList"))
			}
			if st.untransferable[o] {
				continue // node 20 leaves an untransferable buffer in place
			}
			if s.transfer[o] {
				panic(st.domException("Transfer list contains duplicate ArrayBuffer", "DataCloneError"))
			}
			s.transfer[o] = true
			buffers = append(buffers, o)
			continue
		}
		panic(st.rt.NodeError("TypeError", "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList"))
	}
	m := &message{value: s.value(value)}
	for _, o := range buffers {
		if _, used := s.buffers[o]; !used {
			// Transferred without being in the message: still moves.
			b := o.Export().(goja.ArrayBuffer)
			b.Detach()
			continue
		}
		o.Export().(goja.ArrayBuffer).Detach()
	}
	for _, h := range portOrder {
		h.detach()
		m.ports = append(m.ports, h.p)
	}
	return m
}

func (st *state) transferItems(v goja.Value) []goja.Value {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok {
		panic(st.rt.NodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`Optional transferList argument must be an iterable`))
	}
	if o.ClassName() != "Array" {
		t := o.Get("transfer")
		if t == nil || goja.IsUndefined(t) {
			return nil
		}
		return st.transferItems(t)
	}
	items, err := st.arrayFrom(goja.Undefined(), o)
	if err != nil {
		panic(err)
	}
	arr := items.(*goja.Object)
	n := int(arr.Get("length").ToInteger())
	out := make([]goja.Value, n)
	for i := range n {
		out[i] = arr.Get(itoa(i))
	}
	return out
}

// receive turns a message into JS in this runtime, adopting its ports. A
// failure is returned as the JS error 'messageerror' carries.
func (st *state) receive(m *message) (value goja.Value, ports []goja.Value, jsErr goja.Value) {
	d := st.newDeserializer()
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(*goja.Exception); ok {
				jsErr = e.Value()
				return
			}
			if o, ok := x.(*goja.Object); ok {
				jsErr = o
				return
			}
			panic(x)
		}
	}()
	for _, p := range m.ports {
		o := st.adopt(p)
		d.ports[p] = o
		ports = append(ports, o)
	}
	value = d.value(m.value)
	return value, ports, nil
}

// close ends the workers this runtime started and waits for their
// goroutines, so that a finished runtime leaves none behind.
func (st *state) close() {
	for w := range st.running {
		w.cancel()
	}
	st.wg.Wait()
	for _, h := range st.ports {
		h.p.close()
	}
	st.group.mu.Lock()
	for name, set := range st.group.channels {
		kept := set[:0]
		for _, p := range set {
			p.mu.Lock()
			mine := p.owner != nil && p.owner.st == st
			p.mu.Unlock()
			if !mine {
				kept = append(kept, p)
			}
		}
		if len(kept) == 0 {
			delete(st.group.channels, name)
		} else {
			st.group.channels[name] = kept
		}
	}
	st.group.mu.Unlock()
}

func itoa(i int) string { return strconv.Itoa(i) }
