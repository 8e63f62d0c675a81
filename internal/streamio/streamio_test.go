package streamio_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/streamio"
	"golang.org/x/sys/unix"
)

// loop is the tests' event loop: a SerialQueue run on its own goroutine.
type loop struct {
	*streamio.SerialQueue
	done chan struct{}
}

func newLoop() *loop {
	l := &loop{SerialQueue: streamio.NewSerialQueue(), done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.Run()
	}()
	return l
}

// do runs fn on the loop and waits for it.
func (l *loop) do(fn func()) {
	ch := make(chan struct{})
	l.Queue(func() { fn(); close(ch) })
	<-ch
}

func wait(t *testing.T, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatal("timed out")
	}
}

func TestReaderDeliversInOrderThenEOF(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	want := bytes.Repeat([]byte("0123456789abcdef"), 100000)
	go func() {
		remote.Write(want)
		remote.Close()
	}()
	var got []byte
	var endErr error
	src := streamio.NewSources(l, 1, nil)
	streamio.StartReader(local, l, src, streamio.ReaderOptions{Size: 4096}, func(b []byte) {
		got = append(got, b...)
	}, func(err error) { endErr = err })
	wait(t, l.done)
	local.Close()
	if !bytes.Equal(got, want) {
		t.Fatalf("got %d bytes, want %d", len(got), len(want))
	}
	if endErr != io.EOF {
		t.Fatalf("end: %v", endErr)
	}
}

func TestReaderPauseStopsReading(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	var r *streamio.Reader
	chunks := 0
	first := make(chan struct{})
	src := streamio.NewSources(l, 1, nil)
	r = streamio.StartReader(local, l, src, streamio.ReaderOptions{}, func(b []byte) {
		chunks++
		if chunks == 1 {
			r.Pause()
			close(first)
		}
	}, func(error) {})
	remote.Write([]byte("one"))
	wait(t, first)
	// Paused: at most the read already in progress completes.
	remote.Write([]byte("two"))
	remote.Write([]byte("three"))
	time.Sleep(50 * time.Millisecond)
	var seen int
	l.do(func() { seen = chunks })
	if seen > 2 {
		t.Fatalf("%d chunks delivered while paused", seen)
	}
	r.Resume()
	remote.Close()
	wait(t, l.done)
	local.Close()
}

func TestReaderStop(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	var endErr error
	src := streamio.NewSources(l, 1, nil)
	r := streamio.StartReader(local, l, src, streamio.ReaderOptions{}, func([]byte) {}, func(err error) { endErr = err })
	r.Stop()
	local.Close() // unblocks the read in progress
	wait(t, l.done)
	if !streamio.IsClosed(endErr) {
		t.Fatalf("end after Stop: %v", endErr)
	}
}

func TestWriterWritesAtOnceWhenSinkTakesIt(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{})
	var complete bool
	l.do(func() {
		complete, err = w.Write([]byte("hello"), nil)
	})
	if !complete || err != nil {
		t.Fatalf("small write: complete=%v err=%v", complete, err)
	}
	l.do(func() {
		done, err := w.Shutdown(nil)
		if !done || err != nil {
			t.Errorf("shutdown: %v %v", done, err)
		}
	})
	wait(t, l.done)
	got, _ := io.ReadAll(remote)
	if string(got) != "hello" {
		t.Fatalf("peer read %q", got)
	}
}

// A sink that does not read: Write never blocks the loop, completions
// come in order once the peer reads, and Shutdown follows the writes.
func TestWriterBackpressureAndOrder(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{End: func() error { return streamio.CloseWrite(local) }})
	var order []int
	chunk := bytes.Repeat([]byte{'x'}, 1<<20)
	shut := make(chan error, 1)
	l.do(func() {
		for i := 0; i < 8; i++ {
			i := i
			if done, err := w.Write(chunk, func(err error) {
				if err != nil {
					t.Errorf("write %d: %v", i, err)
				}
				order = append(order, i)
			}); done {
				if err != nil {
					t.Errorf("write %d: %v", i, err)
				}
				order = append(order, i)
			}
		}
		if done, err := w.Shutdown(func(err error) { shut <- err }); done {
			shut <- err
		}
	})
	n, err := io.Copy(io.Discard, remote)
	if err != nil || n != 8<<20 {
		t.Fatalf("peer read %d bytes: %v", n, err)
	}
	if err := <-shut; err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	wait(t, l.done)
	for i, v := range order {
		if v != i {
			t.Fatalf("completions out of order: %v", order)
		}
	}
	if len(order) != 8 {
		t.Fatalf("%d completions", len(order))
	}
	local.Close()
	remote.Close()
}

