package zlib

import (
	"io"
	"sync"
)

// pumpLimit bounds the decoded output a decoder may hold ahead of the
// stream's reads: the backpressure that keeps a small compressed input
// from being inflated all at once, with room for the decoder to run a few
// output windows ahead of the script.
const pumpLimit = 64 << 10

// pump drives a pull-style decoder (one that reads its input from an
// io.Reader, as Go's decompressors do) with zlib's push contract. The
// decoder runs on its own goroutine and decodes ahead of the caller into a
// bounded buffer, up to pumpLimit bytes, so that decoding overlaps the
// JavaScript that handles the previous output. A step hands the decoder
// input and fills the caller's output window from that buffer, then lets
// the decoder write into the window directly until it is full; it is done
// when the window is full, or when the decoder has used all its input (and
// more may follow) or ended, and everything it decoded has been handed out.
// Which bytes end up in which window does not depend on how far ahead the
// decoder runs.
type pump struct {
	run func(p *pump) error // the decoder: reads with Read, writes with emit

	mu      sync.Mutex
	cond    *sync.Cond
	in      []byte // input the decoder has not read yet
	final   bool   // no input follows in
	read    int    // input bytes read since the last step reported
	buf     []byte // decoded output not yet handed out: buf[off:]
	off     int
	st      *stepState // the step in progress; its window is empty of queued output
	starved bool       // the decoder waits for input
	done    bool       // run returned
	err     error
	closed  bool
	started bool
	exited  chan struct{}
	waiter  func() // an async step waiting for output, retried on each change
}

// stepState is one step's output window.
type stepState struct {
	in   int // len of the caller's input window
	out  []byte
	nOut int
}

func newPump(run func(p *pump) error) *pump {
	p := &pump{run: run, exited: make(chan struct{})}
	p.cond = sync.NewCond(&p.mu)
	return p
}

// changed wakes whoever waits on the pump: a sync step, the decoder, or
// an async step's waiter. Called with mu held.
func (p *pump) changed() {
	p.cond.Broadcast()
	if p.waiter != nil {
		p.waiter()
	}
}

// Read gives the decoder input; it waits when there is none and more may
// come, and reports io.EOF once the caller said the input is complete.
// Decoder goroutine only.
func (p *pump) Read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.in) == 0 {
		if p.closed {
			return 0, errClosed
		}
		if p.final {
			return 0, io.EOF
		}
		p.starved = true
		p.changed()
		p.cond.Wait()
	}
	p.starved = false
	n := copy(b, p.in)
	p.in = p.in[n:]
	p.read += n
	return n, nil
}

// unread gives back input the decoder buffered but did not use, so that
// the caller sees it as not consumed. Decoder goroutine only.
func (p *pump) unread(b []byte) {
	if len(b) == 0 {
		return
	}
	p.mu.Lock()
	p.in = append(b[:len(b):len(b)], p.in...)
	p.read -= len(b)
	p.mu.Unlock()
}

// emit hands decoded bytes to the caller: straight into the window of a
// step in progress (which has taken everything queued before), otherwise
// into the queue, waiting while pumpLimit bytes are already queued. It
// wakes the step only when its window is full. Decoder goroutine only.
func (p *pump) emit(b []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(b) > 0 {
		if p.closed {
			return errClosed
		}
		if st := p.st; st != nil && st.nOut < len(st.out) && p.off == len(p.buf) {
			n := copy(st.out[st.nOut:], b)
			st.nOut += n
			b = b[n:]
			if st.nOut == len(st.out) {
				p.changed()
			}
			continue
		}
		space := pumpLimit - (len(p.buf) - p.off)
		if space <= 0 {
			p.cond.Wait()
			continue
		}
		n := min(space, len(b))
		if p.off > 0 && len(p.buf)+n > cap(p.buf) {
			p.buf = p.buf[:copy(p.buf, p.buf[p.off:])]
			p.off = 0
		}
		p.buf = append(p.buf, b[:n]...)
		b = b[n:]
	}
	return nil
}

func (p *pump) loop() {
	err := p.run(p)
	p.mu.Lock()
	p.done, p.err = true, err
	p.changed()
	p.mu.Unlock()
	close(p.exited)
}

// begin hands the decoder a step's input, starting it on the first step.
// The caller passes again whatever input the last step left unread; the
// decoder may have read some of it since. Called with mu held.
func (p *pump) begin(in []byte, final bool) {
	skip := min(max(p.read, 0), len(in))
	p.in = in[skip:]
	p.final = final
	// Until the decoder looks at the new input (or the news that none
	// follows), it is not known to be starved.
	p.starved = false
	if !p.started {
		p.started = true
		go p.loop()
	}
	p.changed()
}

// fill moves queued output into the step's window and reports whether the
// step is complete. Called with mu held.
func (p *pump) fill(st *stepState) bool {
	if n := copy(st.out[st.nOut:], p.buf[p.off:]); n > 0 {
		st.nOut += n
		p.off += n
		if p.off == len(p.buf) {
			p.buf, p.off = p.buf[:0], 0
		}
		p.cond.Broadcast()
	}
	empty := p.off == len(p.buf)
	return st.nOut == len(st.out) || (empty && (p.done || (p.starved && len(p.in) == 0 && !p.final)))
}

// open makes st the step in progress and fills it from the queue, and
// reports whether it is already complete. Called with mu held.
func (p *pump) open(st *stepState) bool {
	p.st = st
	if p.fill(st) {
		p.st = nil
		return true
	}
	return false
}

// report ends a step: input read, output written, and the decoder's error
// once everything before it has been handed out. Called with mu held.
func (p *pump) report(st *stepState) (nIn, nOut int, err error) {
	p.st = nil
	nIn = min(max(p.read, 0), st.in)
	p.read -= nIn
	if p.done && p.off == len(p.buf) {
		err = p.err
	}
	return nIn, st.nOut, err
}

// step runs the decoder on in until the step is complete and returns how
// much input the decoder read and output it wrote.
func (p *pump) step(in []byte, final bool, out []byte) (nIn, nOut int, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.begin(in, final)
	st := &stepState{in: len(in), out: out}
	if !p.open(st) {
		for !p.fill(st) {
			p.cond.Wait()
		}
	}
	return p.report(st)
}

// stepAsync is step without waiting: done gets the result, at once when
// the output is ready, else on the decoder goroutine when it is.
func (p *pump) stepAsync(in []byte, final bool, out []byte, done func(nIn, nOut int, err error)) {
	p.mu.Lock()
	st := &stepState{in: len(in), out: out}
	p.waiter = nil
	p.begin(in, final)
	if p.open(st) {
		nIn, nOut, err := p.report(st)
		p.mu.Unlock()
		done(nIn, nOut, err)
		return
	}
	p.waiter = func() {
		if p.fill(st) {
			p.waiter = nil
			done(p.report(st))
		}
	}
	p.mu.Unlock()
}

// stop ends the decoder goroutine. Not during a step.
func (p *pump) stop() {
	p.mu.Lock()
	p.closed = true
	p.waiter = nil
	p.st = nil
	p.cond.Broadcast()
	started := p.started
	p.mu.Unlock()
	if started {
		<-p.exited
	}
}
