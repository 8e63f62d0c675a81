package network

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/net/dns/dnsmessage"
)

// queryError is a failed query as node's resolver reports it: a c-ares
// code ("ENOTFOUND", "ENODATA", "ETIMEOUT"...).
type queryError string

func (e queryError) Error() string { return string(e) }

var rrTypes = sync.OnceValue(func() map[string]dnsmessage.Type {
	return map[string]dnsmessage.Type{
		"A": dnsmessage.TypeA, "AAAA": dnsmessage.TypeAAAA, "CNAME": dnsmessage.TypeCNAME,
		"MX": dnsmessage.TypeMX, "NS": dnsmessage.TypeNS, "TXT": dnsmessage.TypeTXT,
		"SRV": dnsmessage.TypeSRV, "PTR": dnsmessage.TypePTR, "SOA": dnsmessage.TypeSOA,
		"CAA": dnsmessage.Type(257), "NAPTR": dnsmessage.Type(35), "ANY": dnsmessage.TypeALL,
	}
})

// systemServers reads the name servers of /etc/resolv.conf, as c-ares
// does; 127.0.0.1 when there are none.
func systemServers() []string {
	data, err := os.ReadFile("/etc/resolv.conf")
	var out []string
	if err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Fields(line)
			if len(f) >= 2 && f[0] == "nameserver" && net.ParseIP(f[1]) != nil {
				out = append(out, f[1])
			}
		}
	}
	if len(out) == 0 {
		out = []string{"127.0.0.1"}
	}
	return out
}

// query asks each server in turn ("host:port" each) for name's records
// of type t, over UDP and then over TCP when the answer is truncated.
func query(ctx context.Context, servers []string, name string, t dnsmessage.Type, timeout time.Duration, tries int) (*dnsmessage.Message, error) {
	if !strings.HasSuffix(name, ".") {
		name += "."
	}
	qname, err := dnsmessage.NewName(name)
	if err != nil {
		return nil, queryError("EBADNAME")
	}
	var last error = queryError("ECONNREFUSED")
	for try := 0; try < tries; try++ {
		for _, server := range servers {
			id := uint16(rand.Uint32())
			msg := dnsmessage.Message{
				Header:    dnsmessage.Header{ID: id, RecursionDesired: true},
				Questions: []dnsmessage.Question{{Name: qname, Type: t, Class: dnsmessage.ClassINET}},
			}
			packed, err := msg.Pack()
			if err != nil {
				return nil, queryError("EBADQUERY")
			}
			resp, err := exchange(ctx, "udp", server, packed, id, timeout)
			if err == nil && resp.Truncated {
				resp, err = exchange(ctx, "tcp", server, packed, id, timeout)
			}
			if ctx.Err() != nil {
				return nil, queryError("ECANCELLED")
			}
			if err != nil {
				last = err
				continue
			}
			switch resp.RCode {
			case dnsmessage.RCodeSuccess:
				return resp, nil
			case dnsmessage.RCodeNameError:
				return nil, queryError("ENOTFOUND")
			case dnsmessage.RCodeFormatError:
				return nil, queryError("EFORMERR")
			case dnsmessage.RCodeNotImplemented:
				return nil, queryError("ENOTIMP")
			case dnsmessage.RCodeRefused:
				last = queryError("EREFUSED")
			default:
				last = queryError("ESERVFAIL")
			}
		}
	}
	return nil, last
}

// exchange sends one query and reads its answer.
func exchange(ctx context.Context, network, server string, packed []byte, id uint16, timeout time.Duration) (*dnsmessage.Message, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var d net.Dialer
	conn, err := d.DialContext(ctx, network, server)
	if err != nil {
		return nil, netQueryError(err)
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	var buf []byte
	if network == "tcp" {
		framed := binary.BigEndian.AppendUint16(nil, uint16(len(packed)))
		if _, err := conn.Write(append(framed, packed...)); err != nil {
			return nil, netQueryError(err)
		}
		var n [2]byte
		if _, err := io.ReadFull(conn, n[:]); err != nil {
			return nil, netQueryError(err)
		}
		buf = make([]byte, binary.BigEndian.Uint16(n[:]))
		if _, err := io.ReadFull(conn, buf); err != nil {
			return nil, netQueryError(err)
		}
	} else {
		if _, err := conn.Write(packed); err != nil {
			return nil, netQueryError(err)
		}
		buf = make([]byte, 65535)
		for {
			n, err := conn.Read(buf)
			if err != nil {
				return nil, netQueryError(err)
			}
			var h dnsmessage.Parser
			if hdr, err := h.Start(buf[:n]); err == nil && hdr.ID == id && hdr.Response {
				buf = buf[:n]
				break
			}
		}
	}
	var resp dnsmessage.Message
	if err := resp.Unpack(buf); err != nil {
		return nil, queryError("EBADRESP")
	}
	return &resp, nil
}

func netQueryError(err error) error {
	if errors.Is(err, syscall.ECONNREFUSED) {
		return queryError("ECONNREFUSED")
	}
	if errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return queryError("ETIMEOUT")
	}
	return queryError("ECONNREFUSED")
}

// dnsQuery(servers, name, rrtype, ttl, timeoutMs, tries, cb) runs a query
// off the loop and calls cb(code, records) on it; code is "" on success.
// It returns a function that cancels the query.
func dnsQuery(rt *runtime.Runtime, call goja.FunctionCall) goja.Value {
	vm := rt.VM()
	var servers []string
	_ = vm.ExportTo(call.Argument(0), &servers)
	name := call.Argument(1).String()
	rrtype := call.Argument(2).String()
	ttl := call.Argument(3).ToBoolean()
	timeout := time.Duration(call.Argument(4).ToInteger()) * time.Millisecond
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	tries := int(call.Argument(5).ToInteger())
	if tries <= 0 {
		tries = 4
	}
	cb, _ := goja.AssertFunction(call.Argument(6))
	t := rrTypes()[rrtype]
	ctx, cancel := context.WithCancel(rt.Context())
	enqueue := rt.Loop().Reserve()
	go func() {
		resp, err := query(ctx, servers, name, t, timeout, tries)
		enqueue(func() {
			cancel()
			if err != nil {
				rt.Call(cb, goja.Undefined(), vm.ToValue(err.Error()))
				return
			}
			recs, code := records(vm, resp, t, ttl)
			if code != "" {
				rt.Call(cb, goja.Undefined(), vm.ToValue(code))
				return
			}
			rt.Call(cb, goja.Undefined(), vm.ToValue(""), recs)
		})
	}()
	return vm.ToValue(func() { cancel() })
}

// systemDNSServers reports the default servers for dns.getServers.
func systemDNSServers(rt *runtime.Runtime) goja.Value {
	return rt.VM().ToValue(systemServers())
}