func TestWriterErrorAfterPeerCloses(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	remote.Close()
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{})
	var werr error
	l.do(func() {
		_, werr = w.Write([]byte("x"), nil)
		w.Stop()
	})
	wait(t, l.done)
	local.Close()
	if !errors.Is(werr, syscall.EPIPE) && !errors.Is(werr, syscall.ECONNRESET) {
		t.Fatalf("write to a closed peer: %v", werr)
	}
}

func TestWriterStopWhileBlocked(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{})
	l.do(func() {
		for i := 0; i < 4; i++ {
			w.Write(make([]byte, 1<<20), func(error) {})
		}
	})
	time.Sleep(20 * time.Millisecond)
	l.do(w.Stop)
	local.Close() // fails the write in progress
	wait(t, l.done)
}

func TestBlockingWriter(t *testing.T) {
	l := newLoop()
	var buf bytes.Buffer
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(&buf, l, src, streamio.WriterOptions{Blocking: true})
	l.do(func() {
		for i := 0; i < 3; i++ {
			if done, err := w.Write([]byte("ab"), nil); !done || err != nil {
				t.Errorf("blocking write: %v %v", done, err)
			}
		}
		w.Shutdown(nil)
	})
	wait(t, l.done)
	if buf.String() != "ababab" {
		t.Fatalf("got %q", buf.String())
	}
}

func TestSourcesClosesWithLastTask(t *testing.T) {
	l := newLoop()
	var got []string
	s := streamio.NewSources(l, 2, func() { got = append(got, "last") })
	s.Done(func() { got = append(got, "a") })
	s.Add(1)
	s.Done(nil)
	s.Done(func() { got = append(got, "b") })
	wait(t, l.done)
	if want := "a last b"; join(got) != want {
		t.Fatalf("order %q, want %q", join(got), want)
	}
}

func join(s []string) string {
	out := ""
	for i, v := range s {
		if i > 0 {
			out += " "
		}
		out += v
	}
	return out
}

// TestNoGoroutineLeft checks that readers and writers end with their
// sources.
func TestNoGoroutineLeft(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		l := newLoop()
		local, remote, err := streamio.SocketPair("test")
		if err != nil {
			t.Fatal(err)
		}
		src := streamio.NewSources(l, 2, nil)
		streamio.StartReader(local, l, src, streamio.ReaderOptions{}, func([]byte) {}, func(error) {})
		w := streamio.NewWriter(local, l, src, streamio.WriterOptions{End: func() error { return streamio.CloseWrite(local) }})
		l.do(func() {
			w.Write(make([]byte, 4<<20), func(error) {})
			w.Shutdown(func(error) {})
		})
		io.Copy(io.Discard, remote)
		remote.Close()
		wait(t, l.done)
		local.Close()
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines left over (%d before)", n, before)
	}
}

// Shutdown after the writer goroutine drained its queue still ends the
// sink and the source.
func TestWriterShutdownAfterIdle(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{End: func() error { return streamio.CloseWrite(local) }})
	wrote := make(chan struct{})
	l.do(func() {
		if done, _ := w.Write(make([]byte, 4<<20), func(error) { close(wrote) }); done {
			close(wrote)
		}
	})
	go io.Copy(io.Discard, remote)
	wait(t, wrote)
	shut := make(chan struct{})
	l.do(func() {
		if w.Pending() != 0 {
			t.Errorf("pending %d after completion", w.Pending())
		}
		if done, _ := w.Shutdown(func(error) { close(shut) }); done {
			close(shut)
		}
	})
	wait(t, shut)
	wait(t, l.done)
	local.Close()
	remote.Close()
}

// PauseNow ends a read waiting for data: what comes next stays in the
// socket for whoever else reads it.
func TestReaderPauseNowLeavesData(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	delivered := 0
	src := streamio.NewSources(l, 1, nil)
	r := streamio.StartReader(local, l, src, streamio.ReaderOptions{}, func([]byte) { delivered++ }, func(error) {})
	time.Sleep(50 * time.Millisecond) // the reader waits for data
	r.PauseNow()
	time.Sleep(50 * time.Millisecond)
	remote.Write([]byte("for someone else"))
	time.Sleep(50 * time.Millisecond)
	var seen int
	l.do(func() { seen = delivered })
	if seen != 0 {
		t.Fatalf("%d chunks delivered after PauseNow", seen)
	}
	buf := make([]byte, 64)
	raw, _ := local.SyscallConn()
	var n int
	raw.Control(func(fd uintptr) { n, _ = syscall.Read(int(fd), buf) })
	if string(buf[:max(n, 0)]) != "for someone else" {
		t.Fatalf("socket held %q", buf[:max(n, 0)])
	}
	r.Resume()
	remote.Write([]byte("again"))
	remote.Close()
	wait(t, l.done)
	local.Close()
	if delivered == 0 {
		t.Fatal("nothing delivered after Resume")
	}
}

