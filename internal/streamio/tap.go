package streamio

// A Diverter takes a Go-backed stream's input on the loop in place of the
// stream's JavaScript side: a consumer that does its work in Go (readline
// splitting lines) installs one, and gives the input back through its
// [Source] the moment it no longer can. Its methods run on the loop.
type Diverter interface {
	// Divert is called once, when the diverter is installed, with the
	// stream it now reads.
	Divert(src Source)
	// Chunk receives the next bytes read. The slice belongs to the
	// diverter.
	Chunk(b []byte)
	// End receives the end of input: io.EOF, the read error, or an error
	// for which IsClosed holds when the stream was destroyed.
	End(err error)
}

// Source is a diverted stream as its diverter sees it. Its functions run
// on the loop only.
type Source struct {
	// Pause and Resume stop and restart the stream's reads: backpressure
	// for a diverter that holds what it cannot pass on yet.
	Pause, Resume func()
	// Deliver hands bytes to the stream's JS side as if nothing were
	// diverted; End hands it the end of input so.
	Deliver func([]byte)
	End     func(error)
	// Restore ends the diversion: later chunks and the end go to the JS
	// side again.
	Restore func()
}

// Tap is the switch a Go-backed stream keeps between its Reader and its
// JS side. The zero value diverts nothing. Loop goroutine only.
type Tap struct{ d Diverter }

// Diverted reports whether a diverter is installed.
func (t *Tap) Diverted() bool { return t.d != nil }

// Set installs d as the stream's diverter; src says how d reaches the
// stream (its Restore is filled in here).
func (t *Tap) Set(d Diverter, src Source) {
	src.Restore = func() {
		if t.d == d {
			t.d = nil
		}
	}
	t.d = d
	d.Divert(src)
}

// Chunk passes b to the diverter, reporting false when there is none.
func (t *Tap) Chunk(b []byte) bool {
	if t.d == nil {
		return false
	}
	t.d.Chunk(b)
	return true
}

// End passes the end of input to the diverter, reporting false when there
// is none.
func (t *Tap) End(err error) bool {
	if t.d == nil {
		return false
	}
	t.d.End(err)
	return true
}
