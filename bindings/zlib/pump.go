package zlib

import (
	"io"
)

// pump drives a pull-style decoder (one that reads its input from an
// io.Reader, as Go's decompressors do) with zlib's push contract. The
// decoder runs on its own goroutine, but only while a process call waits
// for it: the two hand control back and forth, so exactly one of them runs
// at a time and the fields below need no lock. The decoder parks when it
// has used all the input it was given (and more may follow) or when it has
// filled the caller's output; it ends when its run function returns.
type pump struct {
	run func(p *pump) error // the decoder: reads with Read, writes with emit

	in     []byte // input not yet read by the decoder
	final  bool   // no input follows in
	out    []byte // the caller's output space
	nOut   int    // bytes of out filled
	closed bool   // the handle was closed: unwind

	started bool
	done    bool  // run returned
	err     error // what run returned
	inLen   int   // len(in) when the step began
	wake    chan struct{}
	yield   chan struct{}
	// notify, when set, receives the step's result on the decoder
	// goroutine instead of a waiting caller (an async step).
	notify func(nIn, nOut int, err error)
}

func newPump(run func(p *pump) error) *pump {
	return &pump{run: run, wake: make(chan struct{}), yield: make(chan struct{})}
}

// Read gives the decoder input; it parks when there is none and more may
// come, and reports io.EOF once the caller said the input is complete.
// Decoder goroutine only.
func (p *pump) Read(b []byte) (int, error) {
	for len(p.in) == 0 {
		if p.closed {
			return 0, errClosed
		}
		if p.final {
			return 0, io.EOF
		}
		p.park()
	}
	n := copy(b, p.in)
	p.in = p.in[n:]
	return n, nil
}

// unread gives back input the decoder buffered but did not use, so that
// the caller sees it as not consumed. Decoder goroutine only.
func (p *pump) unread(b []byte) {
	if len(b) > 0 {
		p.in = append(b[:len(b):len(b)], p.in...)
	}
}

// emit hands decoded bytes to the caller, parking whenever its output
// space is full. Decoder goroutine only.
func (p *pump) emit(b []byte) error {
	for {
		if p.closed {
			return errClosed
		}
		n := copy(p.out[p.nOut:], b)
		p.nOut += n
		b = b[n:]
		if len(b) == 0 {
			return nil
		}
		p.park()
	}
}

// park returns control to the caller until the next process call.
func (p *pump) park() {
	p.yieldBack()
	<-p.wake
}

// result is the outcome of the step in progress.
func (p *pump) result() (nIn, nOut int, err error) {
	nIn, nOut = max(p.inLen-len(p.in), 0), p.nOut
	p.out = nil
	if p.done {
		err = p.err
	}
	return nIn, nOut, err
}

// yieldBack ends the step: it hands the result to an async step's notify
// function, or wakes the caller waiting in step.
func (p *pump) yieldBack() {
	if f := p.notify; f != nil {
		p.notify = nil
		f(p.result())
		return
	}
	p.yield <- struct{}{}
}

// begin hands a step's windows to the decoder goroutine, starting it on
// the first step.
func (p *pump) begin(in []byte, final bool, out []byte) {
	p.in, p.final, p.out, p.nOut, p.inLen = in, final, out, 0, len(in)
	if !p.started {
		p.started = true
		go p.loop()
	} else {
		p.wake <- struct{}{}
	}
}

// stepAsync is step without waiting: done gets the result, on the decoder
// goroutine (or at once when the decoder has ended).
func (p *pump) stepAsync(in []byte, final bool, out []byte, done func(nIn, nOut int, err error)) {
	if p.done {
		done(0, 0, p.err)
		return
	}
	p.notify = done
	p.begin(in, final, out)
}

// step runs the decoder on in until it needs more input, fills out or
// ends. It returns how much input the decoder read and output it wrote.
func (p *pump) step(in []byte, final bool, out []byte) (nIn, nOut int, err error) {
	if p.done {
		return 0, 0, p.err
	}
	p.begin(in, final, out)
	<-p.yield
	return p.result()
}

func (p *pump) loop() {
	p.err = p.run(p)
	p.done = true
	p.yieldBack()
}

// stop ends a parked decoder goroutine. Caller side, between steps.
func (p *pump) stop() {
	if p.started && !p.done {
		p.closed = true
		p.wake <- struct{}{}
		<-p.yield
	}
}
