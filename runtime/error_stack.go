package runtime

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"weak"

	"github.com/dop251/goja"
)

// errorCtorNames are the native error constructors that scripts reach as
// globals; each is replaced by a constructor that makes the engine's error
// and gives it V8's stack.
var errorCtorNames = [...]string{"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"}

// errorStacks gives the errors made by Error and its native subclasses
// V8's `stack`: the frames are taken when the error is made (as many as
// Error.stackTraceLimit says then, without the host's own frames) and the
// text is made when the stack is first read, through
// Error.prepareStackTrace if that is a function then, else in V8's layout
// ("Name: message" and one "    at name (file:line:column)" per frame).
//
// goja's own error object formats its stack the first time the property
// is touched in any way; defining ours touches it, so making an error
// costs that formatting once. Errors the engine throws itself (reading a
// property of undefined) and those Go makes with goja's NewTypeError keep
// goja's layout, which the uncaught-error report rewrites.
//
// The frames of an error whose stack was not read yet wait in pending,
// keyed weakly by the error; the entries of errors the collector took are
// swept whenever pending has doubled since the last sweep, so that an
// error nobody reads costs nothing once it is collected. Loop goroutine
// only.
type errorStacks struct {
	r         *Runtime
	errorCtor *goja.Object // the global Error, whose stackTraceLimit counts
	getter    goja.Value
	setter    goja.Value
	toString  goja.Callable // the engine's Error.prototype.toString
	pending   map[weak.Pointer[goja.Object]]*pendingStack
	sweepAt   int // the size of pending that starts the next sweep
}

// minSweep is the size of pending below which it is never swept.
const minSweep = 1024

// pendingStack is an error's stack before it is read: its frames, or
// none when Error.stackTraceLimit was no number (V8 then gives undefined).
type pendingStack struct {
	frames []goja.StackFrame
	none   bool
}

