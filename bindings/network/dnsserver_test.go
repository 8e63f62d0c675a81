package network_test

import (
	"encoding/binary"
	"io"
	"net"
	"strings"
	"testing"

	"golang.org/x/net/dns/dnsmessage"
)

// testZone answers the corpus's queries: name → records. Names ending in
// "fail.test" get SERVFAIL, "refused.test" REFUSED, "slow.test" no
// answer at all, unknown names NXDOMAIN.
func testZone() map[string][]dnsmessage.Resource {
	name := func(s string) dnsmessage.Name { return dnsmessage.MustNewName(s) }
	rr := func(n string, t dnsmessage.Type, ttl uint32, body dnsmessage.ResourceBody) dnsmessage.Resource {
		return dnsmessage.Resource{Header: dnsmessage.ResourceHeader{Name: name(n), Type: t, Class: dnsmessage.ClassINET, TTL: ttl}, Body: body}
	}
	var bigTXT []dnsmessage.Resource
	for i := 0; i < 20; i++ {
		bigTXT = append(bigTXT, rr("big.test.", dnsmessage.TypeTXT, 60, &dnsmessage.TXTResource{TXT: []string{strings.Repeat(string(rune('a'+i)), 60)}}))
	}
	return map[string][]dnsmessage.Resource{
		"a.test.": {
			rr("a.test.", dnsmessage.TypeA, 300, &dnsmessage.AResource{A: [4]byte{10, 0, 0, 1}}),
			rr("a.test.", dnsmessage.TypeA, 300, &dnsmessage.AResource{A: [4]byte{10, 0, 0, 2}}),
			rr("a.test.", dnsmessage.TypeAAAA, 120, &dnsmessage.AAAAResource{AAAA: [16]byte{0x20, 0x01, 0x0d, 0xb8, 15: 1}}),
			rr("a.test.", dnsmessage.TypeMX, 60, &dnsmessage.MXResource{Pref: 10, MX: name("mail.a.test.")}),
			rr("a.test.", dnsmessage.TypeMX, 60, &dnsmessage.MXResource{Pref: 20, MX: name("backup.a.test.")}),
			rr("a.test.", dnsmessage.TypeTXT, 60, &dnsmessage.TXTResource{TXT: []string{"v=spf1 -all", "second"}}),
			rr("a.test.", dnsmessage.TypeNS, 60, &dnsmessage.NSResource{NS: name("ns1.a.test.")}),
			rr("a.test.", dnsmessage.TypeSOA, 60, &dnsmessage.SOAResource{NS: name("ns1.a.test."), MBox: name("admin.a.test."), Serial: 2024010101, Refresh: 3600, Retry: 600, Expire: 86400, MinTTL: 300}),
			rr("a.test.", dnsmessage.Type(257), 60, &dnsmessage.UnknownResource{Type: 257, Data: append([]byte{0, 5}, "issueca.test"...)}),
		},
		"www.a.test.": {rr("www.a.test.", dnsmessage.TypeCNAME, 60, &dnsmessage.CNAMEResource{CNAME: name("a.test.")})},
		"_http._tcp.a.test.": {
			rr("_http._tcp.a.test.", dnsmessage.TypeSRV, 60, &dnsmessage.SRVResource{Priority: 1, Weight: 5, Port: 8080, Target: name("web.a.test.")}),
		},
		"2.0.0.10.in-addr.arpa.": {rr("2.0.0.10.in-addr.arpa.", dnsmessage.TypePTR, 60, &dnsmessage.PTRResource{PTR: name("a.test.")})},
		"empty.test.":            {},
		"big.test.":              bigTXT,
	}
}

// startDNSServer serves testZone on 127.0.0.1 over UDP and TCP (same
// port) until the test ends, and returns "127.0.0.1:port".
func startDNSServer(t *testing.T) string {
	zone := testZone()
	var pc net.PacketConn
	var ln net.Listener
	for i := 0; ; i++ {
		var err error
		pc, err = net.ListenPacket("udp4", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ln, err = net.Listen("tcp4", pc.LocalAddr().String())
		if err == nil {
			break
		}
		pc.Close()
		if i > 20 {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { pc.Close(); ln.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			if out := answer(zone, buf[:n], 512); out != nil {
				pc.WriteTo(out, from)
			}
		}
	}()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				var n [2]byte
				if _, err := io.ReadFull(c, n[:]); err != nil {
					return
				}
				q := make([]byte, binary.BigEndian.Uint16(n[:]))
				if _, err := io.ReadFull(c, q); err != nil {
					return
				}
				if out := answer(zone, q, 65535); out != nil {
					c.Write(append(binary.BigEndian.AppendUint16(nil, uint16(len(out))), out...))
				}
			}()
		}
	}()
	return pc.LocalAddr().String()
}

// answer builds the reply to one query, truncated past limit bytes.
func answer(zone map[string][]dnsmessage.Resource, q []byte, limit int) []byte {
	var msg dnsmessage.Message
	if err := msg.Unpack(q); err != nil || len(msg.Questions) != 1 {
		return nil
	}
	question := msg.Questions[0]
	if strings.HasSuffix(strings.ToLower(question.Name.String()), "slow.test.") {
		return nil // never answered: for timeouts and cancels
	}
	reply := dnsmessage.Message{
		Header:    dnsmessage.Header{ID: msg.ID, Response: true, Authoritative: true, RecursionDesired: msg.RecursionDesired},
		Questions: msg.Questions,
	}
	qname := strings.ToLower(question.Name.String())
	records, ok := zone[qname]
	switch {
	case strings.HasSuffix(qname, "fail.test."):
		reply.RCode = dnsmessage.RCodeServerFailure
	case strings.HasSuffix(qname, "refused.test."):
		reply.RCode = dnsmessage.RCodeRefused
	case !ok:
		reply.RCode = dnsmessage.RCodeNameError
	}
	for _, r := range records {
		if question.Type == dnsmessage.TypeALL || r.Header.Type == question.Type {
			reply.Answers = append(reply.Answers, r)
		}
	}
	out, err := reply.Pack()
	if err != nil {
		return nil
	}
	if len(out) > limit {
		reply.Answers = nil
		reply.Truncated = true
		out, _ = reply.Pack()
	}
	return out
}
