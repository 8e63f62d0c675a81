package ipc

import (
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestChannelPairOrderAndSize sends thousands of small messages and a few
// large ones through a socket pair and checks they arrive whole, in order.
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
	var got []string
	var wg sync.WaitGroup
	wg.Add(1)
	go b.ReadLoop(func(lines []string) { got = append(got, lines...) }, func(err error) {
		if err != nil {
			t.Errorf("read: %v", err)
		}
		wg.Done()
	})
	var want []string
	big := strings.Repeat("z", 4<<20)
	var doneMu sync.Mutex
	var done []int
	a.SetOnWriteDone(func(token any, err error) {
		if err != nil {
			t.Errorf("write: %v", err)
		}
		doneMu.Lock()
		done = append(done, token.(int))
		doneMu.Unlock()
	})
	for i := 0; i < 5000; i++ {
		msg := strconv.Itoa(i)
		if i%1000 == 500 {
			msg = big + msg
		}
		want = append(want, msg)
		if _, _, err := a.Write([]byte(msg+"\n"), i); err != nil {
			t.Fatal(err)
		}
	}
	a.Close() // flushes, then closes: the reader sees EOF
	wg.Wait()
	b.Close()
	if len(got) != len(want) {
		t.Fatalf("got %d messages, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("message %d differs (len %d vs %d)", i, len(got[i]), len(want[i]))
		}
	}
	doneMu.Lock()
	defer doneMu.Unlock()
	for i := 1; i < len(done); i++ {
		if done[i] <= done[i-1] {
			t.Fatalf("write completions out of order: %v", done[i-1:i+1])
		}
	}
	if _, _, err := a.Write([]byte("x\n"), nil); err != ErrClosed {
		t.Fatalf("write after close: %v, want ErrClosed", err)
	}
}
