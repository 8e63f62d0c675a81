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
// V8's `stack`: the frames are those of the error's making (as many as
// Error.stackTraceLimit says then, without the host's own frames) and the
// text is made when the stack is first read, through
// Error.prepareStackTrace if that is a function then, else in V8's layout
// ("Name: message" and one "    at name (file:line:column)" per frame).
//
// goja's own error object formats its stack, in its own layout, the first
// time the property is touched in any way, and has no hook to change
// that; defining ours touches it, so making an error costs goja's
// formatting once. That text is where the frames are taken from: it holds
// every frame of the error's making, and reading it costs nothing more.
// Errors the engine throws itself (reading a property of undefined) and
// those Go makes with goja's NewTypeError keep goja's layout, which the
// uncaught-error report and util.inspect rewrite.
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

// pendingStack is an error's stack before it is read: goja's text of it,
// the limit on its frames, whether it was made for a subclass, or none
// when Error.stackTraceLimit was no number (V8 then gives undefined).
type pendingStack struct {
	goja    string
	limit   int
	derived bool
	none    bool
}

// stackSite is one frame as a stack shows it: the function's name (empty
// for an anonymous function), file, line and column.
type stackSite struct {
	name, file string
	line, col  int
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

// attach gives e its stack. derived is set when e is made for a subclass
// (new.target is not the constructor itself): V8 then leaves out the
// frames of the subclasses' constructors, here those stopped at their
// super() call.
func (s *errorStacks) attach(e *goja.Object, derived bool) {
	p := &pendingStack{derived: derived}
	if limit, ok := s.limit(); !ok {
		p.none = true
	} else {
		p.limit = limit
		if limit > 0 {
			if v := e.Get("stack"); v != nil {
				p.goja = v.String()
			}
		}
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

// sites returns the frames of p a script's stack shows, at most p.limit
// of them: no Go function, no frame of the host's own modules (node:...),
// none of a subclass's constructors. goja writes a frame as
// "\tat name (file:line:column(pc))", "\tat file:line:column(pc)" or
// "\tat name (native)", one a line after the "name: message" header; the
// frames are the lines so written at the end of the text.
func (r *Runtime) sites(p *pendingStack) []stackSite {
	lines := strings.Split(strings.TrimSuffix(p.goja, "\n"), "\n")
	first := len(lines)
	for first > 1 && strings.HasPrefix(lines[first-1], "\tat ") {
		first--
	}
	out := make([]stackSite, 0, min(p.limit, len(lines)-first))
	derived := p.derived
	for _, line := range lines[first:] {
		if len(out) == p.limit {
			break
		}
		site, ok := parseGojaFrame(line[len("\tat "):])
		if !ok || strings.HasPrefix(site.file, "node:") {
			continue
		}
		if derived {
			if r.atSuperCall(site.file, site.line, site.col) {
				continue
			}
			derived = false
		}
		site.col = r.callColumnAt(site.file, site.line, site.col)
		out = append(out, site)
	}
	return out
}

// parseGojaFrame reads one frame of goja's text (after "\tat "); ok is
// false for a Go function's frame.
func parseGojaFrame(f string) (site stackSite, ok bool) {
	if strings.HasSuffix(f, "(native)") {
		return site, false
	}
	loc := f
	if name, rest, found := strings.Cut(f, " ("); found && strings.HasSuffix(rest, "))") {
		site.name = name
		loc = strings.TrimSuffix(rest, ")")
	}
	// loc is file:line:column(pc).
	if i := strings.LastIndexByte(loc, '('); i >= 0 {
		loc = loc[:i]
	}
	i := strings.LastIndexByte(loc, ':')
	if i < 0 {
		return site, false
	}
	j := strings.LastIndexByte(loc[:i], ':')
	if j < 0 {
		return site, false
	}
	line, err1 := strconv.Atoi(loc[j+1 : i])
	col, err2 := strconv.Atoi(loc[i+1:])
	if err1 != nil || err2 != nil {
		return site, false
	}
	site.file, site.line, site.col = loc[:j], line, col
	return site, true
}

// atSuperCall reports whether the frame at file:line:col is stopped at a
// super(...) call.
func (r *Runtime) atSuperCall(file string, line, col int) bool {
	src := r.sourceLineOf(file, line)
	if col < 1 || col > len(src) {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(src[:col-1], " \t"), "super")
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
	sites := r.sites(p)
	if _, isFn := goja.AssertFunction(s.errorCtor.Get("prepareStackTrace")); isFn && r.hooks.object != nil {
		if prepare, ok := goja.AssertFunction(r.hooks.object.Get("prepareStack")); ok {
			list := make([]any, len(sites))
			for i, site := range sites {
				list[i] = r.vm.NewArray(site.name, site.file, site.line, site.col)
			}
			v, err := prepare(goja.Undefined(), e, r.vm.NewArray(list...))
			if err != nil {
				panic(err)
			}
			return v
		}
	}
	var b strings.Builder
	b.Grow(len(p.goja))
	if v, err := s.toString(e); err == nil {
		b.WriteString(v.String())
	} else {
		b.WriteString("Error")
	}
	for _, site := range sites {
		b.WriteString("\n    at ")
		if site.name != "" {
			b.WriteString(site.name)
			b.WriteString(" (")
		}
		b.WriteString(site.file)
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(site.line))
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(site.col))
		if site.name != "" {
			b.WriteByte(')')
		}
	}
	return r.vm.ToValue(b.String())
}
