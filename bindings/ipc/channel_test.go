package ipc

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/jsproc/jsproc/internal/streamio"
	"golang.org/x/sys/unix"
)

// testLoop is a SerialQueue run on its own goroutine, standing for the
// event loop.
type testLoop struct {
	*streamio.SerialQueue
	done chan struct{}
}

func newTestLoop() *testLoop {
	l := &testLoop{SerialQueue: streamio.NewSerialQueue(), done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.Run()
	}()
	return l
}

// do runs fn on the loop and waits for it.
func (l *testLoop) do(fn func()) {
	ch := make(chan struct{})
	l.Queue(func() { fn(); close(ch) })
	<-ch
}

func splitLines(partial *[]byte, chunk []byte, out *[]string) {
	*partial = append(*partial, chunk...)
	for {
		i := bytes.IndexByte(*partial, '\n')
		if i < 0 {
			return
		}
		*out = append(*out, string((*partial)[:i]))
		*partial = (*partial)[i+1:]
	}
}

// TestChannelPairOrderAndSize sends thousands of small messages and a few
// large ones through a socket pair and checks they arrive whole, in order,
// with write completions in order.
func TestChannelPairOrderAndSize(t *testing.T) {
	childFile, a, err := NewPair()
	if err != nil {
		t.Fatal(err)
	}
	b, err := fromFile(childFile)
	childFile.Close()
	if err != nil {
		t.Fatal(err)
	}
	la, lb := newTestLoop(), newTestLoop()
	var got []string
	var partial []byte
	var endErr error
	la.do(func() { a.Start(la, func([]byte) {}, func(error) {}) })
	lb.do(func() {
		b.Start(lb, func(c []byte) { splitLines(&partial, c, &got) }, func(err error) {
			endErr = err
			b.Close()
		})
	})
	var want []string
	big := strings.Repeat("z", 4<<20)
	var done []int
	la.do(func() {
		for i := 0; i < 5000; i++ {
			msg := strconv.Itoa(i)
			if i%1000 == 500 {
				msg = big + msg
			}
			want = append(want, msg)
			i := i
			complete, err := a.Write([]byte(msg+"\n"), nil, func(err error) {
				if err != nil {
					t.Errorf("write: %v", err)
				}
				done = append(done, i)
			})
			if err != nil {
				t.Fatal(err)
			}
			if complete {
				done = append(done, i)
			}
		}
		a.Close() // flushes, then closes: the reader sees EOF
		if complete, err := a.Write([]byte("x\n"), nil, nil); !complete || err != ErrClosed {
			t.Errorf("write after close: %v, want ErrClosed", err)
		}
	})
	<-lb.done
	<-la.done
	if endErr != io.EOF {
		t.Fatalf("reader end: %v", endErr)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d messages, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("message %d differs (len %d vs %d)", i, len(got[i]), len(want[i]))
		}
	}
	if len(done) != len(want) {
		t.Fatalf("%d completions for %d writes", len(done), len(want))
	}
	for i := 1; i < len(done); i++ {
		if done[i] <= done[i-1] {
			t.Fatalf("write completions out of order: %v", done[i-1:i+1])
		}
	}
}

// TestChannelPassesDescriptor sends a message with a descriptor and reads
// it back on the other end with TakeFD.
func TestChannelPassesDescriptor(t *testing.T) {
	childFile, a, err := NewPair()
	if err != nil {
		t.Fatal(err)
	}
	b, err := fromFile(childFile)
	childFile.Close()
	if err != nil {
		t.Fatal(err)
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	la, lb := newTestLoop(), newTestLoop()
	var got []string
	var partial []byte
	received := -1
	la.do(func() { a.Start(la, func([]byte) {}, func(error) {}) })
	lb.do(func() {
		b.Start(lb, func(c []byte) {
			splitLines(&partial, c, &got)
			if received < 0 {
				received = b.TakeFD()
			}
		}, func(error) { b.Close() })
	})
	la.do(func() {
		a.Write([]byte("before\n"), nil, nil)
		if complete, err := a.Write([]byte(`{"cmd":"NODE_HANDLE"}`+"\n"), []int{int(pw.Fd())}, nil); !complete || err != nil {
			t.Errorf("write with a descriptor: %v %v", complete, err)
		}
		a.Close()
	})
	<-lb.done
	<-la.done
	pw.Close()
	if len(got) != 2 || got[1] != `{"cmd":"NODE_HANDLE"}` {
		t.Fatalf("messages %q", got)
	}
	if received < 0 {
		t.Fatal("no descriptor received")
	}
	if _, err := unix.Write(received, []byte("through")); err != nil {
		t.Fatalf("write to the received descriptor: %v", err)
	}
	unix.Close(received)
	buf, _ := io.ReadAll(pr)
	if string(buf) != "through" {
		t.Fatalf("pipe read %q", buf)
	}
}