// installErrorConstructors replaces the global error constructors with
// ones that share the engine's prototypes, statics, name and length, and
// attach V8's stack to every error they make.
func (r *Runtime) installErrorConstructors() {
	s := &errorStacks{r: r, pending: make(map[weak.Pointer[goja.Object]]*pendingStack), sweepAt: minSweep}
	r.errStacks = s
	s.getter = r.vm.ToValue(s.get)
	s.setter = r.vm.ToValue(s.set)
	global := r.vm.GlobalObject()
	var base *goja.Object
	for _, name := range errorCtorNames {
		engine, ok := global.Get(name).(*goja.Object)
		if !ok {
			continue
		}
		w := s.wrap(engine)
		if base == nil {
			base = w
			s.errorCtor = w
			proto := engine.Get("prototype").ToObject(r.vm)
			s.toString, _ = goja.AssertFunction(proto.Get("toString"))
		} else {
			_ = w.SetPrototype(base)
		}
		_ = global.DefineDataProperty(name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// wrap returns the constructor standing for the engine's constructor
// engine: called or constructed, it constructs engine's error with the
// same new.target (itself when called) and gives the error its stack.
func (s *errorStacks) wrap(engine *goja.Object) *goja.Object {
	vm := s.r.vm
	construct, _ := goja.AssertConstructor(engine)
	var w *goja.Object
	w = vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		target := call.NewTarget
		if target == nil {
			target = w
		}
		e, err := construct(target, call.Arguments...)
		if err != nil {
			panic(err)
		}
		s.attach(e, target != w)
		return e
	}).(*goja.Object)
	// The engine's statics (Error.isError) are methods: writable,
	// configurable, not enumerable.
	for _, key := range engine.GetOwnPropertyNames() {
		switch key {
		case "length", "name":
			_ = w.DefineDataProperty(key, engine.Get(key), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		case "prototype":
		default:
			_ = w.DefineDataProperty(key, engine.Get(key), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	proto := engine.Get("prototype")
	_ = w.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.ToObject(vm).DefineDataProperty("constructor", w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return w
}

// limit is Error.stackTraceLimit as V8 reads it when an error is made:
// ok is false when it is no number.
func (s *errorStacks) limit() (n int, ok bool) {
	v := s.errorCtor.Get("stackTraceLimit")
	if v == nil {
		return 0, false
	}
	if t := v.ExportType(); t == nil || (t.Kind() != reflect.Int64 && t.Kind() != reflect.Float64) {
		return 0, false
	}
	f := v.ToFloat()
	switch {
	case math.IsNaN(f) || f <= 0:
		return 0, true
	case f >= math.MaxInt32:
		return math.MaxInt32, true
	}
	return int(f), true
}

// attach gives e its stack, taken now. derived is set when e is made for
// a subclass (new.target is not the constructor itself): V8 then leaves
// out the frames of the subclasses' constructors, here those stopped at
// their super() call.
func (s *errorStacks) attach(e *goja.Object, derived bool) {
	p := &pendingStack{}
	if limit, ok := s.limit(); !ok {
		p.none = true
	} else if limit > 0 {
		p.frames = s.capture(limit, derived)
	}
	if err := e.DefineAccessorProperty("stack", s.getter, s.setter, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return
	}
	if len(s.pending) >= s.sweepAt {
		s.sweep()
	}
	s.pending[weak.Make(e)] = p
}

// sweep drops the entries of collected errors.
func (s *errorStacks) sweep() {
	for key := range s.pending {
		if key.Value() == nil {
			delete(s.pending, key)
		}
	}
	s.sweepAt = max(minSweep, 2*len(s.pending))
}

// capture returns at most limit frames of the current call stack that a
// script's stack shows: no Go function, no frame of the host's own
// modules (node:...).
func (s *errorStacks) capture(limit int, derived bool) []goja.StackFrame {
	// A few more than the limit, for the frames left out; all of them if
	// that was too few.
	n := limit + 8
	if limit > math.MaxInt32-8 {
		n = 0
	}
	frames := s.r.vm.CaptureCallStack(n, nil)
	truncated := n > 0 && len(frames) >= n
	kept := s.keep(frames, limit, derived)
	if truncated && len(kept) < limit {
		kept = s.keep(s.r.vm.CaptureCallStack(0, nil), limit, derived)
	}
	if len(kept) == 0 {
		return nil
	}
	return kept
}

// keep filters frames in place, as capture describes.
func (s *errorStacks) keep(frames []goja.StackFrame, limit int, derived bool) []goja.StackFrame {
	out := frames[:0]
	for _, f := range frames {
		src := f.SrcName()
		if src == "<native>" || strings.HasPrefix(src, "node:") {
			continue
		}
		if derived {
			if s.r.atSuperCall(f) {
				continue
			}
			derived = false
		}
		if len(out) == limit {
			break
		}
		out = append(out, f)
	}
	return out
}

// atSuperCall reports whether frame f is stopped at a super(...) call.
func (r *Runtime) atSuperCall(f goja.StackFrame) bool {
	p := f.Position()
	line := r.sourceLineOf(p.Filename, p.Line)
	if p.Column < 1 || p.Column > len(line) {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(line[:p.Column-1], " \t"), "super")
}

// holder returns the object among o and its prototypes whose stack is
// still pending, and its entry.
func (s *errorStacks) holder(o *goja.Object) (*goja.Object, weak.Pointer[goja.Object], *pendingStack) {
	for depth := 0; o != nil && depth < 64; depth++ {
		key := weak.Make(o)
		if p, ok := s.pending[key]; ok {
			return o, key, p
		}
		o = o.Prototype()
	}
	return nil, weak.Pointer[goja.Object]{}, nil
}

// get is the stack accessor's getter: it makes the text and replaces
// itself with a data property holding it, as a read of V8's leaves it.
func (s *errorStacks) get(call goja.FunctionCall) goja.Value {
	this, ok := call.This.(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	e, key, p := s.holder(this)
	if e == nil {
		return goja.Undefined()
	}
	v := s.format(e, p)
	if err := e.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err == nil {
		delete(s.pending, key)
	}
	return v
}

// set is the stack accessor's setter: the receiver gets an own data
// property with the value.
func (s *errorStacks) set(call goja.FunctionCall) goja.Value {
	this, ok := call.This.(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	if err := this.DefineDataProperty("stack", call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err == nil {
		delete(s.pending, weak.Make(this))
	}
	return goja.Undefined()
}

// format makes the text of e's stack: what Error.prepareStackTrace(e,
// callSites) returns when it is a function, else V8's layout.
func (s *errorStacks) format(e *goja.Object, p *pendingStack) goja.Value {
	if p.none {
		return goja.Undefined()
	}
	r := s.r
	if _, isFn := goja.AssertFunction(s.errorCtor.Get("prepareStackTrace")); isFn && r.hooks.object != nil {
		if prepare, ok := goja.AssertFunction(r.hooks.object.Get("prepareStack")); ok {
			sites := make([]any, len(p.frames))
			for i, f := range p.frames {
				name, file, line, col := r.site(f)
				sites[i] = r.vm.NewArray(name, file, line, col)
			}
			v, err := prepare(goja.Undefined(), e, r.vm.NewArray(sites...))
			if err != nil {
				panic(err)
			}
			return v
		}
	}
	var b strings.Builder
	if v, err := s.toString(e); err == nil {
		b.WriteString(v.String())
	} else {
		b.WriteString("Error")
	}
	for _, f := range p.frames {
		name, file, line, col := r.site(f)
		b.WriteString("\n    at ")
		if name != "" {
			b.WriteString(name)
			b.WriteString(" (")
		}
		b.WriteString(file)
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(line))
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(col))
		if name != "" {
			b.WriteByte(')')
		}
	}
	return r.vm.ToValue(b.String())
}

// site returns what a stack shows of frame f: the function's name (empty
// for an anonymous one), the file, line and column, as V8 gives them.
func (r *Runtime) site(f goja.StackFrame) (name, file string, line, col int) {
	p := f.Position()
	name = f.FuncName()
	if name == "<anonymous>" {
		name = ""
	}
	return name, p.Filename, p.Line, r.callColumnAt(p.Filename, p.Line, p.Column)
}