// WriteMsg behind queued writes: the descriptor goes with its own bytes,
// after the ones before it.
func TestWriterWriteMsgQueued(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{})
	big := bytes.Repeat([]byte{'x'}, 1<<20)
	sent := make(chan error, 1)
	l.do(func() {
		w.Write(big, func(error) {})
		if w.Buffered() == 0 {
			t.Error("a 1 MiB write to an unread socket was not queued")
		}
		done, err := w.WriteMsg([]byte("M"), unix.UnixRights(int(pw.Fd())), func(err error) { sent <- err })
		if done {
			sent <- err
		}
	})
	// Read the big write, then the message with its descriptor.
	raw, _ := remote.SyscallConn()
	buf := make([]byte, 64<<10)
	oob := make([]byte, unix.CmsgSpace(4))
	total, got := 0, -1
	for total < len(big)+1 {
		var n, oobn int
		var rerr error
		raw.Read(func(fd uintptr) bool {
			n, oobn, _, _, rerr = unix.Recvmsg(int(fd), buf, oob, 0)
			return rerr != unix.EAGAIN
		})
		if rerr != nil || n == 0 {
			t.Fatalf("recvmsg after %d bytes: %v", total, rerr)
		}
		if oobn > 0 {
			msgs, _ := unix.ParseSocketControlMessage(oob[:oobn])
			fds, _ := unix.ParseUnixRights(&msgs[0])
			if total+n != len(big)+1 || buf[n-1] != 'M' {
				t.Fatalf("descriptor came with bytes %d..%d", total, total+n)
			}
			got = fds[0]
		}
		total += n
	}
	if err := <-sent; err != nil {
		t.Fatal(err)
	}
	pw.Close()
	if got < 0 {
		t.Fatal("no descriptor received")
	}
	unix.Write(got, []byte("ok"))
	unix.Close(got)
	b, _ := io.ReadAll(pr)
	if string(b) != "ok" {
		t.Fatalf("pipe read %q", b)
	}
	l.do(func() { w.Shutdown(nil) })
	wait(t, l.done)
	local.Close()
}

// TestReaderOnLoopNeedsPoller: a queue that cannot wait for descriptors
// (a SerialQueue) gets a goroutine reader even when OnLoop asks.
func TestReaderOnLoopNeedsPoller(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	src := streamio.NewSources(l, 1, nil)
	var got []byte
	r := streamio.StartReader(local, l, src, streamio.ReaderOptions{OnLoop: true}, func(b []byte) { got = append(got, b...) }, func(error) {})
	if r.OnLoop() {
		t.Fatal("a SerialQueue has no poller")
	}
	remote.Write([]byte("hi"))
	remote.Close()
	wait(t, l.done)
	local.Close()
	if string(got) != "hi" {
		t.Fatalf("got %q", got)
	}
}

// TestReaderMaxChunk reads in large, merged reads from a loop that falls
// behind, and still delivers every byte, in order, in chunks of at most
// MaxChunk bytes; what was waiting when the reader started comes cut at
// MaxChunk exactly.
func TestReaderMaxChunk(t *testing.T) {
	l := newLoop()
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	streamio.SetSendBuffer(remote, 1<<20)
	first := bytes.Repeat([]byte{'x'}, 100000)
	if _, err := remote.Write(first); err != nil {
		t.Fatal(err)
	}
	rest := make([]byte, 3<<20)
	for i := range rest {
		rest[i] = byte(i % 251)
	}
	want := append(append([]byte(nil), first...), rest...)
	var got []byte
	var sizes []int
	var endErr error
	src := streamio.NewSources(l, 1, nil)
	const maxChunk = 64 << 10
	streamio.StartReader(local, l, src, streamio.ReaderOptions{Size: 256 << 10, Merge: 1 << 20, MaxChunk: maxChunk}, func(b []byte) {
		got = append(got, b...)
		sizes = append(sizes, len(b))
		time.Sleep(50 * time.Microsecond) // a consumer that falls behind
	}, func(err error) { endErr = err })
	go func() {
		remote.Write(rest)
		remote.Close()
	}()
	wait(t, l.done)
	local.Close()
	if !bytes.Equal(got, want) {
		t.Fatalf("got %d bytes, want %d", len(got), len(want))
	}
	if endErr != io.EOF {
		t.Fatalf("end: %v", endErr)
	}
	if len(sizes) < 2 || sizes[0] != maxChunk {
		t.Fatalf("first chunks %v, want %d first", sizes[:min(len(sizes), 4)], maxChunk)
	}
	for i, n := range sizes {
		if n > maxChunk || n == 0 {
			t.Fatalf("chunk %d holds %d bytes", i, n)
		}
	}
}
