package dgram

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/sys/unix"
)

// sendScript fills a socket whose peer does not read, so that sends
// wait (EAGAIN) and queue behind each other; then the peer reads, and
// every waiting send completes, in order. A second round fills it again
// and closes it: the waiting sends complete with ECANCELED and the run
// ends.
const sendScript = `
const h = pairHandle();
const N = 3000;
let now = 0, later = 0, done = 0, inOrder = true, last = -1;
for (let i = 0; i < N; i++) {
  const r = h.send([Buffer.from('d' + i)], 0, undefined, undefined, (err, sent) => {
    if (i <= last) inOrder = false;
    last = i;
    if (err !== 0 || sent !== String(i).length + 1) console.log('bad completion', i, err, sent);
    if (++done === later) secondRound();
  });
  if (r >= 1) now++; else if (r === 0) later++; else console.log('send failed', r);
}
console.log('some wait:', later > 0, 'queue matches:', h.getSendQueueCount() === later, h.getSendQueueSize() > 0);
drain();
function secondRound() {
  console.log('all completed in order:', inOrder, 'queue', h.getSendQueueCount(), h.getSendQueueSize());
  let waiting = 0, cancelled = 0;
  for (let i = 0; i < N; i++) {
    const r = h.send([Buffer.from('e' + i)], 0, undefined, undefined, (err) => {
      if (err === -125) cancelled++;
      if (--waiting === 0) console.log('cancelled on close:', cancelled > 0);
    });
    if (r === 0) waiting++;
  }
  h.close();
}
`

// TestSendWaitsForTheSocket drives the handle's sends on a Unix datagram
// socket pair, whose sender gets EAGAIN while the peer's queue is full.
func TestSendWaitsForTheSocket(t *testing.T) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	local := os.NewFile(uintptr(fds[0]), "local")
	pc, err := net.FilePacketConn(local)
	local.Close()
	if err != nil {
		t.Fatal(err)
	}
	peer := os.NewFile(uintptr(fds[1]), "peer")
	defer peer.Close()
	received := make(chan []string, 1)
	var rt *runtime.Runtime
	var out bytes.Buffer
	rt, err = runtime.New(runtime.Options{
		Stdout: &out, Stderr: &out, Modules: Modules(),
		Globals: map[string]any{
			"pairHandle": func() *goja.Object {
				s := newSocket(rt, false)
				if err := s.attach(pc); err != nil {
					panic(err)
				}
				return s.object()
			},
			"drain": func() { go readPeer(peer, received) },
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "send.js", sendScript)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v, out:\n%s", code, err, out.String())
	}
	want := "some wait: true queue matches: true true\nall completed in order: true queue 0 0\ncancelled on close: true\n"
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
	got := <-received
	for i := 0; i < 3000; i++ {
		if i >= len(got) || got[i] != "d"+strconv.Itoa(i) {
			t.Fatalf("datagram %d: got %v", i, got[min(i, len(got)-1):min(i+3, len(got))])
		}
	}
}

// readPeer reads the first round's 3000 datagrams.
func readPeer(peer *os.File, received chan<- []string) {
	var got []string
	buf := make([]byte, 100)
	for len(got) < 3000 {
		n, err := peer.Read(buf)
		if err != nil {
			fmt.Println("peer:", err)
			break
		}
		got = append(got, string(buf[:n]))
	}
	received <- got
}
