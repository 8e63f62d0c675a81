package streamio_test

import (
	"bytes"
	"errors"
	"io"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jsproc/jsproc/internal/streamio"
	"golang.org/x/sys/unix"
)

// pollLoop is the tests' loop with a WritePoller: a goroutine per
// registration polls the descriptor and queues ready while it has room
// (level- rather than edge-triggered: the writer must take extra turns
// in its stride).
type pollLoop struct {
	*loop
	registered atomic.Int32
}

func (p *pollLoop) PollWrite(rc syscall.RawConn, ready func()) (feed, stop func(), err error) {
	p.registered.Add(1)
	done := make(chan struct{})
	var once sync.Once
	stop = func() { once.Do(func() { close(done) }) }
	feed = func() { p.Queue(ready) }
	go func() {
		for {
			select {
			case <-done:
				return
			default:
			}
			var room bool
			_ = rc.Control(func(fd uintptr) {
				fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
				n, _ := unix.Poll(fds, 5)
				room = n > 0
			})
			if !room {
				continue
			}
			turn := make(chan struct{})
			if !p.Queue(func() {
				select {
				case <-done:
				default:
					ready()
				}
				close(turn)
			}) {
				return
			}
			select {
			case <-turn:
			case <-done:
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	return feed, stop, nil
}

func TestWriterOnLoopBackpressureOrderShutdown(t *testing.T) {
	l := &pollLoop{loop: newLoop()}
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer local.Close()
	defer remote.Close()
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{OnLoop: true, End: func() error { return streamio.CloseWrite(local) }})
	var order []int
	var want bytes.Buffer
	shut := make(chan error, 1)
	l.do(func() {
		for i := 0; i < 8; i++ {
			i := i
			chunk := bytes.Repeat([]byte{byte('a' + i)}, 1<<20)
			want.Write(chunk)
			if done, err := w.Write(chunk, func(err error) {
				if err != nil {
					t.Errorf("write %d: %v", i, err)
				}
				order = append(order, i)
			}); done {
				t.Errorf("write %d of 1 MiB done at once: %v", i, err)
			}
			// Small writes join the last one.
			for j := 0; j < 100; j++ {
				b := []byte{byte('0' + j%10)}
				want.Write(b)
				if !w.Append(b) {
					t.Errorf("append %d/%d refused", i, j)
				}
			}
		}
		if done, err := w.Shutdown(func(err error) { shut <- err }); done {
			shut <- err
		}
	})
	got, err := io.ReadAll(remote)
	if err != nil || !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("peer read %d bytes (want %d): %v", len(got), want.Len(), err)
	}
	if err := <-shut; err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	wait(t, l.done)
	if len(order) != 8 {
		t.Fatalf("%d completions: %v", len(order), order)
	}
	for i, v := range order {
		if v != i {
			t.Fatalf("completions out of order: %v", order)
		}
	}
	if l.registered.Load() != 1 {
		t.Fatalf("%d registrations", l.registered.Load())
	}
}

func TestWriterOnLoopAtOnceNeedsNoRegistration(t *testing.T) {
	l := &pollLoop{loop: newLoop()}
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer local.Close()
	defer remote.Close()
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{OnLoop: true})
	l.do(func() {
		if done, err := w.Write([]byte("hello"), nil); !done || err != nil {
			t.Errorf("small write: done %v, %v", done, err)
		}
		if done, err := w.Shutdown(nil); !done || err != nil {
			t.Errorf("shutdown: done %v, %v", done, err)
		}
	})
	wait(t, l.done)
	if l.registered.Load() != 0 {
		t.Fatalf("%d registrations", l.registered.Load())
	}
}

func TestWriterOnLoopPeerClosesFailsPending(t *testing.T) {
	l := &pollLoop{loop: newLoop()}
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer local.Close()
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{OnLoop: true})
	errs := make(chan error, 4)
	l.do(func() {
		for i := 0; i < 4; i++ {
			if done, err := w.Write(make([]byte, 1<<20), func(err error) { errs <- err }); done {
				errs <- err
			}
		}
	})
	remote.Close()
	for i := 0; i < 4; i++ {
		select {
		case err := <-errs:
			if i > 0 && !errors.Is(err, syscall.EPIPE) && !errors.Is(err, syscall.ECONNRESET) {
				t.Fatalf("write %d after the peer closed: %v", i, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("timed out")
		}
	}
	l.do(w.Stop)
	wait(t, l.done)
}

func TestWriterOnLoopStopDropsPending(t *testing.T) {
	l := &pollLoop{loop: newLoop()}
	local, remote, err := streamio.SocketPair("test")
	if err != nil {
		t.Fatal(err)
	}
	defer local.Close()
	defer remote.Close()
	src := streamio.NewSources(l, 1, nil)
	w := streamio.NewWriter(local, l, src, streamio.WriterOptions{OnLoop: true})
	called := make(chan struct{}, 4)
	l.do(func() {
		for i := 0; i < 4; i++ {
			w.Write(make([]byte, 1<<20), func(error) { called <- struct{}{} })
		}
	})
	time.Sleep(20 * time.Millisecond)
	l.do(func() {
		w.Stop()
		w.Stop() // again: nothing
	})
	wait(t, l.done)
	if len(called) != 0 {
		t.Fatalf("%d callbacks of dropped writes", len(called))
	}
}
