package runtime

import (
	"bytes"
	"errors"

	"github.com/dop251/goja"
)

// DefaultMaxCallStackSize is the JS call depth a Runtime allows when
// Options.MaxCallStackSize is zero. Node 20 overflows its 984 KiB stack at
// roughly 10,500 frames of a small recursive function; goja counts frames,
// not bytes, so this is the same limit for such functions and a more
// generous one for functions with large frames.
const DefaultMaxCallStackSize = 10500

// stackOverflowMessage is V8's message for a stack overflow.
const stackOverflowMessage = "Maximum call stack size exceeded"

// maxStackFrames is how many frames the RangeError's stack names, as
// Node's default Error.stackTraceLimit.
const maxStackFrames = 10

// callStackLimit is the limit Options ask for; zero means no limit.
func (o *Options) callStackLimit() int {
	switch {
	case o.MaxCallStackSize < 0:
		return 0
	case o.MaxCallStackSize == 0:
		return DefaultMaxCallStackSize
	}
	return o.MaxCallStackSize
}

// overflowError turns goja's stack overflow (an exception JS cannot catch)
// into the RangeError Node throws, its stack naming the innermost frames
// at the point of overflow. Loop goroutine only; by the time it runs, goja
// has unwound the stack, so there is room to build the error.
func (r *Runtime) overflowError(so *goja.StackOverflowError) *goja.Object {
	if limit := r.opts.callStackLimit(); limit > 0 {
		// Building the error calls the RangeError constructor, which needs a
		// frame even when the boundary that caught the overflow is deep.
		r.vm.SetMaxCallStackSize(limit + 64)
		defer r.vm.SetMaxCallStackSize(limit)
	}
	e := r.NodeError("RangeError", "", stackOverflowMessage)
	var b bytes.Buffer
	b.WriteString("RangeError: " + stackOverflowMessage)
	n := 0
	for _, f := range so.Stack() {
		if n == maxStackFrames {
			break
		}
		if f.SrcName() == "<native>" && f.FuncName() == "<native>" {
			continue
		}
		b.WriteString("\n\tat ")
		f.Write(&b)
		n++
	}
	e.Set("stack", NodeStack(b.String()))
	r.overflow = e
	return e
}

// catchable returns what a Go function that called into JS should throw
// for err, so that scripts can catch it: goja's stack overflow becomes a
// RangeError; the other errors goja cannot let JS catch (an interrupt)
// stay as they are, as does any other error.
func (r *Runtime) catchable(err error) any {
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return r.overflowError(so)
	}
	return err
}

// uncatchable reports the error inside err that JS must not see as a
// value: an interrupt (cancellation, process.exit) or a stack overflow.
func uncatchable(err error) error {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return ie
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return so
	}
	return nil
}
