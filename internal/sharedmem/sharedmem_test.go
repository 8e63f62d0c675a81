package sharedmem

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// Goroutines adding to neighbouring small cells of one word, and to one
// cell together, lose no update.
func TestConcurrentRMW(t *testing.T) {
	b := New(16, 0, false)
	const rounds = 2000
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			own := b.CellAt(g, 1)  // bytes 0..3: one per goroutine, same word
			half := b.CellAt(4, 2) // shared 16-bit cell
			word := b.CellAt(8, 4) // shared 32-bit cell
			for range rounds {
				own.RMW(Add, 1)
				half.RMW(Add, 1)
				word.RMW(Sub, 1)
			}
		}()
	}
	wg.Wait()
	for g := range 4 {
		if got := b.CellAt(g, 1).Load(); got != rounds%256 {
			t.Errorf("byte %d = %d, want %d", g, got, rounds%256)
		}
	}
	if got := b.CellAt(4, 2).Load(); got != 4*rounds {
		t.Errorf("16-bit cell = %d, want %d", got, 4*rounds)
	}
	if got := int32(b.CellAt(8, 4).Load()); got != -4*rounds {
		t.Errorf("32-bit cell = %d", int32(got))
	}
	if b.CellAt(6, 1).Load() != 0 || b.CellAt(7, 1).Load() != 0 {
		t.Error("a neighbour of the 16-bit cell changed")
	}
}

func TestOps(t *testing.T) {
	b := New(8, 0, false)
	for _, size := range []int{1, 2, 4, 8} {
		c := b.CellAt(0, size)
		c.Store(0)
		mask := uint64(1)<<(size*8) - 1
		if size == 8 {
			mask = ^uint64(0)
		}
		c.Store(0xF0F0F0F0F0F0F0F0)
		for _, step := range []struct {
			op   Op
			v    uint64
			want uint64
		}{
			{And, 0xFF00FF00FF00FF00, 0xF000F000F000F000},
			{Or, 0x000F000F000F000F, 0xF00FF00FF00FF00F},
			{Xor, 0xFFFFFFFFFFFFFFFF, 0x0FF00FF00FF00FF0},
			{Exchange, 5, 5},
			{Sub, 6, ^uint64(0)},
		} {
			c.RMW(step.op, step.v)
			if got := c.Load(); got != step.want&mask {
				t.Errorf("size %d op %d: %#x, want %#x", size, step.op, got, step.want&mask)
			}
		}
		if old := c.CompareExchange(1, 9); old != mask || c.Load() != mask {
			t.Errorf("size %d: failed exchange changed the cell", size)
		}
		if old := c.CompareExchange(mask, 9); old != mask || c.Load() != 9 {
			t.Errorf("size %d: exchange did not store", size)
		}
	}
}

func TestWaitNotify(t *testing.T) {
	b := New(8, 0, false)
	c := b.CellAt(0, 4)
	if r, _ := b.Wait(context.Background(), c, 1, -1); r != NotEqual {
		t.Fatalf("wait on a different value: %s", r)
	}
	if r, _ := b.Wait(context.Background(), c, 0, 10*time.Millisecond); r != TimedOut {
		t.Fatalf("wait with a timeout: %s", r)
	}
	// The expected value is compared as the cell's bits: -1 as int64
	// bits matches a 32-bit cell holding -1.
	c.Store(0xFFFFFFFF)
	if r, _ := b.Wait(context.Background(), c, ^uint64(0), 0); r != TimedOut {
		t.Fatalf("wait for -1: %s", r)
	}
	c.Store(0)
	// Ping-pong: each side waits for its turn and hands it over.
	const rounds = 200
	var wg sync.WaitGroup
	for side := range uint64(2) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				for c.Load() != side {
					b.Wait(context.Background(), c, 1-side, -1)
				}
				c.Store(1 - side)
				Notify(c, 1)
			}
		}()
	}
	wg.Wait()
	if Waiters(c) != 0 {
		t.Fatal("waiters left behind")
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Result)
	go func() {
		r, _ := b.Wait(ctx, c, c.Load(), -1)
		done <- r
	}()
	for Waiters(c) == 0 {
		runtime.Gosched()
	}
	cancel()
	if r := <-done; r != TimedOut || Waiters(c) != 0 {
		t.Fatalf("cancelled wait: %s, %d waiters", r, Waiters(c))
	}
}

func TestWaitAsync(t *testing.T) {
	b := New(8, 0, false)
	c := b.CellAt(0, 8)
	got := make(chan Result, 2)
	r, cancel := b.WaitAsync(c, 0, -1, func(r Result) { got <- r })
	if r != "" || cancel == nil {
		t.Fatalf("WaitAsync: %q", r)
	}
	if n := Notify(c, -1); n != 1 || <-got != OK {
		t.Fatalf("notify woke %d", n)
	}
	b.WaitAsync(c, 0, time.Millisecond, func(r Result) { got <- r })
	if r := <-got; r != TimedOut {
		t.Fatalf("async timeout: %s", r)
	}
	_, cancel = b.WaitAsync(c, 0, -1, func(r Result) { got <- r })
	cancel()
	if Notify(c, -1) != 0 {
		t.Fatal("a cancelled wait was woken")
	}
	if r, _ := b.WaitAsync(c, 3, -1, nil); r != NotEqual {
		t.Fatalf("not-equal: %s", r)
	}
}

func TestRegistry(t *testing.T) {
	vm := goja.New()
	b := New(0, 16, true)
	if b.Len() != 0 || b.MaxLen() != 16 || !b.Growable() {
		t.Fatal("block sizes")
	}
	shared := vm.NewArrayBuffer(b.Bytes())
	if got, ok := Of(shared); !ok || got.info != b.info {
		t.Fatal("a block's buffer is not found")
	}
	if _, ok := Of(vm.NewArrayBuffer(make([]byte, 8))); ok {
		t.Fatal("ordinary memory taken for shared")
	}
	if _, ok := ObjectOf(vm.NewObject()); ok {
		t.Fatal("an object taken for shared memory")
	}
	// A freed block leaves the registry.
	New(64, 0, false)
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		registryMu.RLock()
		n := len(registry)
		registryMu.RUnlock()
		if n <= 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d blocks still registered", n)
		}
		time.Sleep(time.Millisecond)
	}
	runtime.KeepAlive(shared)
}
