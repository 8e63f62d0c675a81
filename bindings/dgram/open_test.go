package dgram_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/sys/unix"
)

// TestBindFd binds a Socket to an existing UDP socket's descriptor
// (bind({fd})): the socket takes it over, reports its address and
// receives on it.
func TestBindFd(t *testing.T) {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.Bind(fd, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		unix.Close(fd)
		t.Fatal(err)
	}
	sa, _ := unix.Getsockname(fd)
	port := sa.(*unix.SockaddrInet4).Port
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &out, Stderr: &out, Modules: nodestd.Modules(),
		Globals: map[string]any{"udpFd": fd, "udpPort": port},
	})
	if err != nil {
		t.Fatal(err)
	}
	const script = `
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('listening', () => console.log('listening'));
s.bind({ fd: udpFd });
const a = s.address();
console.log(a.address, a.family, a.port === udpPort);
try { s.bind(0); } catch (e) { console.log(e.code); }
s.on('message', (m, r) => {
  console.log('got', String(m), r.address);
  s.close();
});
const c = dgram.createSocket('udp4');
c.send('hi', udpPort, '127.0.0.1', () => c.close());
`
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if code, err := rt.RunSource(ctx, "fd.js", script); err != nil || code != 0 {
		t.Fatalf("code %d, err %v, out:\n%s", code, err, out.String())
	}
	want := "listening\n127.0.0.1 IPv4 true\nERR_SOCKET_ALREADY_BOUND\ngot hi 127.0.0.1\n"
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil {
		t.Errorf("descriptor %d still open: the socket should have taken it over", fd)
	}
}
